package io.github.sscp.json;

import org.jspecify.annotations.Nullable;
import io.github.sscp.model.base.PersonalData;
import io.github.sscp.model.funding.Money;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.rules.kpi.spc.SpcResult;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the format knows about each Java type, found once by reflection and cached: which types
 * are text (dates, periods, codes, money), which are enums, and, for the model's Immutables
 * values and records, their attributes — exactly the model's attribute names, nothing a builder
 * or a derived getter adds.
 */
final class Types {

  private Types() {}

  /** How a type is written. */
  enum Shape { TEXT, ENUM, STRING, BOOLEAN, INT, LONG, DOUBLE, DECIMAL, IMMUTABLE, RECORD, SPC }

  /**
   * One attribute of a value type.
   *
   * @param name the attribute's name, the JSON property
   * @param type its generic type
   * @param accessor how to read it
   * @param required whether a document must give it
   * @param personal whether it is personal data
   * @param setter the builder method that sets it (Immutables only)
   * @param getter the accessor as a function
   * @param jsonName the name as a property, quoted once for every document written
   */
  record Attribute(String name, Type type, Method accessor, boolean required, boolean personal,
      @Nullable Method setter, java.util.function.Function<Object, Object> getter,
      tools.jackson.core.SerializableString jsonName) {

    Attribute(String name, Type type, Method accessor, boolean required, boolean personal,
        @Nullable Method setter) {
      this(name, type, accessor, required, personal, setter, new LazyGetter(accessor),
          new tools.jackson.core.io.SerializedString(name));
    }

    /**
     * Reads the attribute from a value.
     *
     * @param value the value
     * @return the attribute's value
     */
    Object read(Object value) {
      return getter.apply(value);
    }
  }

  /**
   * An accessor as a function, made once per attribute: reading every attribute of every value
   * through {@code Method.invoke} was a tenth of writing a document.
   */
  /**
   * Makes its function on first use: spinning one per attribute up front cost a third of a
   * second at start-up, and reading a document never needs them.
   */
  private static final class LazyGetter implements java.util.function.Function<Object, Object> {
    private final Method accessor;
    private volatile java.util.function.@Nullable Function<Object, Object> made;

    LazyGetter(Method accessor) {
      this.accessor = accessor;
    }

    @Override
    public Object apply(Object value) {
      java.util.function.Function<Object, Object> f = made;
      if (f == null) {
        f = makeGetter(accessor);
        made = f;
      }
      return f.apply(value);
    }
  }

  @SuppressWarnings("unchecked")
  private static java.util.function.Function<Object, Object> makeGetter(Method m) {
    try {
      java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
      java.lang.invoke.MethodHandle handle = lookup.unreflect(m);
      return (java.util.function.Function<Object, Object>) java.lang.invoke.LambdaMetafactory
          .metafactory(lookup, "apply",
              java.lang.invoke.MethodType.methodType(java.util.function.Function.class),
              java.lang.invoke.MethodType.methodType(Object.class, Object.class), handle,
              handle.type().wrap())
          .getTarget().invokeExact();
    } catch (Throwable e) {
      // a type the lookup cannot see: fall back to reflection
      return value -> {
        try {
          return m.invoke(value);
        } catch (ReflectiveOperationException r) {
          throw new IllegalStateException("could not read " + m.getName(), r);
        }
      };
    }
  }

  /**
   * A value type's attributes, in the format's order ("id" first, then by name for Immutables;
   * declaration order for records), and how to build one.
   *
   * @param type the type
   * @param attributes the attributes
   * @param builderFactory the static {@code builder()} method (Immutables)
   * @param build the builder's {@code build()} method (Immutables)
   * @param constructor the canonical constructor (records)
   * @param positions each attribute's position in {@code attributes}, by name
   */
  record Value(Class<?> type, List<Attribute> attributes, @Nullable Method builderFactory,
      @Nullable Method build, java.lang.reflect.@Nullable Constructor<?> constructor,
      Map<String, Integer> positions) {

    Value(Class<?> type, List<Attribute> attributes, @Nullable Method builderFactory,
        @Nullable Method build, java.lang.reflect.@Nullable Constructor<?> constructor) {
      this(type, attributes, builderFactory, build, constructor, positions(attributes));
    }

    private static Map<String, Integer> positions(List<Attribute> attributes) {
      Map<String, Integer> byName = new java.util.HashMap<>();
      for (int i = 0; i < attributes.size(); i++) {
        byName.put(attributes.get(i).name(), i);
      }
      return Map.copyOf(byName);
    }

    Optional<Attribute> attribute(String name) {
      int i = indexOf(name);
      return i < 0 ? Optional.empty() : Optional.of(attributes.get(i));
    }

    /** The position of an attribute in {@link #attributes()}, or -1 if there is none. */
    int indexOf(String name) {
      Integer i = positions.get(name);
      return i == null ? -1 : i;
    }
  }

  private static final Map<Class<?>, Value> VALUES = new ConcurrentHashMap<>();

  /** Each text type's {@code parse(CharSequence)}; a type without one fails when used. */
  private static final ClassValue<Method> PARSERS = new ClassValue<>() {
    @Override
    protected Method computeValue(Class<?> type) {
      try {
        return accessible(type.getMethod("parse", CharSequence.class));
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("no canonical text for " + type.getSimpleName());
      }
    }
  };

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return findShape(type);
    }
  };

  static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (t instanceof java.lang.reflect.WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  static Type arg(Type t, int i) {
    return t instanceof ParameterizedType p ? p.getActualTypeArguments()[i] : Object.class;
  }

  static Shape shape(Class<?> c) {
    return SHAPES.get(c);
  }

  private static Shape findShape(Class<?> c) {
    if (c == String.class) {
      return Shape.STRING;
    } else if (c == boolean.class || c == Boolean.class) {
      return Shape.BOOLEAN;
    } else if (c == int.class || c == Integer.class) {
      return Shape.INT;
    } else if (c == long.class || c == Long.class) {
      return Shape.LONG;
    } else if (c == double.class || c == Double.class) {
      return Shape.DOUBLE;
    } else if (c == BigDecimal.class) {
      return Shape.DECIMAL;
    } else if (c.isEnum()) {
      return Shape.ENUM;
    } else if (c == LocalDate.class || c == YearMonth.class || ReportingPeriod.class.isAssignableFrom(c)
        || c == GssCode.class || c == Money.class) {
      return Shape.TEXT;
    } else if (c == SpcResult.class) {
      return Shape.SPC;
    } else if (c.isRecord()) {
      return Shape.RECORD;
    } else if (isImmutable(c)) {
      return Shape.IMMUTABLE;
    }
    throw new IllegalArgumentException("the format has no mapping for " + c.getName());
  }

  static boolean isImmutable(Class<?> c) {
    return IMMUTABLE.get(c);
  }

  /** Whether a type is an Immutables value: found once per type, as a failed lookup is slow. */
  private static final ClassValue<Boolean> IMMUTABLE = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return findImmutable(type);
    }
  };

  private static boolean findImmutable(Class<?> c) {
    try {
      return c.getName().startsWith("io.github.sscp.") && Modifier.isAbstract(c.getModifiers())
          && Class.forName(c.getPackageName() + ".Immutable" + c.getSimpleName(), false,
              c.getClassLoader()) != null;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Parses a text type's canonical text. */
  static Object parseText(Class<?> c, String text) {
    if (c == LocalDate.class) {
      return LocalDate.parse(text);
    } else if (c == YearMonth.class) {
      return YearMonth.parse(text);
    } else if (c == GssCode.class) {
      return GssCode.of(text);
    } else if (c == Money.class) {
      return Money.parse(text);
    } else if (c == ReportingPeriod.class) {
      return ReportingPeriod.parse(text);
    }
    try {
      return PARSERS.get(c).invoke(null, text);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalArgumentException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("no canonical text for " + c.getSimpleName());
    }
  }

  static Value value(Class<?> c) {
    return VALUES.computeIfAbsent(c, k -> k.isRecord() ? record(k) : immutable(k));
  }

  private static Value record(Class<?> c) {
    List<Attribute> attributes = new ArrayList<>();
    RecordComponent[] components = c.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent rc = components[i];
      types[i] = rc.getType();
      Class<?> raw = rc.getType();
      boolean optional = isOptional(raw) || Collection.class.isAssignableFrom(raw)
          || Map.class.isAssignableFrom(raw);
      attributes.add(new Attribute(rc.getName(), rc.getGenericType(), accessible(rc.getAccessor()), !optional,
          personal(rc.getAccessor()), null));
    }
    try {
      java.lang.reflect.Constructor<?> constructor = c.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return new Value(c, attributes, null, null, constructor);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(c.getName() + " has no canonical constructor", e);
    }
  }

  static boolean isOptional(Class<?> raw) {
    return raw == Optional.class || raw == OptionalInt.class || raw == OptionalLong.class
        || raw == OptionalDouble.class;
  }

  private static Value immutable(Class<?> c) {
    try {
      Class<?> generated = Class.forName(c.getPackageName() + ".Immutable" + c.getSimpleName(), true,
          c.getClassLoader());
      Method factory;
      try {
        factory = c.getMethod("builder");
      } catch (NoSuchMethodException e) {
        factory = generated.getMethod("builder");
      }
      Class<?> builder = factory.getReturnType();
      Method build = accessible(builder.getMethod("build"));
      accessible(factory);
      Set<String> required = new HashSet<>();
      for (Class<?> b = builder; b != null && b != Object.class; b = b.getSuperclass()) {
        for (Field f : b.getDeclaredFields()) {
          if (f.getName().startsWith("INIT_BIT_")) {
            required.add(f.getName().substring("INIT_BIT_".length()).replace("_", "")
                .toLowerCase(Locale.ROOT));
          }
        }
      }
      List<Attribute> attributes = new ArrayList<>();
      for (Field f : generated.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        Method accessor;
        try {
          accessor = c.getMethod(f.getName());
        } catch (NoSuchMethodException e) {
          continue;
        }
        Type type = accessor.getGenericReturnType();
        attributes.add(new Attribute(f.getName(), type, accessible(accessor),
            required.contains(f.getName().toLowerCase(Locale.ROOT)), personal(accessor),
            accessible(setter(builder, f.getName(), raw(type)))));
      }
      attributes.sort(Comparator.comparing((Attribute a) -> !a.name().equals("id"))
          .thenComparing(Attribute::name));
      return new Value(c, attributes, factory, build, null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(c.getName() + " is not an Immutables value", e);
    }
  }

  /** Skips the access check on every call: these methods are called for every value read. */
  private static Method accessible(Method m) {
    m.setAccessible(true);
    return m;
  }

  private static Method setter(Class<?> builder, String name, Class<?> raw) {
    Method best = null;
    for (Method m : builder.getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != 1) {
        continue;
      }
      Class<?> p = m.getParameterTypes()[0];
      boolean fits = isOptional(raw) ? p == raw
          : Collection.class.isAssignableFrom(raw) ? p == Iterable.class
          : Map.class.isAssignableFrom(raw) ? Map.class.isAssignableFrom(p)
          : p == raw;
      if (fits) {
        best = m;
      }
    }
    if (best == null) {
      throw new IllegalStateException(builder.getName() + " has no setter for " + name);
    }
    return best;
  }

  private static boolean personal(Method accessor) {
    if (accessor.isAnnotationPresent(PersonalData.class)) {
      return true;
    }
    Type t = accessor.getGenericReturnType();
    Class<?> raw = raw(t);
    Class<?> element = isOptional(raw) || Collection.class.isAssignableFrom(raw) ? raw(arg(t, 0)) : raw;
    return element.isAnnotationPresent(PersonalData.class);
  }
}
