package io.github.sscp.model.shape;

import io.github.sscp.model.base.PersonalData;
import io.github.sscp.model.constraint.RefersTo;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One attribute of a value type: its name (also its JSON property), its declared type, whether a
 * document must give it, its Jakarta constraints, and what it means to the model — an id, a
 * reference to another value, personal data, dates.
 *
 * <p>Immutable and thread-safe.
 */
public final class Attribute {

  private final String name;
  private final TypeRef type;
  private final boolean required;
  private final boolean personal;
  private final Optional<RefersTo> refersTo;
  private final List<Annotation> constraints;
  private final Method accessor;
  private final @Nullable Method setter;
  private volatile @Nullable Function<Object, Object> getter;
  private volatile @Nullable BiConsumer<Object, Object> setterFunction;

  Attribute(String name, Method accessor, boolean required, @Nullable Method setter) {
    this.name = name;
    this.accessor = accessor;
    this.type = TypeRef.of(accessor.getAnnotatedReturnType());
    this.required = required;
    this.setter = setter;
    this.constraints = List.copyOf(Arrays.asList(accessor.getAnnotations()));
    this.refersTo = Optional.ofNullable(accessor.getAnnotation(RefersTo.class));
    this.personal = accessor.isAnnotationPresent(PersonalData.class)
        || type.raw().isAnnotationPresent(PersonalData.class)
        || (type.shape().isOptional() || type.shape() == Shape.LIST || type.shape() == Shape.SET)
        && type.element().raw().isAnnotationPresent(PersonalData.class);
  }

  /**
   * Obtains the attribute's name, which is also its property in JSON and YAML.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Obtains the declared type, with the constraints written on its type arguments.
   *
   * @return the type, not null
   */
  public TypeRef type() {
    return type;
  }

  /**
   * Checks if a document must give the attribute: it has no default and is neither optional nor a
   * container.
   *
   * @return true if required
   */
  public boolean required() {
    return required;
  }

  /**
   * Checks if the attribute holds personal data ({@link PersonalData} on it or on its type).
   *
   * @return true if personal
   */
  public boolean personal() {
    return personal;
  }

  /**
   * Obtains the reference the attribute declares, if it holds ids of other values.
   *
   * @return the reference, or empty
   */
  public Optional<RefersTo> refersTo() {
    return refersTo;
  }

  /**
   * Checks if the attribute is its value's id.
   *
   * @return true for an attribute named "id"
   */
  public boolean isId() {
    return name.equals("id");
  }

  /**
   * Checks if the attribute holds dates (see {@link TypeRef#holdsDates()}).
   *
   * @return true if so
   */
  public boolean holdsDates() {
    return type.holdsDates();
  }

  /**
   * Obtains the annotations on the attribute's accessor: its Jakarta constraints and the model's
   * own ({@code @Id}, {@code @RefersTo}).
   *
   * @return the annotations, not null
   */
  public List<Annotation> constraints() {
    return constraints;
  }

  /**
   * Finds an annotation of a type on the attribute's accessor.
   *
   * @param <A> the annotation type
   * @param annotation the annotation type, not null
   * @return the annotation, or null
   */
  public <A extends Annotation> @Nullable A constraint(Class<A> annotation) {
    return accessor.getAnnotation(annotation);
  }

  /**
   * Reads the attribute from a value of its type.
   *
   * @param value the value, not null
   * @return the attribute's value; null only where the type allows it
   * @throws IllegalStateException naming the attribute if its accessor fails
   */
  public @Nullable Object read(Object value) {
    Function<Object, Object> f = getter;
    if (f == null) {
      f = makeGetter(accessor);
      getter = f;
    }
    return f.apply(value);
  }

  void set(Object builder, Object value) {
    BiConsumer<Object, Object> f = setterFunction;
    if (f == null) {
      Method m = setter;
      if (m == null) {
        throw new IllegalStateException(name + ": the attribute cannot be set");
      }
      f = makeSetter(m);
      setterFunction = f;
    }
    f.accept(builder, value);
  }

  /** Makes a builder's setter a function once, as {@link #makeGetter} does for an accessor. */
  @SuppressWarnings("unchecked")
  private static BiConsumer<Object, Object> makeSetter(Method m) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle handle = lookup.unreflect(m);
      return (BiConsumer<Object, Object>) LambdaMetafactory.metafactory(lookup, "accept",
              MethodType.methodType(BiConsumer.class),
              MethodType.methodType(void.class, Object.class, Object.class), handle,
              MethodType.methodType(void.class, m.getDeclaringClass(), m.getParameterTypes()[0]))
          .getTarget().invokeExact();
    } catch (Throwable e) {
      return (builder, value) -> {
        try {
          m.invoke(builder, value);
        } catch (InvocationTargetException r) {
          throw ValueShape.unwrap(r);
        } catch (IllegalAccessException r) {
          throw new IllegalStateException("cannot set " + m.getName(), r);
        }
      };
    }
  }

  /**
   * Makes an accessor a function once: reading every attribute of every value through {@code
   * Method.invoke} was a tenth of writing a document. A type the lookup cannot see falls back to
   * reflection.
   */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> makeGetter(Method m) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle handle = lookup.unreflect(m);
      return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
              MethodType.methodType(Function.class),
              MethodType.methodType(Object.class, Object.class), handle, handle.type().wrap())
          .getTarget().invokeExact();
    } catch (Throwable e) {
      return value -> {
        try {
          return m.invoke(value);
        } catch (InvocationTargetException r) {
          throw ValueShape.unwrap(r);
        } catch (IllegalAccessException r) {
          throw new IllegalStateException("cannot read " + m.getName(), r);
        }
      };
    }
  }

  @Override
  public String toString() {
    return name + ": " + type;
  }
}
