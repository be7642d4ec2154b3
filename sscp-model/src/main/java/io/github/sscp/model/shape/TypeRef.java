package io.github.sscp.model.shape;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A declared type with its type arguments and the constraints written on it, e.g. {@code
 * List<@NotBlank String>}: the raw class {@code List}, one argument {@code String} carrying
 * {@code @NotBlank}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TypeRef {

  private final Class<?> raw;
  private final List<TypeRef> arguments;
  private final List<Annotation> annotations;
  private final Shape shape;

  private TypeRef(Class<?> raw, List<TypeRef> arguments, List<Annotation> annotations) {
    this.raw = raw;
    this.arguments = List.copyOf(arguments);
    this.annotations = List.copyOf(annotations);
    this.shape = Shapes.shapeOf(raw);
  }

  /**
   * Obtains the reference to a plain class.
   *
   * @param raw the class, not null
   * @return the reference, not null
   */
  public static TypeRef of(Class<?> raw) {
    return new TypeRef(Objects.requireNonNull(raw, "raw"), List.of(), List.of());
  }

  /**
   * Obtains the reference to a generic type, e.g. {@code of(List.class, of(String.class))}.
   *
   * @param raw the class, not null
   * @param arguments its type arguments, not null
   * @return the reference, not null
   */
  public static TypeRef of(Class<?> raw, TypeRef... arguments) {
    return new TypeRef(Objects.requireNonNull(raw, "raw"), Arrays.asList(arguments), List.of());
  }

  /**
   * Obtains the reference to a list of a class.
   *
   * @param element the element class, not null
   * @return {@code List<element>}, not null
   */
  public static TypeRef listOf(Class<?> element) {
    return of(List.class, of(element));
  }

  static TypeRef of(AnnotatedType type) {
    Type t = type.getType();
    List<Annotation> annotations = Arrays.asList(type.getAnnotations());
    if (type instanceof AnnotatedParameterizedType p) {
      List<TypeRef> args = new ArrayList<>();
      for (AnnotatedType a : p.getAnnotatedActualTypeArguments()) {
        args.add(of(a));
      }
      return new TypeRef(rawOf(t), args, annotations);
    }
    if (type instanceof AnnotatedWildcardType w) {
      AnnotatedType[] upper = w.getAnnotatedUpperBounds();
      return upper.length == 0 ? of(Object.class) : of(upper[0]);
    }
    if (type instanceof AnnotatedArrayType) {
      return new TypeRef(rawOf(t), List.of(), annotations);
    }
    return new TypeRef(rawOf(t), List.of(), annotations);
  }

  static Class<?> rawOf(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (t instanceof WildcardType w) {
      return rawOf(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  /**
   * Obtains the raw class.
   *
   * @return the class, not null
   */
  public Class<?> raw() {
    return raw;
  }

  /**
   * Obtains the type arguments, in order.
   *
   * @return the arguments, empty for a plain class, not null
   */
  public List<TypeRef> arguments() {
    return arguments;
  }

  /**
   * Obtains the annotations written on this use of the type, e.g. {@code @NotBlank} in {@code
   * List<@NotBlank String>}.
   *
   * @return the annotations, not null
   */
  public List<Annotation> annotations() {
    return annotations;
  }

  /**
   * Obtains how values of the raw class are held.
   *
   * @return the shape, not null
   */
  public Shape shape() {
    return shape;
  }

  /**
   * Obtains what an optional or a collection holds: its type argument, or the primitive of an
   * {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}.
   *
   * @return the element type; {@code Object} when not declared, not null
   */
  public TypeRef element() {
    return switch (shape) {
      case OPTIONAL_INT -> of(int.class);
      case OPTIONAL_LONG -> of(long.class);
      case OPTIONAL_DOUBLE -> of(double.class);
      case MAP -> argument(1);
      default -> argument(0);
    };
  }

  /**
   * Obtains a map's key type.
   *
   * @return the key type; {@code Object} when not declared, not null
   */
  public TypeRef key() {
    return argument(0);
  }

  private TypeRef argument(int i) {
    return i < arguments.size() ? arguments.get(i) : of(Object.class);
  }

  /**
   * Checks if values of this type are, or may contain, dates: dates, months and reporting periods,
   * and optionals and collections of them.
   *
   * @return true if so
   */
  public boolean holdsDates() {
    if (shape.isOptional() || shape == Shape.LIST || shape == Shape.SET || shape == Shape.MAP) {
      return element().holdsDates();
    }
    return shape == Shape.TEXT && Shapes.isDated(raw);
  }

  /**
   * Finds an annotation of a type on this use of the type.
   *
   * @param <A> the annotation type
   * @param type the annotation type, not null
   * @return the annotation, or null
   */
  public <A extends Annotation> @org.jspecify.annotations.Nullable A annotation(Class<A> type) {
    for (Annotation a : annotations) {
      if (type.isInstance(a)) {
        return type.cast(a);
      }
    }
    return null;
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof TypeRef t && t.raw == raw && t.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return raw.hashCode() * 31 + arguments.hashCode();
  }

  @Override
  public String toString() {
    return arguments.isEmpty() ? raw.getSimpleName() : raw.getSimpleName() + "<"
        + String.join(", ", arguments.stream().map(TypeRef::toString).toList()) + ">";
  }
}
