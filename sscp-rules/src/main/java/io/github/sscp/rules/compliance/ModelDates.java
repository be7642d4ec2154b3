package io.github.sscp.rules.compliance;

import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.shape.Attribute;
import io.github.sscp.model.shape.Shape;
import io.github.sscp.model.shape.TypeRef;
import io.github.sscp.model.shape.ValueShape;
import io.github.sscp.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every date a partnership's records hold (validity ends, meetings, publications, periods), found by
 * walking the attributes the model's shape declares. Observations are left out: they do not change
 * findings. An attribute that cannot be read is an error, not a date left out.
 */
final class ModelDates {

  private ModelDates() {}

  static Set<LocalDate> of(Object root) {
    Set<LocalDate> out = new TreeSet<>();
    walk(root, out);
    return out;
  }

  private static void walk(Object value, Set<LocalDate> out) {
    if (value instanceof LocalDate d) {
      if (d.getYear() > 1000 && d.getYear() < 9999) {
        out.add(d);
      }
    } else if (value instanceof YearMonth m) {
      out.add(m.atDay(1));
      out.add(m.atEndOfMonth());
      out.add(m.atEndOfMonth().plusDays(1));
    } else if (value instanceof ReportingPeriod p) {
      walk(p.start(), out);
      walk(p.endExclusive(), out);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, out));
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> walk(v, out));
    } else if (value instanceof Map<?, ?> m) {
      m.values().forEach(v -> walk(v, out));
    } else if (!(value instanceof ObservationLog)) {
      Optional<ValueShape> shape = ValueShape.forValue(value);
      if (shape.isPresent()) {
        for (Attribute a : shape.get().attributes()) {
          if (a.holdsDates() || mayHoldValues(a.type())) {
            Object v = a.read(value);
            if (v != null) {
              walk(v, out);
            }
          }
        }
      }
    }
  }

  private static boolean mayHoldValues(TypeRef type) {
    Shape s = type.shape();
    return s.hasAttributes() || s == Shape.OTHER
        || (s.isOptional() || s == Shape.LIST || s == Shape.SET || s == Shape.MAP)
        && mayHoldValues(type.element());
  }
}
