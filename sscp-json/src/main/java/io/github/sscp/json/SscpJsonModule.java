package io.github.sscp.json;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.shape.Shapes;
import io.github.sscp.model.shape.TypeRef;
import io.github.sscp.model.shape.ValueShape;
import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.model.validation.Violation;
import io.github.sscp.rules.kpi.spc.SpcGroup;
import io.github.sscp.rules.kpi.spc.SpcOptions;
import io.github.sscp.rules.kpi.spc.SpcPoint;
import io.github.sscp.rules.kpi.spc.SpcResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes sscp's model and results exactly as {@link SscpJson}
 * does inside its envelope: the model's attribute names and nothing else, periods, codes and money
 * as their canonical text, absent values omitted. Register it with
 * {@code JsonMapper.builder().addModule(new SscpJsonModule())}, or let
 * {@code findAndAddModules()} find it through {@link java.util.ServiceLoader}.
 *
 * <p>One serializer and one deserializer is registered for each type a document kind reaches —
 * every model value, result record and text type — as Jackson's datatype modules register theirs.
 * A value that cannot be read fails with a {@link tools.jackson.databind.DatabindException} listing
 * every problem with its JSON Pointer, relative to the value; a partnership is also validated. The
 * mapper's own stream limits apply; {@link SscpJson} applies {@link Limits}.
 */
public final class SscpJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module's name. */
  public static final String NAME = "sscp";

  /** Creates the module. */
  public SscpJsonModule() {
    super(NAME, version("sscp-json"));
    for (Class<?> type : types()) {
      add(type);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void add(Class<?> type) {
    addSerializer((Class) type, new ModelSerializer(type));
    addDeserializer((Class) type, new ModelDeserializer(type));
  }

  /** Every type a document kind reaches: its value types, its text types, SPC results. */
  static Set<Class<?>> types() {
    Set<Class<?>> out = new LinkedHashSet<>();
    List<Class<?>> all = new ArrayList<>();
    DocumentKind.all().forEach(k -> all.add(k.type()));
    // an SPC result is written as its points, options and groups
    all.addAll(List.of(SpcPoint.class, SpcOptions.class, SpcGroup.class));
    Class<?>[] roots = all.toArray(Class<?>[]::new);
    for (ValueShape s : Shapes.reachable(roots)) {
      out.add(s.type());
    }
    out.addAll(Shapes.reachableText(roots));
    out.add(SpcResult.class);
    return out;
  }

  /** The module's version, as the build wrote it into the jar. */
  static Version version(String artifact) {
    Properties p = new Properties();
    try (InputStream in = SscpJsonModule.class.getResourceAsStream("sscp-json.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no version: Jackson's "unknown version"
    }
    String v = p.getProperty("version");
    return v == null || v.startsWith("$") ? Version.unknownVersion()
        : VersionUtil.parseVersion(v, "io.github.sscp", artifact);
  }

  private static final class ModelSerializer extends ValueSerializer<Object> {
    private final TypeRef type;

    ModelSerializer(Class<?> type) {
      this.type = TypeRef.of(type);
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
      new Writer(false).write(value, type, g);
    }
  }

  private static final class ModelDeserializer extends ValueDeserializer<Object> {
    private static final TreeReader TREES = new TreeReader(Limits.DEFAULT);

    private final Class<?> type;

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
        value = binder.bind(node, TypeRef.of(type), "");
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
