package io.github.sscp.json;

import io.github.sscp.model.shape.Attribute;
import io.github.sscp.model.shape.Shape;
import io.github.sscp.model.shape.TypeRef;
import io.github.sscp.model.shape.ValueShape;
import io.github.sscp.rules.kpi.spc.SpcResult;
import io.github.sscp.model.base.Ids;
import io.github.sscp.model.funding.Money;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.CalendarYear;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.FinancialYearToDate;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.time.Rolling12Months;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.rules.kpi.spc.SpcGroup;
import io.github.sscp.rules.kpi.spc.SpcOptions;
import io.github.sscp.rules.kpi.spc.SpcPoint;
import java.io.StringWriter;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The JSON Schema (2020-12) of each document kind, made from the same type knowledge the reader
 * and writer use, with descriptions taken from the model's javadoc (a resource generated from the
 * sources and checked by a test). Rules the schema cannot express — references between ids,
 * construction invariants such as a period's start before its end, the validator's consistency
 * checks — are the reader's alone.
 */
final class SchemaWriter {

  static final String BASE = "https://sscp.github.io/schema/" + SscpJson.VERSION + "/";

  static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
  static final String FY = "\\d{4}/\\d{2}";
  static final String DATE = "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])";
  static final Map<Class<?>, String> PATTERNS = Map.of(
      CalendarMonth.class, "^" + MONTH + "$",
      Quarter.class, "^" + FY + " Q[1-4]$",
      FinancialYear.class, "^" + FY + "$",
      FinancialYearToDate.class, "^" + FY + " YTD " + MONTH + "$",
      Rolling12Months.class, "^R12 " + MONTH + "$",
      CalendarYear.class, "^\\d{4}$",
      DateRange.class, "^(" + DATE + "|\\.\\.)/(" + DATE + "|\\.\\.)$",
      YearMonth.class, "^" + MONTH + "$",
      GssCode.class, "^[EWSNK]\\d{8}$",
      Money.class, "^(GBP )?-?\\d{1,15}(\\.\\d{1,2})?$");

  /** Text with at least one character that is not white space. */
  static final String NOT_BLANK = "\\S";


  /**
   * Makes the schema of a document kind.
   *
   * @param kind the kind
   * @param descriptions descriptions by type ("Partnership") and attribute ("Partnership.name")
   * @return the schema's text
   */
  static String generate(DocumentKind<?> kind, Map<String, String> descriptions) {
    return new SchemaWriter(descriptions).generate(kind);
  }

  private final Map<String, String> descriptions;

  private SchemaWriter(Map<String, String> descriptions) {
    this.descriptions = descriptions;
  }

  private String generate(DocumentKind<?> kind) {
    Map<String, Object> defs = new LinkedHashMap<>();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", BASE + kind.name() + ".schema.json");
    root.put("title", "sscp " + kind.name() + " document, format version " + SscpJson.VERSION);
    root.put("description", "An sscp document: the envelope (format, version, kind) around a "
        + kind.type().getSimpleName() + ".");
    root.put("type", "object");
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("format", Map.of("const", SscpJson.FORMAT));
    props.put("version", Map.of("const", SscpJson.VERSION));
    props.put("kind", Map.of("const", kind.name()));
    props.put("document", ref(kind.type(), defs));
    root.put("properties", props);
    root.put("required", List.of("format", "version", "kind", "document"));
    root.put("additionalProperties", false);
    root.put("$defs", defs);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(new ObjectWriteContext.Base() {
      @Override
      public tools.jackson.core.PrettyPrinter getPrettyPrinter() {
        return new DefaultPrettyPrinter();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    }, out)) {
      write(root, g);
    }
    return out + "\n";
  }

  private static void write(Object v, JsonGenerator g) {
    if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      // Map.of iterates in a per-run order; a schema must be the same bytes every time
      Map<?, ?> ordered = m instanceof LinkedHashMap<?, ?> ? m : new java.util.TreeMap<>(m);
      for (Map.Entry<?, ?> e : ordered.entrySet()) {
        g.writeName(e.getKey().toString());
        write(e.getValue(), g);
      }
      g.writeEndObject();
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object x : c) {
        write(x, g);
      }
      g.writeEndArray();
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(v.toString());
    }
  }

  private Map<String, Object> ref(Class<?> type, Map<String, Object> defs) {
    String name = defName(type);
    if (!defs.containsKey(name)) {
      defs.put(name, Map.of());
      defs.put(name, definition(type, defs));
    }
    return Map.of("$ref", "#/$defs/" + name);
  }

  private static Map<String, Object> described(Map<String, Object> schema, String text) {
    Map<String, Object> out = ordered(schema);
    out.put("description", text);
    return out;
  }

  /** An attribute's description, from the type or, for an inherited one, the type it is from. */
  private @org.jspecify.annotations.Nullable String attributeDescription(Class<?> type,
      String name) {
    String text = descriptions.get(defName(type) + "." + name);
    if (text != null) {
      return text;
    }
    for (Class<?> parent : type.getInterfaces()) {
      String inherited = attributeDescription(parent, name);
      if (inherited != null) {
        return inherited;
      }
    }
    return null;
  }

  private static String defName(Class<?> type) {
    return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
  }

  private Map<String, Object> definition(Class<?> type, Map<String, Object> defs) {
    Map<String, Object> d = new LinkedHashMap<>();
    String description = descriptions.get(defName(type));
    if (description != null) {
      d.put("description", description);
    }
    d.put("type", "object");
    Map<String, Object> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    if (type == SpcResult.class) {
      props.put("points", described(Map.of("type", "array", "items", ref(SpcPoint.class, defs)),
          "The points in order, each with its group's mean and limits and the rules that flag it."));
      props.put("options", described(ref(SpcOptions.class, defs), "The options the analysis used."));
      props.put("groups", described(Map.of("type", "array", "items", ref(SpcGroup.class, defs)),
          "The groups of points that share a mean and limits, one for each rebase (derived)."));
      props.put("variation", described(Map.of("type", "string"),
          "The variation icon of the latest point, e.g. SPECIAL_CAUSE_IMPROVEMENT (derived)."));
      props.put("assurance", described(Map.of("type", "string"),
          "The assurance icon against the target, when there is one (derived)."));
      props.put("warnings", described(Map.of("type", "array", "items", Map.of("type", "string")),
          "Cautions for the reader, e.g. limits on fewer than 13 points (derived)."));
      d.put("description", "An SPC analysis: its points and options; the groups, icons and warnings"
          + " are derived and recomputed when read.");
      d.put("properties", props);
      d.put("required", List.of("points", "options"));
      d.put("additionalProperties", false);
      return d;
    }
    for (Attribute a : ValueShape.of(type).attributes()) {
      Map<String, Object> p = ordered(schemaOf(a.type(), defs));
      constrain(p, a.constraints());
      constrainElements(p, a.type());
      String text = attributeDescription(type, a.name());
      if (text != null) {
        p.put("description", text);
      }
      props.put(a.name(), p);
      if (a.required()) {
        required.add(a.name());
      }
    }
    if (type == SpcPoint.class) {
      // a reader recomputes everything but the period and value
      required.retainAll(List.of("value"));
    }
    d.put("properties", props);
    if (!required.isEmpty()) {
      d.put("required", required);
    }
    d.put("additionalProperties", false);
    return d;
  }

  /** A mutable copy in a fixed order: Map.of iterates in an order that changes from run to run. */
  private static Map<String, Object> ordered(Map<String, Object> m) {
    return new LinkedHashMap<>(m instanceof LinkedHashMap<?, ?> ? m : new java.util.TreeMap<>(m));
  }

  /**
   * Adds what the model's Bean Validation constraints say that a schema can say too: blank text,
   * ids, signs, bounds and sizes.
   */
  @SuppressWarnings("unchecked")
  private static void constrain(Map<String, Object> p,
      List<java.lang.annotation.Annotation> annotations) {
    boolean array = "array".equals(p.get("type"));
    for (java.lang.annotation.Annotation an : annotations) {
      if (an instanceof Id) {
        p.put("pattern", "^" + Ids.PATTERN + "$");
      } else if (an instanceof NotBlank || an instanceof NotBlankIfPresent) {
        p.put("pattern", NOT_BLANK);
      } else if (an instanceof Positive) {
        p.put("exclusiveMinimum", 0);
      } else if (an instanceof PositiveOrZero) {
        p.put("minimum", 0);
      } else if (an instanceof Max max) {
        p.put("maximum", max.value());
      } else if (an instanceof Min min) {
        p.put("minimum", min.value());
      } else if (an instanceof jakarta.validation.constraints.Email) {
        p.put("format", "email");
      } else if (an instanceof Size size) {
        if (size.min() > 0) {
          p.put(array ? "minItems" : "minLength", size.min());
        }
        if (size.max() < Integer.MAX_VALUE) {
          p.put(array ? "maxItems" : "maxLength", size.max());
        }
      }
    }
  }

  /** Constraints on an Optional's value or a collection's elements ({@code List<@NotBlank String>}). */
  @SuppressWarnings("unchecked")
  private static void constrainElements(Map<String, Object> p, TypeRef type) {
    if (type.arguments().isEmpty()) {
      return;
    }
    TypeRef element = type.arguments().get(type.arguments().size() - 1);
    if (type.shape().isOptional()) {
      constrain(p, element.annotations());
    } else if (p.get("items") instanceof Map<?, ?> items) {
      Map<String, Object> copy = ordered((Map<String, Object>) items);
      constrain(copy, element.annotations());
      p.put("items", copy);
    } else if (p.get("additionalProperties") instanceof Map<?, ?> values) {
      Map<String, Object> copy = ordered((Map<String, Object>) values);
      constrain(copy, element.annotations());
      p.put("additionalProperties", copy);
    }
  }

  private Map<String, Object> schemaOf(TypeRef type, Map<String, Object> defs) {
    Class<?> raw = type.raw();
    Shape shape = type.shape();
    if (shape.isOptional()) {
      return schemaOf(type.element(), defs);
    }
    if (shape == Shape.LIST || shape == Shape.SET) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("type", "array");
      s.put("items", schemaOf(type.element(), defs));
      if (shape == Shape.SET) {
        s.put("uniqueItems", true);
      }
      return s;
    }
    if (shape == Shape.MAP) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("type", "object");
      Class<?> key = type.key().raw();
      if (key.isEnum()) {
        s.put("propertyNames", enumSchema(key));
      }
      s.put("additionalProperties", schemaOf(type.element(), defs));
      return s;
    }
    return switch (shape) {
      case STRING -> Map.of("type", "string");
      case BOOLEAN -> Map.of("type", "boolean");
      case INT -> Map.of("type", "integer", "minimum", Integer.MIN_VALUE, "maximum", Integer.MAX_VALUE);
      case LONG -> Map.of("type", "integer", "minimum", Long.MIN_VALUE, "maximum", Long.MAX_VALUE);
      case DOUBLE -> number();
      case DECIMAL -> Map.of("type", "number");
      case ENUM -> enumSchema(raw);
      case TEXT -> text(raw);
      case VALUE, RECORD -> ref(raw, defs);
      default -> {
        if (raw == SpcResult.class) {
          yield ref(raw, defs);
        }
        throw new IllegalArgumentException("the format has no mapping for " + raw.getName());
      }
    };
  }

  private static Map<String, Object> number() {
    return Map.of("oneOf", List.of(Map.of("type", "number"),
        Map.of("enum", List.of("NaN", "Infinity", "-Infinity"))));
  }

  private static Map<String, Object> enumSchema(Class<?> raw) {
    List<String> names = new ArrayList<>();
    for (Object c : raw.getEnumConstants()) {
      names.add(((Enum<?>) c).name());
    }
    return Map.of("type", "string", "enum", names);
  }

  private static Map<String, Object> text(Class<?> raw) {
    if (raw == LocalDate.class) {
      return Map.of("type", "string", "format", "date", "pattern", "^" + DATE + "$");
    }
    if (raw == ReportingPeriod.class) {
      List<Object> any = new ArrayList<>();
      for (Class<?> k : List.of(CalendarMonth.class, Quarter.class, FinancialYear.class,
          FinancialYearToDate.class, Rolling12Months.class, CalendarYear.class, DateRange.class)) {
        any.add(Map.of("pattern", PATTERNS.get(k)));
      }
      return Map.of("type", "string", "anyOf", any);
    }
    String pattern = PATTERNS.get(raw);
    return pattern == null ? Map.of("type", "string") : Map.of("type", "string", "pattern", pattern);
  }
}
