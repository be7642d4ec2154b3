package io.github.sscp.json;

import org.jspecify.annotations.Nullable;
import io.github.sscp.model.shape.Attribute;
import io.github.sscp.model.shape.Shape;
import io.github.sscp.model.shape.Shapes;
import io.github.sscp.model.shape.TypeRef;
import io.github.sscp.model.shape.ValueShape;
import io.github.sscp.rules.kpi.spc.SpcGroup;
import io.github.sscp.rules.kpi.spc.SpcOptions;
import io.github.sscp.rules.kpi.spc.SpcPoint;
import io.github.sscp.rules.kpi.spc.SpcResult;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes model values through a Jackson generator: the model's attribute names only, "id" first
 * then by name (records in declaration order), absent optional values and empty collections
 * omitted, periods, dates, codes and money as their canonical text, decimals as plain numbers,
 * doubles as numbers (and non-finite doubles as "NaN", "Infinity", "-Infinity"), enums by name.
 * The public view leaves out every attribute the model marks as personal data.
 */
final class Writer {

  private final boolean publicView;

  Writer(boolean publicView) {
    this.publicView = publicView;
  }

  void write(Object value, TypeRef type, JsonGenerator g) {
    if (value instanceof Optional<?> o) {
      if (o.isPresent()) {
        write(o.get(), type.element(), g);
      } else {
        g.writeNull();
      }
      return;
    }
    if (value instanceof OptionalInt o) {
      g.writeNumber(o.getAsInt());
      return;
    }
    if (value instanceof OptionalLong o) {
      g.writeNumber(o.getAsLong());
      return;
    }
    if (value instanceof OptionalDouble o) {
      writeDouble(o.getAsDouble(), g);
      return;
    }
    if (value instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object item : ordered(c)) {
        write(item, type.element(), g);
      }
      g.writeEndArray();
      return;
    }
    if (value instanceof Map<?, ?> m) {
      g.writeStartObject();
      m.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> key(a).compareTo(key(b))))
          .forEach(e -> {
            g.writeName(key(e.getKey()));
            write(e.getValue(), type.element(), g);
          });
      g.writeEndObject();
      return;
    }
    Class<?> raw = type.raw();
    Class<?> actual = value.getClass();
    Class<?> described = raw.isInterface() && Shapes.shapeOf(raw) != Shape.VALUE || raw == Object.class
        ? ValueShape.valueTypeOf(actual).orElse(actual) : raw;
    switch (Shapes.shapeOf(described)) {
      case STRING -> g.writeString((String) value);
      case BOOLEAN -> g.writeBoolean((Boolean) value);
      case INT -> g.writeNumber((Integer) value);
      case LONG -> g.writeNumber((Long) value);
      case DOUBLE -> writeDouble((Double) value, g);
      case DECIMAL -> g.writeNumber((BigDecimal) value);
      case ENUM -> g.writeString(((Enum<?>) value).name());
      case TEXT -> g.writeString(value.toString());
      case VALUE, RECORD -> object(value, described, g);
      default -> {
        if (value instanceof SpcResult r) {
          spc(r, g);
        } else {
          throw new IllegalArgumentException("the format has no mapping for " + actual.getName());
        }
      }
    }
  }

  private static String key(Object k) {
    return k instanceof Enum<?> e ? e.name() : k.toString();
  }

  private static void writeDouble(double d, JsonGenerator g) {
    if (Double.isNaN(d)) {
      g.writeString("NaN");
    } else if (Double.isInfinite(d)) {
      g.writeString(d > 0 ? "Infinity" : "-Infinity");
    } else {
      g.writeNumber(d);
    }
  }

  private void object(Object value, Class<?> type, JsonGenerator g) {
    Plan plan = PLANS.get(type);
    g.writeStartObject();
    for (int i = 0; i < plan.outs().length; i++) {
      Attribute a = plan.attributes().get(i);
      if (publicView && a.personal()) {
        continue;
      }
      Object x = a.read(value);
      if (x == null || omitted(x)) {
        continue;
      }
      g.writeName(plan.names()[i]);
      plan.outs()[i].write(this, x, g);
    }
    g.writeEndObject();
  }

  /**
   * How a value type is written: its attributes, their names quoted once, and a writer for each.
   *
   * @param attributes the attributes, in the format's order
   * @param names each attribute's property name, ready to write
   * @param outs each attribute's writer
   */
  private record Plan(List<Attribute> attributes, SerializableString[] names, Out[] outs) {}

  /** How one attribute's value is written, decided once from its declared type. */
  private interface Out {
    void write(Writer w, Object value, JsonGenerator g);
  }

  /** Each value type's writers, one per attribute in the format's order. */
  private static final ClassValue<Plan> PLANS = new ClassValue<>() {
    @Override
    protected Plan computeValue(Class<?> type) {
      List<Attribute> attributes = ValueShape.of(type).attributes();
      Out[] outs = new Out[attributes.size()];
      SerializableString[] names = new SerializableString[attributes.size()];
      for (int i = 0; i < outs.length; i++) {
        outs[i] = plan(attributes.get(i).type());
        names[i] = new SerializedString(attributes.get(i).name());
      }
      return new Plan(attributes, names, outs);
    }
  };

  /**
   * The writer for a declared type: straight to the generator where the type settles the shape,
   * else the general walk, which looks at the value's own class.
   */
  private static Out plan(TypeRef type) {
    Class<?> raw = type.raw();
    Shape shape = type.shape();
    if (shape == Shape.OPTIONAL) {
      Out inner = plan(type.element());
      return (w, v, g) -> {
        Optional<?> o = (Optional<?>) v;
        if (o.isPresent()) {
          inner.write(w, o.get(), g);
        } else {
          g.writeNull();
        }
      };
    }
    if (shape == Shape.LIST || shape == Shape.SET) {
      Out inner = plan(type.element());
      return (w, v, g) -> {
        g.writeStartArray();
        for (Object item : ordered((Collection<?>) v)) {
          inner.write(w, item, g);
        }
        g.writeEndArray();
      };
    }
    return switch (shape) {
      case STRING -> (w, v, g) -> g.writeString((String) v);
      case ENUM -> (w, v, g) -> g.writeString(((Enum<?>) v).name());
      case TEXT -> (w, v, g) -> g.writeString(v.toString());
      case VALUE, RECORD -> (w, v, g) -> w.object(v, raw, g);
      default -> (w, v, g) -> w.write(v, type, g);
    };
  }

  /**
   * A collection in the order it is written: a list as it is; a set that is not already sorted
   * in a stable order (a {@code Set.of}, a hash set) sorted, enums by declaration and text and
   * numbers naturally, so that the same value is always the same bytes.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Collection<?> ordered(Collection<?> c) {
    if (!(c instanceof java.util.Set<?>) || c instanceof java.util.SortedSet<?>
        || c instanceof java.util.EnumSet<?> || c instanceof java.util.LinkedHashSet<?> || c.size() < 2) {
      return c;
    }
    java.util.List<Object> items = new java.util.ArrayList<>(c);
    if (items.stream().allMatch(x -> x instanceof Comparable<?>)) {
      items.sort((a, b) -> ((Comparable) a).compareTo(b));
    }
    return items;
  }

  static boolean omitted(Object x) {
    return x instanceof Optional<?> o && o.isEmpty()
        || x instanceof OptionalInt oi && oi.isEmpty() || x instanceof OptionalLong ol && ol.isEmpty()
        || x instanceof OptionalDouble od && od.isEmpty()
        || x instanceof Collection<?> c && c.isEmpty() || x instanceof Map<?, ?> m && m.isEmpty();
  }

  private void spc(SpcResult r, JsonGenerator g) {
    g.writeStartObject();
    g.writeName("points");
    write(r.points(), TypeRef.listOf(SpcPoint.class), g);
    g.writeName("options");
    write(r.options(), TypeRef.of(SpcOptions.class), g);
    g.writeName("groups");
    write(r.groups(), TypeRef.listOf(SpcGroup.class), g);
    g.writeName("variation");
    g.writeString(r.variation().name());
    if (r.assurance().isPresent()) {
      g.writeName("assurance");
      g.writeString(r.assurance().get().name());
    }
    if (!r.warnings().isEmpty()) {
      g.writeName("warnings");
      write(r.warnings(), TypeRef.listOf(String.class), g);
    }
    g.writeEndObject();
  }
}
