package io.github.sscp.model.shape;

import io.github.sscp.model.constraint.IdScope;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A value type's shape: an Immutables value (the model's interfaces, read through their abstract
 * accessors and built through their generated builders) or a record (read through its components
 * and built through its canonical constructor). Attributes come in the format's order: for an
 * Immutables value "id" first, then by name; for a record, as declared.
 *
 * <p>Immutable and thread-safe; one instance per type, found once.
 */
public final class ValueShape {

  private static final ClassValue<ValueShape> SHAPES = new ClassValue<>() {
    @Override
    protected ValueShape computeValue(Class<?> type) {
      return describe(type);
    }
  };

  private static final ClassValue<Optional<Class<?>>> MODEL_TYPES = new ClassValue<>() {
    @Override
    protected Optional<Class<?>> computeValue(Class<?> type) {
      return modelTypeOf(type);
    }
  };

  private final Class<?> type;
  private final Shape shape;
  private final List<Attribute> attributes;
  private final Map<String, Integer> positions;
  private final @Nullable Method builderFactory;
  private final @Nullable Method build;
  private final @Nullable Constructor<?> constructor;
  private final @Nullable Class<?> implementation;
  private final Optional<Class<?>> idScope;
  private volatile java.util.function.@Nullable Supplier<Object> newBuilder;
  private volatile java.util.function.@Nullable Function<Object, Object> buildFunction;

  private ValueShape(Class<?> type, Shape shape, List<Attribute> attributes,
      @Nullable Method builderFactory, @Nullable Method build,
      @Nullable Constructor<?> constructor, @Nullable Class<?> implementation) {
    this.type = type;
    this.shape = shape;
    this.attributes = List.copyOf(attributes);
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < attributes.size(); i++) {
      byName.put(attributes.get(i).name(), i);
    }
    this.positions = Map.copyOf(byName);
    this.builderFactory = builderFactory;
    this.build = build;
    this.constructor = constructor;
    this.implementation = implementation;
    IdScope scope = type.getAnnotation(IdScope.class);
    this.idScope = scope == null ? Optional.empty() : Optional.of(scope.value());
  }

  /**
   * Obtains the shape of a value type.
   *
   * @param type an Immutables value type or a record, not null
   * @return the shape, not null
   * @throws IllegalArgumentException if the type is neither
   */
  public static ValueShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  /**
   * Finds the shape of a value from its class: a generated {@code ImmutableX} is described as
   * {@code X}.
   *
   * @param value any object, not null
   * @return the shape, or empty if the value is not a value type
   */
  public static Optional<ValueShape> forValue(Object value) {
    Class<?> c = value.getClass();
    if (c.isRecord() && Shapes.shapeOf(c) == Shape.RECORD) {
      return Optional.of(of(c));
    }
    return MODEL_TYPES.get(c).map(ValueShape::of);
  }

  /**
   * Finds the value type a class implements: the model type of a generated {@code ImmutableX}, a
   * record itself.
   *
   * @param implementation the class, not null
   * @return the value type, or empty
   */
  public static Optional<Class<?>> valueTypeOf(Class<?> implementation) {
    if (implementation.isRecord() && Shapes.shapeOf(implementation) == Shape.RECORD) {
      return Optional.of(implementation);
    }
    if (Shapes.shapeOf(implementation) == Shape.VALUE) {
      return Optional.of(implementation);
    }
    return MODEL_TYPES.get(implementation);
  }

  private static Optional<Class<?>> modelTypeOf(Class<?> implementation) {
    String name = implementation.getSimpleName();
    if (!name.startsWith("Immutable")) {
      return Optional.empty();
    }
    String modelName = name.substring("Immutable".length());
    for (Class<?> i : implementation.getInterfaces()) {
      if (i.getSimpleName().equals(modelName) && Shapes.shapeOf(i) == Shape.VALUE) {
        return Optional.of(i);
      }
    }
    Class<?> s = implementation.getSuperclass();
    if (s != null && s.getSimpleName().equals(modelName) && Shapes.shapeOf(s) == Shape.VALUE) {
      return Optional.of(s);
    }
    return Optional.empty();
  }

  /**
   * Obtains the type described.
   *
   * @return the type, not null
   */
  public Class<?> type() {
    return type;
  }

  /**
   * Obtains whether the type is an Immutables value or a record.
   *
   * @return {@link Shape#VALUE} or {@link Shape#RECORD}, not null
   */
  public Shape shape() {
    return shape;
  }

  /**
   * Obtains the class whose instances are the type's values: the generated implementation of an
   * Immutables value, the record itself.
   *
   * @return the class, not null
   */
  public Class<?> implementation() {
    return implementation == null ? type : implementation;
  }

  /**
   * Obtains the attributes, in the format's order.
   *
   * @return the attributes, not null
   */
  public List<Attribute> attributes() {
    return attributes;
  }

  /**
   * Finds an attribute by name.
   *
   * @param name the name, not null
   * @return the attribute, or empty
   */
  public Optional<Attribute> attribute(String name) {
    int i = indexOf(name);
    return i < 0 ? Optional.empty() : Optional.of(attributes.get(i));
  }

  /**
   * Finds an attribute's position in {@link #attributes()}.
   *
   * @param name the name, not null
   * @return the position, or -1 if there is no such attribute
   */
  public int indexOf(String name) {
    Integer i = positions.get(name);
    return i == null ? -1 : i;
  }

  /**
   * Obtains the type within which ids of this type must be unique ({@link IdScope}).
   *
   * @return the scope, or empty for the whole partnership
   */
  public Optional<Class<?>> idScope() {
    return idScope;
  }

  /**
   * Builds a value from its attributes' values, given in the order of {@link #attributes()}; a
   * null leaves the attribute unset (an Immutables default applies) or, for a record, absent.
   *
   * @param values the values, one per attribute, not null
   * @return the value, not null
   * @throws RuntimeException whatever the value's construction throws when an invariant fails,
   *     e.g. {@link io.github.sscp.model.base.InvalidValueException}
   */
  public Object create(@Nullable Object[] values) {
    if (values.length != attributes.size()) {
      throw new IllegalArgumentException(type.getSimpleName() + " has " + attributes.size()
          + " attributes, not " + values.length);
    }
    try {
      if (constructor != null) {
        Object[] all = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
          all[i] = values[i] != null ? values[i] : absent(attributes.get(i).type());
        }
        return constructor.newInstance(all);
      }
      java.util.function.Supplier<Object> factory = newBuilder;
      java.util.function.Function<Object, Object> finish = buildFunction;
      if (factory == null || finish == null) {
        factory = supplier(java.util.Objects.requireNonNull(builderFactory));
        finish = function(java.util.Objects.requireNonNull(build));
        newBuilder = factory;
        buildFunction = finish;
      }
      Object builder = factory.get();
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v != null) {
          attributes.get(i).set(builder, v);
        }
      }
      return finish.apply(builder);
    } catch (InvocationTargetException e) {
      throw unwrap(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type.getSimpleName() + " could not be built", e);
    }
  }

  /** A static no-argument factory as a supplier, falling back to reflection. */
  @SuppressWarnings("unchecked")
  private static java.util.function.Supplier<Object> supplier(Method m) {
    try {
      java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
      java.lang.invoke.MethodHandle handle = lookup.unreflect(m);
      return (java.util.function.Supplier<Object>) java.lang.invoke.LambdaMetafactory.metafactory(
          lookup, "get", java.lang.invoke.MethodType.methodType(java.util.function.Supplier.class),
          java.lang.invoke.MethodType.methodType(Object.class), handle, handle.type())
          .getTarget().invokeExact();
    } catch (Throwable e) {
      return () -> invoke(m, null);
    }
  }

  /** An instance method without arguments as a function, falling back to reflection. */
  @SuppressWarnings("unchecked")
  private static java.util.function.Function<Object, Object> function(Method m) {
    try {
      java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
      java.lang.invoke.MethodHandle handle = lookup.unreflect(m);
      return (java.util.function.Function<Object, Object>) java.lang.invoke.LambdaMetafactory
          .metafactory(lookup, "apply",
              java.lang.invoke.MethodType.methodType(java.util.function.Function.class),
              java.lang.invoke.MethodType.methodType(Object.class, Object.class), handle,
              handle.type()).getTarget().invokeExact();
    } catch (Throwable e) {
      return target -> invoke(m, target);
    }
  }

  private static Object invoke(Method m, @Nullable Object target) {
    try {
      return m.invoke(target);
    } catch (InvocationTargetException e) {
      throw unwrap(e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + m.getName(), e);
    }
  }

  static RuntimeException unwrap(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(cause);
  }

  private static @Nullable Object absent(TypeRef type) {
    Class<?> raw = type.raw();
    if (java.util.NavigableSet.class.isAssignableFrom(raw)) {
      return java.util.Collections.emptyNavigableSet();
    } else if (java.util.SortedSet.class.isAssignableFrom(raw)) {
      return java.util.Collections.emptySortedSet();
    } else if (java.util.NavigableMap.class.isAssignableFrom(raw)) {
      return java.util.Collections.emptyNavigableMap();
    } else if (java.util.SortedMap.class.isAssignableFrom(raw)) {
      return java.util.Collections.emptySortedMap();
    }
    return switch (type.shape()) {
      case OPTIONAL -> Optional.empty();
      case OPTIONAL_INT -> OptionalInt.empty();
      case OPTIONAL_LONG -> OptionalLong.empty();
      case OPTIONAL_DOUBLE -> OptionalDouble.empty();
      case LIST -> List.of();
      case SET -> Set.of();
      case MAP -> Map.of();
      default -> null;
    };
  }

  private static ValueShape describe(Class<?> type) {
    Shape shape = Shapes.shapeOf(type);
    if (shape == Shape.RECORD) {
      return record(type);
    }
    if (shape == Shape.VALUE) {
      return immutable(type);
    }
    throw new IllegalArgumentException(type.getName() + " is neither an Immutables value nor a"
        + " record");
  }

  private static ValueShape record(Class<?> c) {
    List<Attribute> attributes = new ArrayList<>();
    RecordComponent[] components = c.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent rc = components[i];
      types[i] = rc.getType();
      Method accessor = accessible(rc.getAccessor());
      boolean optional = Shapes.shapeOf(rc.getType()).mayBeAbsent();
      attributes.add(new Attribute(rc.getName(), accessor, !optional, null));
    }
    try {
      Constructor<?> constructor = c.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return new ValueShape(c, Shape.RECORD, attributes, null, null, constructor, null);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(c.getName() + " has no canonical constructor", e);
    }
  }

  private static ValueShape immutable(Class<?> c) {
    try {
      Class<?> generated = Shapes.generated(c).orElseThrow(() ->
          new IllegalStateException(c.getName() + " has no generated implementation"));
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
          continue;  // a field that is not an attribute (Immutables' own bookkeeping)
        }
        Class<?> raw = accessor.getReturnType();
        attributes.add(new Attribute(f.getName(), accessible(accessor),
            required.contains(f.getName().toLowerCase(Locale.ROOT)),
            accessible(setter(builder, f.getName(), raw))));
      }
      attributes.sort(Comparator.comparing((Attribute a) -> !a.isId())
          .thenComparing(Attribute::name));
      return new ValueShape(c, Shape.VALUE, attributes, factory, build, null, generated);
    } catch (NoSuchMethodException e) {
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
    Shape shape = Shapes.shapeOf(raw);
    for (Method m : builder.getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != 1) {
        continue;
      }
      Class<?> p = m.getParameterTypes()[0];
      boolean fits = shape.isOptional() ? p == raw
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

  @Override
  public String toString() {
    return type.getSimpleName() + attributes;
  }
}
