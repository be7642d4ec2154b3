package io.github.sscp.rules.compliance;

import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.time.ReportingPeriod;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every date a partnership's records hold (validity ends, meetings, publications, periods), found
 * by walking the model's accessors. Observations are left out: they do not change findings.
 */
final class ModelDates {

  private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();
  private static final Set<String> SKIPPED = Set.of("hashCode", "toString", "getClass", "normalise",
      "check", "builder");

  private ModelDates() {}

  static Set<LocalDate> of(Object root) {
    Set<LocalDate> out = new TreeSet<>();
    walk(root, out, 0);
    return out;
  }

  private static void walk(Object value, Set<LocalDate> out, int depth) {
    if (value == null || depth > 40) {
      return;
    }
    if (value instanceof LocalDate d) {
      if (d.getYear() > 1000 && d.getYear() < 9999) {
        out.add(d);
      }
    } else if (value instanceof YearMonth m) {
      out.add(m.atDay(1));
      out.add(m.atEndOfMonth());
      out.add(m.atEndOfMonth().plusDays(1));
    } else if (value instanceof ReportingPeriod p) {
      walk(p.start(), out, depth + 1);
      walk(p.endExclusive(), out, depth + 1);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, out, depth + 1));
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> walk(v, out, depth + 1));
    } else if (value instanceof Map<?, ?> m) {
      m.values().forEach(v -> walk(v, out, depth + 1));
    } else if (value instanceof ObservationLog) {
      return;
    } else if (value.getClass().getName().startsWith("io.github.sscp.model.")
        && !value.getClass().isEnum()) {
      for (Method m : ACCESSORS.computeIfAbsent(value.getClass(), ModelDates::accessors)) {
        try {
          walk(m.invoke(value), out, depth + 1);
        } catch (IllegalAccessException | InvocationTargetException e) {
          // an accessor that cannot be read holds no date the rules use
        }
      }
    }
  }

  private static List<Method> accessors(Class<?> type) {
    List<Method> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
          && m.getReturnType() != void.class && !SKIPPED.contains(m.getName())
          && !m.getName().startsWith("with") && !m.getReturnType().isPrimitive()
          && m.getDeclaringClass().getName().startsWith("io.github.sscp.model.")
          && !m.getReturnType().isAssignableFrom(type)) {
        out.add(m);
      }
    }
    return out;
  }
}
