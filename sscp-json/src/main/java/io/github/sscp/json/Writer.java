package io.github.sscp.json;

import org.jspecify.annotations.Nullable;
import io.github.sscp.json.Types.Attribute;
import io.github.sscp.json.Types.Shape;
import io.github.sscp.rules.kpi.spc.SpcResult;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.core.JsonGenerator;

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

  void write(Object value, Type type, JsonGenerator g) {
    Class<?> raw = Types.raw(type);
    if (value instanceof Optional<?> o) {
      if (o.isPresent()) {
        write(o.get(), Types.arg(type, 0), g);
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
      for (Object item : c) {
        write(item, Types.arg(type, 0), g);
      }
      g.writeEndArray();
      return;
    }
    if (value instanceof Map<?, ?> m) {
      g.writeStartObject();
      m.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> key(a).compareTo(key(b))))
          .forEach(e -> {
            g.writeName(key(e.getKey()));
            write(e.getValue(), Types.arg(type, 1), g);
          });
      g.writeEndObject();
      return;
    }
    Class<?> actual = value.getClass();
    Shape shape = Types.shape(raw.isInterface() && !Types.isImmutable(raw) ? actual
        : raw == Object.class ? actual : raw);
    switch (shape) {
      case STRING -> g.writeString((String) value);
      case BOOLEAN -> g.writeBoolean((Boolean) value);
      case INT -> g.writeNumber((Integer) value);
      case LONG -> g.writeNumber((Long) value);
      case DOUBLE -> writeDouble((Double) value, g);
      case DECIMAL -> g.writeNumber((BigDecimal) value);
      case ENUM -> g.writeString(((Enum<?>) value).name());
      case TEXT -> g.writeString(value.toString());
      case IMMUTABLE, RECORD -> object(value, raw.isInterface() || raw.isRecord() ? raw : actual, g);
      case SPC -> spc((SpcResult) value, g);
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
    List<Attribute> attributes = Types.value(type).attributes();
    Out[] plan = PLANS.get(type);
    g.writeStartObject();
    for (int i = 0; i < plan.length; i++) {
      Attribute a = attributes.get(i);
      if (publicView && a.personal()) {
        continue;
      }
      Object x = a.read(value);
      if (omitted(x)) {
        continue;
      }
      g.writeName(a.jsonName());
      plan[i].write(this, x, g);
    }
    g.writeEndObject();
  }

  /** How one attribute's value is written, decided once from its declared type. */
  private interface Out {
    void write(Writer w, Object value, JsonGenerator g);
  }

  /** Each value type's writers, one per attribute in the format's order. */
  private static final ClassValue<Out[]> PLANS = new ClassValue<>() {
    @Override
    protected Out[] computeValue(Class<?> type) {
      List<Attribute> attributes = Types.value(type).attributes();
      Out[] plan = new Out[attributes.size()];
      for (int i = 0; i < plan.length; i++) {
        plan[i] = plan(attributes.get(i).type());
      }
      return plan;
    }
  };

  /**
   * The writer for a declared type: straight to the generator where the type settles the shape,
   * else the general walk, which looks at the value's own class.
   */
  private static Out plan(Type type) {
    Class<?> raw = Types.raw(type);
    if (raw == Optional.class) {
      Out inner = plan(Types.arg(type, 0));
      return (w, v, g) -> {
        Optional<?> o = (Optional<?>) v;
        if (o.isPresent()) {
          inner.write(w, o.get(), g);
        } else {
          g.writeNull();
        }
      };
    }
    if (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)) {
      Out inner = plan(Types.arg(type, 0));
      return (w, v, g) -> {
        g.writeStartArray();
        for (Object item : (Collection<?>) v) {
          inner.write(w, item, g);
        }
        g.writeEndArray();
      };
    }
    Out general = (w, v, g) -> w.write(v, type, g);
    if (Types.isOptional(raw) || Map.class.isAssignableFrom(raw) || raw == Object.class
        || (raw.isInterface() && !Types.isImmutable(raw))) {
      return general;
    }
    Shape shape;
    try {
      shape = Types.shape(raw);
    } catch (IllegalArgumentException e) {
      return general;
    }
    return switch (shape) {
      case STRING -> (w, v, g) -> g.writeString((String) v);
      case ENUM -> (w, v, g) -> g.writeString(((Enum<?>) v).name());
      case TEXT -> (w, v, g) -> g.writeString(v.toString());
      case IMMUTABLE, RECORD -> (w, v, g) -> w.object(v, raw, g);
      default -> general;
    };
  }

  static boolean omitted(Object x) {
    return x == null || x instanceof Optional<?> o && o.isEmpty()
        || x instanceof OptionalInt oi && oi.isEmpty() || x instanceof OptionalLong ol && ol.isEmpty()
        || x instanceof OptionalDouble od && od.isEmpty()
        || x instanceof Collection<?> c && c.isEmpty() || x instanceof Map<?, ?> m && m.isEmpty();
  }

  private void spc(SpcResult r, JsonGenerator g) {
    g.writeStartObject();
    g.writeName("points");
    write(r.points(), parameterised(java.util.List.class, io.github.sscp.rules.kpi.spc.SpcPoint.class), g);
    g.writeName("options");
    write(r.options(), io.github.sscp.rules.kpi.spc.SpcOptions.class, g);
    g.writeName("groups");
    write(r.groups(), parameterised(java.util.List.class, io.github.sscp.rules.kpi.spc.SpcGroup.class), g);
    g.writeName("variation");
    g.writeString(r.variation().name());
    if (r.assurance().isPresent()) {
      g.writeName("assurance");
      g.writeString(r.assurance().get().name());
    }
    if (!r.warnings().isEmpty()) {
      g.writeName("warnings");
      write(r.warnings(), parameterised(java.util.List.class, String.class), g);
    }
    g.writeEndObject();
  }

  static Type parameterised(Class<?> raw, Type... args) {
    return new java.lang.reflect.ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return args.clone();
      }

      @Override
      public Type getRawType() {
        return raw;
      }

      @Override
      public @Nullable Type getOwnerType() {
        return null;
      }
    };
  }
}
