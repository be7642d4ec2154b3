package io.github.sscp.model.shape;

import io.github.sscp.model.time.ReportingPeriod;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the model's shape says about any class: its {@link Shape}, how to read a text type from its
 * canonical text, which value types a root type reaches, and which names are attributes. A text
 * type is a date, a month, or any class with a public static {@code parse(CharSequence)} returning
 * it, whose {@code toString()} writes the same text.
 *
 * <p>Thread-safe; results are found once per class.
 */
public final class Shapes {

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return find(type);
    }
  };

  private static final ClassValue<Optional<Method>> PARSERS = new ClassValue<>() {
    @Override
    protected Optional<Method> computeValue(Class<?> type) {
      try {
        Method m = type.getMethod("parse", CharSequence.class);
        if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
          m.setAccessible(true);
          return Optional.of(m);
        }
      } catch (NoSuchMethodException e) {
        // not a text type
      }
      return Optional.empty();
    }
  };

  private static final ClassValue<Optional<Class<?>>> GENERATED = new ClassValue<>() {
    @Override
    protected Optional<Class<?>> computeValue(Class<?> type) {
      if (!Modifier.isAbstract(type.getModifiers()) || type.isPrimitive() || type.isArray()
          || type.getName().startsWith("java.")) {
        return Optional.empty();
      }
      try {
        return Optional.of(Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(),
            false, type.getClassLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        return Optional.empty();
      }
    }
  };

  private Shapes() {}

  /**
   * Obtains how values of a class are held.
   *
   * @param c the class, not null
   * @return the shape; {@link Shape#OTHER} for a class the model does not describe, not null
   */
  public static Shape shapeOf(Class<?> c) {
    return SHAPES.get(c);
  }

  private static Shape find(Class<?> c) {
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
    } else if (c == Optional.class) {
      return Shape.OPTIONAL;
    } else if (c == OptionalInt.class) {
      return Shape.OPTIONAL_INT;
    } else if (c == OptionalLong.class) {
      return Shape.OPTIONAL_LONG;
    } else if (c == OptionalDouble.class) {
      return Shape.OPTIONAL_DOUBLE;
    } else if (List.class.isAssignableFrom(c)) {
      return Shape.LIST;
    } else if (Set.class.isAssignableFrom(c)) {
      return Shape.SET;
    } else if (Map.class.isAssignableFrom(c)) {
      return Shape.MAP;
    } else if (c.isEnum()) {
      return Shape.ENUM;
    } else if (c == LocalDate.class || c == YearMonth.class || PARSERS.get(c).isPresent()) {
      return Shape.TEXT;
    } else if (c.isRecord()) {
      return Shape.RECORD;
    } else if (GENERATED.get(c).isPresent()) {
      return Shape.VALUE;
    }
    return Shape.OTHER;
  }

  static Optional<Class<?>> generated(Class<?> c) {
    return GENERATED.get(c);
  }

  /**
   * Checks if a text type holds dates: a date, a month or a reporting period.
   *
   * @param c the class, not null
   * @return true if so
   */
  public static boolean isDated(Class<?> c) {
    return c == LocalDate.class || c == YearMonth.class || ReportingPeriod.class.isAssignableFrom(c);
  }

  /**
   * Reads a text type's value from its canonical text.
   *
   * @param c a class of shape {@link Shape#TEXT}, not null
   * @param text the text, not null
   * @return the value, not null
   * @throws RuntimeException what the type's {@code parse} throws for text it cannot read, e.g.
   *     {@link io.github.sscp.model.base.ValueParseException}
   * @throws IllegalArgumentException if the class is not a text type
   */
  public static Object parse(Class<?> c, String text) {
    if (c == LocalDate.class) {
      return io.github.sscp.model.time.DateRange.parseDate(text);
    } else if (c == YearMonth.class) {
      return io.github.sscp.model.time.CalendarMonth.parse(text).yearMonth();
    }
    Method parse = PARSERS.get(c).orElseThrow(() ->
        new IllegalArgumentException("no canonical text for " + c.getSimpleName()));
    try {
      return parse.invoke(null, text);
    } catch (InvocationTargetException e) {
      throw ValueShape.unwrap(e);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("no canonical text for " + c.getSimpleName(), e);
    }
  }

  /**
   * Lists every value type a type reaches through its attributes, itself included, sorted by name.
   *
   * @param roots the types to start from, not null
   * @return the shapes, not null
   */
  public static List<ValueShape> reachable(Class<?>... roots) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<TypeRef> todo = new ArrayDeque<>();
    for (Class<?> r : roots) {
      todo.add(TypeRef.of(r));
    }
    while (!todo.isEmpty()) {
      TypeRef t = todo.pop();
      todo.addAll(t.arguments());
      if (t.shape().hasAttributes() && seen.add(t.raw())) {
        for (Attribute a : ValueShape.of(t.raw()).attributes()) {
          todo.add(a.type());
        }
      }
    }
    Set<ValueShape> out = new TreeSet<>(Comparator.comparing((ValueShape s) -> s.type().getName()));
    seen.forEach(c -> out.add(ValueShape.of(c)));
    return List.copyOf(out);
  }

  /**
   * Lists the text types a type reaches through its attributes.
   *
   * @param roots the types to start from, not null
   * @return the text types, by name, not null
   */
  public static List<Class<?>> reachableText(Class<?>... roots) {
    Set<Class<?>> out = new TreeSet<>(Comparator.comparing(Class::getName));
    Deque<TypeRef> todo = new ArrayDeque<>();
    for (ValueShape s : reachable(roots)) {
      s.attributes().forEach(a -> todo.add(a.type()));
    }
    while (!todo.isEmpty()) {
      TypeRef t = todo.pop();
      todo.addAll(t.arguments());
      if (t.shape() == Shape.TEXT) {
        out.add(t.raw());
      }
    }
    return List.copyOf(out);
  }
}
