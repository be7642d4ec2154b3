package io.github.sscp.json;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.model.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.ser.Serializers;

/**
 * A Jackson 3 module that reads and writes sscp's model and results exactly as {@link SscpJson}
 * does inside its envelope: the model's attribute names and nothing else, periods, codes and money
 * as their canonical text, absent values omitted. Register it with
 * {@code JsonMapper.builder().addModule(new SscpJsonModule())}, or let
 * {@code findAndAddModules()} find it through {@link java.util.ServiceLoader}.
 *
 * <p>A value that cannot be read fails with a {@link tools.jackson.databind.DatabindException}
 * listing every problem with its JSON Pointer, relative to the value; a partnership is also
 * validated. The mapper's own stream limits apply; {@link SscpJson} applies {@link Limits}.
 */
public final class SscpJsonModule extends JacksonModule {

  /** The module's name. */
  public static final String NAME = "sscp";

  /** Creates the module. */
  public SscpJsonModule() {
    // stateless: every instance is the same
  }

  @Override
  public String getModuleName() {
    return NAME;
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "io.github.sscp", "sscp-json");
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new ModelSerializers());
    context.addDeserializers(new ModelDeserializers());
  }

  /** Whether the module maps a class: the model's values and records, and its text types. */
  static boolean handles(Class<?> c) {
    String name = c.getName();
    if (!name.startsWith("io.github.sscp.model.") && !name.startsWith("io.github.sscp.rules.")) {
      return false;
    }
    try {
      Types.Shape shape = Types.shape(c);
      return shape == Types.Shape.IMMUTABLE || shape == Types.Shape.RECORD || shape == Types.Shape.SPC
          || shape == Types.Shape.TEXT;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The model type a class is written as: a generated ImmutableX is written as X. */
  static Class<?> mapped(Class<?> c) {
    if (c.getSimpleName().startsWith("Immutable")) {
      for (Class<?> i : c.getInterfaces()) {
        if (handles(i)) {
          return i;
        }
      }
      if (c.getSuperclass() != null && handles(c.getSuperclass())) {
        return c.getSuperclass();
      }
    }
    return c;
  }

  private static final class ModelSerializers extends Serializers.Base {
    @Override
    public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
      Class<?> raw = type.getRawClass();
      Class<?> model = mapped(raw);
      return handles(model) ? new ModelSerializer(model) : null;
    }
  }

  private static final class ModelSerializer extends ValueSerializer<Object> {
    private final Class<?> type;

    ModelSerializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
      new Writer(false).write(value, type, g);
    }
  }

  private static final class ModelDeserializers extends Deserializers.Base {
    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDescRef) {
      Class<?> raw = type.getRawClass();
      return handles(raw) ? new ModelDeserializer(raw) : null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return handles(valueType);
    }
  }

  private static final class ModelDeserializer extends ValueDeserializer<Object> {
    private final Class<?> type;

    private static final TreeReader TREES = new TreeReader(Limits.DEFAULT);

    ModelDeserializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      List<Problem> problems = new ArrayList<>();
      Object value = null;
      try {
        Node node = TREES.value(p);
        Binder binder = new Binder(false);
        value = binder.bind(node, type, "");
        problems.addAll(binder.problems);
        if (value instanceof Partnership partnership && problems.isEmpty()) {
          for (Violation v : ModelValidator.shared().validate(partnership)) {
            String pointer = SscpJson.pointer(v.path());
            Node at = SscpJson.locate(node, pointer);
            problems.add(new Problem(pointer, at.line(), at.column(), v.message()));
          }
        }
      } catch (SscpJsonException e) {
        problems.addAll(e.problems());
      }
      if (!problems.isEmpty() || value == null) {
        return ctxt.reportInputMismatch(type, "%s", new SscpJsonException(problems.isEmpty()
            ? List.of(new Problem("", 0, 0, "the value could not be read")) : problems).getMessage());
      }
      return value;
    }
  }
}
