package io.github.sscp.json;

import org.jspecify.annotations.Nullable;
import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.base.MissingAttributesException;
import io.github.sscp.model.base.SscpException;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.rules.kpi.spc.Spc;
import io.github.sscp.rules.kpi.spc.SpcOptions;
import io.github.sscp.rules.kpi.spc.SpcResult;
import io.github.sscp.model.shape.Attribute;
import io.github.sscp.model.shape.Shape;
import io.github.sscp.model.shape.Shapes;
import io.github.sscp.model.shape.TypeRef;
import io.github.sscp.model.shape.ValueShape;
import io.github.sscp.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Binds a {@link Node} tree to model values, collecting every problem with its pointer and
 * position instead of stopping at the first. A value that cannot be built is reported and bound
 * as absent, so that its siblings are still checked.
 */
final class Binder {

  /** Read-only properties a KPI assessment's SPC part carries for consumers; recomputed on read. */
  static final Set<String> SPC_DERIVED = Set.of("groups", "variation", "assurance", "warnings");

  private final boolean lenient;
  final List<Problem> problems = new ArrayList<>();

  Binder(boolean lenient) {
    this.lenient = lenient;
  }

  /** The most problems one read reports; past it, one last problem says so. */
  static final int MAX_PROBLEMS = 1000;

  private void problem(Pointer pointer, Node at, String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(new Problem(pointer.toString(), at.line(), at.column(), message));
    } else if (problems.size() == MAX_PROBLEMS) {
      problems.add(new Problem(pointer.toString(), at.line(), at.column(), "more than " + MAX_PROBLEMS
          + " problems: the rest are not listed"));
    }
  }

  /** Binds a node to a type; null (with a problem recorded) if it cannot. */
  @Nullable Object bind(Node node, TypeRef type, String pointer) {
    return bind(node, type, Pointer.of(pointer));
  }

  @Nullable Object bind(Node node, TypeRef type, Pointer pointer) {
    Class<?> raw = type.raw();
    Shape shape = type.shape();
    switch (shape) {
      case OPTIONAL -> {
        Object v = node instanceof Node.NullNode ? null : bind(node, type.element(), pointer);
        return Optional.ofNullable(v);
      }
      case OPTIONAL_INT -> {
        Object v = node instanceof Node.NullNode ? null : bind(node, type.element(), pointer);
        return v == null ? OptionalInt.empty() : OptionalInt.of((Integer) v);
      }
      case OPTIONAL_LONG -> {
        Object v = node instanceof Node.NullNode ? null : bind(node, type.element(), pointer);
        return v == null ? OptionalLong.empty() : OptionalLong.of((Long) v);
      }
      case OPTIONAL_DOUBLE -> {
        Object v = node instanceof Node.NullNode ? null : bind(node, type.element(), pointer);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of((Double) v);
      }
      case LIST, SET -> {
        if (!(node instanceof Node.ArrayNode a)) {
          problem(pointer, node, "expected an array, found " + node.describe());
          return null;
        }
        Collection<Object> out = java.util.SortedSet.class.isAssignableFrom(raw) ? new java.util.TreeSet<>()
            : shape == Shape.SET ? new LinkedHashSet<>() : new ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
          Object v = bind(a.items().get(i), type.element(), pointer.child(i));
          if (v != null && !out.add(v)) {
            problem(pointer.child(i), a.items().get(i), "the value is given twice in a set");
          }
        }
        return out;
      }
      case MAP -> {
        return map(node, type, pointer);
      }
      default -> {
        // a single value, below
      }
    }
    if (node instanceof Node.NullNode) {
      problem(pointer, node, "a value is required here, not null");
      return null;
    }
    return switch (shape) {
      case STRING -> node instanceof Node.StringNode s ? s.value() : wrong(pointer, node, "a string");
      case BOOLEAN -> node instanceof Node.BooleanNode b ? b.value() : wrong(pointer, node, "true or false");
      case INT, LONG -> whole(node, pointer, shape == Shape.INT);
      case DOUBLE -> real(node, pointer);
      case DECIMAL -> decimal(node, pointer);
      case ENUM -> node instanceof Node.StringNode s ? enumValue(raw, s.value(), pointer, node)
          : wrong(pointer, node, "one of " + names(raw));
      case TEXT -> text(raw, node, pointer);
      case VALUE, RECORD -> object(raw, node, pointer);
      default -> raw == SpcResult.class ? spc(node, pointer)
          : wrong(pointer, node, "a value the format has no mapping for (" + raw.getSimpleName() + ")");
    };
  }

  private @Nullable Object map(Node node, TypeRef type, Pointer pointer) {
    if (!(node instanceof Node.ObjectNode o)) {
      problem(pointer, node, "expected an object, found " + node.describe());
      return null;
    }
    Class<?> keyType = type.key().raw();
    Map<Object, Object> out = java.util.SortedMap.class.isAssignableFrom(type.raw())
        ? new java.util.TreeMap<>() : new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : o.fields().entrySet()) {
      Pointer child = pointer.child(e.getKey());
      Object key = keyType.isEnum() ? enumValue(keyType, e.getKey(), child, e.getValue()) : e.getKey();
      Object v = bind(e.getValue(), type.element(), child);
      if (key != null && v != null) {
        out.put(key, v);
      }
    }
    if (keyType.isEnum() && !out.isEmpty()) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      Map<Object, Object> em = new EnumMap(keyType);
      em.putAll(out);
      return em;
    }
    return out;
  }

  private @Nullable Object wrong(Pointer pointer, Node node, String expected) {
    problem(pointer, node, "expected " + expected + ", found " + node.describe());
    return null;
  }

  private @Nullable Object whole(Node node, Pointer pointer, boolean isInt) {
    if (!(node instanceof Node.NumberNode n)) {
      return wrong(pointer, node, "a whole number");
    }
    try {
      BigDecimal v = n.value().stripTrailingZeros();
      return isInt ? (Object) v.intValueExact() : (Object) v.longValueExact();
    } catch (ArithmeticException e) {
      problem(pointer, node, "expected a whole number" + (isInt ? " within the int range" : "")
          + ", found " + n.text());
      return null;
    }
  }

  private @Nullable Object real(Node node, Pointer pointer) {
    if (node instanceof Node.StringNode s) {
      switch (s.value()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          return wrong(pointer, node, "a number (or \"NaN\", \"Infinity\", \"-Infinity\")");
      }
    }
    if (!(node instanceof Node.NumberNode n)) {
      return wrong(pointer, node, "a number");
    }
    double d = Double.parseDouble(n.text());
    if (!Double.isFinite(d)) {
      problem(pointer, node, "the number " + n.text() + " is out of range");
      return null;
    }
    return d;
  }

  private @Nullable Object decimal(Node node, Pointer pointer) {
    if (!(node instanceof Node.NumberNode n)) {
      return wrong(pointer, node, "a number");
    }
    if (n.text().indexOf('e') >= 0 || n.text().indexOf('E') >= 0) {
      problem(pointer, node, "exponents are not allowed in decimals, found " + n.text());
      return null;
    }
    return n.value();
  }

  /** An example of a text type's form, for a message: ", e.g. 2022-04-01/2027-04-01". */
  static String textExample(Class<?> raw) {
    return switch (raw.getSimpleName()) {
      case "DateRange" -> ", e.g. 2022-04-01/2027-04-01 (from the first day up to, not including,"
          + " the second; 2022-04-01/.. for no end)";
      case "LocalDate" -> ", e.g. 2024-07-01";
      case "YearMonth", "CalendarMonth" -> ", e.g. 2024-07";
      case "ReportingPeriod" -> ", e.g. 2024/25, 2024/25 Q3 or 2024-07";
      case "GssCode" -> ", e.g. E22000120";
      case "Money" -> ", e.g. GBP 1500.00";
      default -> "";
    };
  }

  private @Nullable Object text(Class<?> raw, Node node, Pointer pointer) {
    if (node instanceof Node.NumberNode n) {
      return wrong(pointer, node, "a string in " + raw.getSimpleName() + "'s text form (in YAML, quote"
          + " it: \"" + abbreviate(n.text()) + "\")");
    }
    if (!(node instanceof Node.StringNode s)) {
      return wrong(pointer, node, "a string in " + raw.getSimpleName() + "'s text form"
          + textExample(raw));
    }
    try {
      return Shapes.parse(raw, s.value());
    } catch (RuntimeException e) {
      problem(pointer, node, e.getMessage() == null ? "not a valid " + raw.getSimpleName()
          : String.valueOf(e.getMessage()));
      return null;
    }
  }

  private @Nullable Object enumValue(Class<?> raw, String name, Pointer pointer, Node node) {
    for (Object c : raw.getEnumConstants()) {
      if (((Enum<?>) c).name().equals(name)) {
        return c;
      }
    }
    problem(pointer, node, "\"" + abbreviate(name) + "\" is not one of " + names(raw));
    return null;
  }

  private static String names(Class<?> raw) {
    List<String> n = new ArrayList<>();
    for (Object c : raw.getEnumConstants()) {
      n.add(((Enum<?>) c).name());
    }
    String all = String.join(", ", n);
    return all.length() > 300 ? all.substring(0, 300) + "…" : all;
  }

  static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  private @Nullable Object object(Class<?> raw, Node node, Pointer pointer) {
    if (!(node instanceof Node.ObjectNode o)) {
      return wrong(pointer, node, "an object");
    }
    ValueShape value = ValueShape.of(raw);
    int before = problems.size();
    List<Attribute> attributes = value.attributes();
    Object[] bound = new Object[attributes.size()];
    int next = 0;
    for (Map.Entry<String, Node> e : o.fields().entrySet()) {
      // documents sscp writes list attributes in order: try the next one before the index
      int i = next < attributes.size() && attributes.get(next).name().equals(e.getKey()) ? next
          : value.indexOf(e.getKey());
      next = i + 1;
      if (i < 0) {
        if (!lenient) {
          problem(pointer.child(e.getKey()), e.getValue(), "unknown property \""
              + abbreviate(e.getKey()) + "\" for " + raw.getSimpleName() + " (" + String.join(", ",
                  attributes.stream().map(Attribute::name).toList()) + ")");
        }
        continue;
      }
      bound[i] = bind(e.getValue(), attributes.get(i).type(), pointer.child(e.getKey()));
    }
    for (Attribute a : attributes) {
      if (a.required() && !o.fields().containsKey(a.name())) {
        problem(pointer, node, "the property \"" + a.name() + "\" is required for "
            + raw.getSimpleName());
      }
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return value.create(bound);
    } catch (RuntimeException e) {
      construction(e, value, pointer, node);
      return null;
    }
  }

  /** A construction invariant's failure, at the attribute its message names when it names one. */
  private void construction(Throwable cause, ValueShape value, Pointer pointer, Node node) {
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    if (cause instanceof MissingAttributesException || cause instanceof InvalidValueException
        || cause instanceof IllegalArgumentException || cause instanceof SscpException) {
      int colon = message.indexOf(':');
      if (colon > 0) {
        String head = message.substring(0, colon).strip();
        // "provenance.note: …" from Provenance itself names its own attribute after the dot
        Optional<Attribute> a = value.attribute(head)
            .or(() -> value.attribute(head.substring(head.lastIndexOf('.') + 1)));
        if (a.isPresent()) {
          Node at = node instanceof Node.ObjectNode o && o.fields().containsKey(a.get().name())
              ? o.fields().get(a.get().name()) : node;
          problem(pointer.child(a.get().name()), at, message.substring(colon + 1).strip());
          return;
        }
      }
      problem(pointer, node, message);
      return;
    }
    problem(pointer, node, value.type().getSimpleName() + " could not be built: " + message);
  }

  /** An SPC result is re-derived from its points and options, so it is always consistent. */
  private @Nullable Object spc(Node node, Pointer pointer) {
    if (!(node instanceof Node.ObjectNode o)) {
      return wrong(pointer, node, "an object");
    }
    for (String name : o.fields().keySet()) {
      if (!name.equals("points") && !name.equals("options") && !SPC_DERIVED.contains(name) && !lenient) {
        problem(pointer.child(name), o.fields().get(name),
            "unknown property \"" + abbreviate(name) + "\" for an SPC result (points, options, "
                + String.join(", ", SPC_DERIVED) + ")");
      }
    }
    Node pointsNode = o.fields().get("points");
    Node optionsNode = o.fields().get("options");
    if (pointsNode == null || optionsNode == null) {
      problem(pointer, node, "an SPC result needs its \"points\" and \"options\"");
      return null;
    }
    Object options = bind(optionsNode, TypeRef.of(SpcOptions.class), pointer.child("options"));
    if (!(pointsNode instanceof Node.ArrayNode a)) {
      return wrong(pointer.child("points"), pointsNode, "an array");
    }
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < a.items().size(); i++) {
      Pointer at = pointer.child("points").child(i);
      Node p = a.items().get(i);
      if (!(p instanceof Node.ObjectNode po)) {
        wrong(at, p, "an object with \"value\" and, usually, \"period\"");
        continue;
      }
      Set<String> names = new HashSet<>(po.fields().keySet());
      names.removeAll(Set.of("period", "value", "group", "mean", "lowerLimit", "upperLimit",
          "lowerNear", "upperNear", "relativeToMean", "outsideLimits", "closeToLimits", "rules",
          "label", "type"));
      if (!names.isEmpty() && !lenient) {
        problem(at, p, "unknown properties " + names + " for an SPC point");
      }
      Object value = po.fields().containsKey("value") ? bind(po.fields().get("value"), TypeRef.of(double.class), at.child("value"))
          : wrong(at, p, "a \"value\"");
      Object period = po.fields().containsKey("period")
          ? bind(po.fields().get("period"), TypeRef.of(ReportingPeriod.class), at.child("period")) : null;
      if (value != null) {
        points.add(period == null ? SeriesPoint.of((Double) value)
            : SeriesPoint.of((ReportingPeriod) period, (Double) value));
      }
    }
    if (options == null || points.size() != a.items().size()) {
      return null;
    }
    try {
      return Spc.analyse(points, (SpcOptions) options);
    } catch (RuntimeException e) {
      problem(pointer, node, e.getMessage() == null ? e.toString() : String.valueOf(e.getMessage()));
      return null;
    }
  }
}
