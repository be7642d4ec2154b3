package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.Partnership;
import io.github.sscp.rules.compliance.ComplianceReport;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.spc.SpcResult;
import io.github.sscp.testkit.PartnershipRecipes;
import io.github.sscp.testkit.PartnershipSize;
import io.github.sscp.testkit.SscpSamples;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every model value reachable from the three document kinds is written as exactly its attributes
 * that hold a value — never {@code {}}, never a builder method or a derived getter — both by a
 * plain Jackson mapper with the module and inside sscp's envelope. The attributes are found here
 * independently of the library: an Immutables type's abstract accessors and the default methods
 * its builder can set, a record's components.
 */
class ModelShapesTest {

  static final JsonMapper MODULE = JsonMapper.builder().findAndAddModules().build();

  /** The attributes of a model type, found from its declaration. */
  static List<Method> attributes(Class<?> type) {
    List<Method> out = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        out.add(rc.getAccessor());
      }
      return out;
    }
    Set<String> settable = new TreeSet<>();
    try {
      Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      Method factory;
      try {
        factory = type.getMethod("builder");
      } catch (NoSuchMethodException e) {
        factory = generated.getMethod("builder");
      }
      for (Method m : factory.getReturnType().getMethods()) {
        if (m.getParameterCount() == 1) {
          settable.add(m.getName());
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type + " has no Immutables builder", e);
    }
    for (Method m : type.getMethods()) {
      boolean accessor = m.getParameterCount() == 0 && m.getReturnType() != void.class
          && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass().getName().startsWith("io.github.sscp.");
      // abstract accessors, and defaults (@Value.Default is not kept at run time) a builder can set
      if (accessor && (Modifier.isAbstract(m.getModifiers()) || settable.contains(m.getName()))) {
        out.add(m);
      }
    }
    return out;
  }

  static boolean isModelValue(Object o) {
    Class<?> c = o.getClass();
    return c.getName().startsWith("io.github.sscp.") && !c.isEnum()
        && (c.isRecord() || c.getSimpleName().startsWith("Immutable")) && !(o instanceof SpcResult);
  }

  static Class<?> modelType(Object o) {
    Class<?> c = o.getClass();
    if (c.isRecord()) {
      return c;
    }
    for (Class<?> i : c.getInterfaces()) {
      if (!i.getSimpleName().startsWith("With")) {
        return i;
      }
    }
    return c.getSuperclass();
  }

  static boolean present(Object v) {
    return !(v == null || v instanceof Optional<?> o && o.isEmpty()
        || v instanceof OptionalInt oi && oi.isEmpty() || v instanceof OptionalLong ol && ol.isEmpty()
        || v instanceof OptionalDouble od && od.isEmpty()
        || v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty());
  }

  /** The richest instance seen of each model type, found by walking documents. */
  final Map<Class<?>, Object> richest = new HashMap<>();

  void walk(Object o) {
    if (o instanceof Optional<?> opt) {
      opt.ifPresent(this::walk);
    } else if (o instanceof Collection<?> c) {
      c.forEach(this::walk);
    } else if (o instanceof Map<?, ?> m) {
      m.values().forEach(this::walk);
    } else if (o instanceof SpcResult r) {
      r.points().forEach(this::walk);
      walk(r.options());
    } else if (o != null && isModelValue(o)) {
      Class<?> type = modelType(o);
      long count = attributes(type).stream().filter(m -> present(invoke(m, o))).count();
      Object best = richest.get(type);
      if (best == null || attributes(type).stream().filter(m -> present(invoke(m, best))).count() < count) {
        richest.put(type, o);
      }
      for (Method m : attributes(type)) {
        walk(invoke(m, o));
      }
    }
  }

  static Object invoke(Method m, Object o) {
    try {
      m.setAccessible(true);
      return m.invoke(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.propertyNames().forEach(names::add);
    return names;
  }

  @Test
  void everyModelValueIsWrittenAsExactlyItsPresentAttributes() {
    for (Partnership p : SscpSamples.of(PartnershipRecipes.partnership(PartnershipSize.typical()),
        20261127L, 12)) {
      walk(p);
      walk(io.github.sscp.rules.compliance.Catalogue.statutory().evaluate(p, java.time.LocalDate.of(2024, 7, 1)));
    }
    org.quicktheories.QuickTheory.qt().withExamples(RoundTripPropertiesTest.examples(60))
        .forAll(Documents.kpiAssessments()).checkAssert(this::walk);
    // the other document kinds, each with every attribute present
    List<Partnership> some = SscpSamples.of(PartnershipRecipes.partnership(PartnershipSize.typical()),
        20261206L, 6);
    for (Partnership p : some) {
      walk(io.github.sscp.rules.compliance.Catalogue.statutory().timelineOf(p,
          java.time.LocalDate.of(2015, 4, 1), java.time.LocalDate.of(2026, 3, 31)));
      walk(new io.github.sscp.data.files.DataImport(p.observations().entries(),
          List.of(new io.github.sscp.data.files.FileImport(
              io.github.sscp.data.files.DataFileKind.TIDY, List.of("a.csv"),
              new io.github.sscp.data.ImportSummary(List.of("a.csv"), 3, 2,
                  new java.util.TreeMap<>(Map.of("bad value", 1L)),
                  List.of(new io.github.sscp.data.RowProblem("a.csv", 3, "bad value", "'x'")), 1,
                  new java.util.TreeSet<>(Set.of("own")), new java.util.TreeSet<>(Set.of("2024-05")),
                  new java.util.TreeMap<>(Map.of("negative count kept", 1L)),
                  new java.util.TreeSet<>(Set.of("Portsmouth"))),
              new java.util.TreeSet<>(Set.of("m")), Map.of("m", "m"))),
          Set.of("a publication"), p.comparatorGroups().stream().findFirst(), List.of("a note"),
          Map.of("m/own/2024-05", "a.csv:2")));
    }
    org.quicktheories.QuickTheory.qt().withExamples(RoundTripPropertiesTest.examples(20))
        .forAll(Documents.kpiAssessments()).checkAssert(a -> walk(
            new io.github.sscp.rules.kpi.MeasureAssessments("p", "P",
                java.util.Optional.of(java.time.LocalDate.of(2026, 3, 31)), List.of(a))));
    walk(io.github.sscp.rules.compliance.Catalogue.statutory().describe());
    // board packs of generated partnerships, with rates, peers and changes from another sample
    for (int i = 0; i + 1 < some.size(); i++) {
      walk(io.github.sscp.rules.board.PackPreparation.of(some.get(i + 1),
          java.time.LocalDate.of(2026, 7, 1)).withPopulations(code -> java.util.Optional.of(
              new io.github.sscp.model.geography.AreaPopulation(code, code.value(), 100_000, 2021,
                  "test")), "test populations")
          .prepareSince(some.get(i), java.time.LocalDate.of(2025, 7, 1)));
    }
    // a peer panel on rates, a rate and a change with every part present
    walk(new io.github.sscp.rules.board.PeerPanel(io.github.sscp.rules.kpi.peer.PeerMethod.RATE, 3,
        3, 1000, 1.47, io.github.sscp.rules.kpi.peer.PeerStatus.SIGNIFICANTLY_WORSE,
        java.util.Optional.of(io.github.sscp.rules.kpi.peer.FunnelPosition.ABOVE_99_8),
        List.of(new io.github.sscp.rules.board.PeerLine("Safer Town", true, 440,
            java.util.OptionalLong.of(200_000), 2.2, 3, java.util.Optional.of(
                io.github.sscp.rules.kpi.peer.FunnelLimits.around(293.3)))),
        java.util.Optional.of("Census 2021"), "3rd of 3 on rate per 1,000 residents",
        List.of("a note")));
    walk(new io.github.sscp.rules.board.RateFigure(2.2, 1000, java.util.OptionalLong.of(200_000),
        2021, "Census 2021"));
    walk(new io.github.sscp.rules.board.YearOnYear(440, 404, java.util.OptionalDouble.of(8.9),
        java.util.OptionalDouble.of(0.2), false, false, true, "up 8.9%"));
    walk(io.github.sscp.rules.kpi.stats.CountComparison.of(
        io.github.sscp.rules.kpi.stats.RateComparison.of(933, 863)));
    walk(io.github.sscp.rules.kpi.stats.CountInterval.byar(0, 0.95));
    walk(io.github.sscp.rules.kpi.stats.ObservedVersusExpected.of(933, 671.5, 0.95));
    // a second capacity with its dates and source; priorities set by a stated method
    walk(io.github.sscp.model.organisation.OrganisationCapacity.builder()
        .type(io.github.sscp.model.organisation.OrganisationType.FIRE_AND_RESCUE)
        .validity(io.github.sscp.model.time.DateRange.ofUnboundedEnd(java.time.LocalDate.of(2017, 5, 8)))
        .provenance(io.github.sscp.model.base.Provenance.sourced("Greater Manchester order 2017"))
        .build());
    walk(io.github.sscp.model.strategy.PrioritySetting.builder()
        .method(io.github.sscp.model.strategy.PrioritySettingMethod.SCORING_MATRIX)
        .note("scored against harm, volume and public concern")
        .provenance(io.github.sscp.model.base.Provenance.sourced("strategy, p. 4")).build());
    walk(new Validation("f.yaml", false, List.of(new Problem("/document/nation", 3, 7, "m"))));
    // typical generated partnerships hold no combination agreement
    org.quicktheories.QuickTheory.qt().withExamples(RoundTripPropertiesTest.examples(20))
        .forAll(io.github.sscp.testkit.SscpGen.combinationAgreements()).checkAssert(this::walk);
    assertThat(richest.keySet()).as("model types seen").contains(Partnership.class,
        ComplianceReport.class, KpiAssessment.class);
    Set<String> checked = new TreeSet<>();
    for (Map.Entry<Class<?>, Object> e : richest.entrySet()) {
      Class<?> type = e.getKey();
      Object value = e.getValue();
      if (value instanceof io.github.sscp.model.time.ReportingPeriod
          || value instanceof io.github.sscp.model.geography.GssCode
          || value instanceof io.github.sscp.model.funding.Money) {
        // text types: their canonical text, not their record components ("negative", "wholeMonths")
        assertThat(MODULE.readTree(MODULE.writeValueAsString(value)).stringValue()).as("%s", type)
            .isEqualTo(value.toString());
        checked.add(type.getSimpleName());
        continue;
      }
      Set<String> expected = new TreeSet<>();
      for (Method m : attributes(type)) {
        if (present(invoke(m, value))) {
          expected.add(m.getName());
        }
      }
      JsonNode written = MODULE.readTree(MODULE.writeValueAsString(value));
      assertThat(written.isObject() ? names(written) : Set.of(written.toString())).as("%s", type.getName())
          .isEqualTo(expected);
      if (!expected.isEmpty()) {
        checked.add(type.getSimpleName());
      }
    }
    Set<String> inSchemas = new TreeSet<>();
    for (DocumentKind<?> kind : DocumentKind.all()) {
      names(MODULE.readTree(SscpJson.schema(kind)).get("$defs")).forEach(inSchemas::add);
    }
    // an SPC result is written as its points and options with derived parts (below)
    inSchemas.removeAll(Set.of("SpcResult", "SpcGroup"));
    assertThat(checked).as("types checked with at least one attribute").containsAll(inSchemas);
    KpiAssessment withSpc = (KpiAssessment) richest.get(KpiAssessment.class);
    JsonNode spc = MODULE.readTree(MODULE.writeValueAsString(withSpc)).get("spc");
    assertThat(names(spc)).contains("points", "options", "groups", "variation");
    assertThat(spc.get("groups").get(0).get("mean").doubleValue())
        .isEqualTo(withSpc.spc().orElseThrow().groups().get(0).mean());
  }

  @Test
  void theModuleReadsWhatItWritesAndRefusesBuilderNames() {
    Partnership p = SscpSamples.partnership(20261127L);
    String json = MODULE.writeValueAsString(p);
    assertThat(MODULE.readValue(json, Partnership.class)).isEqualTo(p);
    assertThat(json).isEqualTo(MODULE.writeValueAsString(MODULE.readValue(json, Partnership.class)));
    String withBuilderName = json.replaceFirst("\\{", "{\"addOrganisations\": [],");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MODULE.readValue(withBuilderName, Partnership.class))
        .isInstanceOf(tools.jackson.databind.DatabindException.class)
        .hasMessageContaining("/addOrganisations").hasMessageContaining("unknown property");
  }

  @Test
  void theModuleWritesWhatTheEnvelopeHolds() {
    Partnership p = SscpSamples.partnership(20261128L);
    JsonNode envelope = MODULE.readTree(SscpJson.standard().write(p, Format.JSON));
    assertThat(envelope.get("document")).isEqualTo(MODULE.readTree(MODULE.writeValueAsString(p)));
  }

  @Test
  void theModuleIsFoundByServiceLoader() {
    assertThat(java.util.ServiceLoader.load(tools.jackson.databind.JacksonModule.class).stream()
        .map(x -> x.get().getModuleName())).contains(SscpJsonModule.NAME);
  }

  @Test
  void withoutTheModuleAPlainMapperLosesTheModel() {
    // the trap the module exists for: a default mapper cannot see an Immutables value's attributes
    Partnership p = SscpSamples.partnership(20261127L);
    JsonMapper plain = JsonMapper.builder().build();
    org.assertj.core.api.Assertions.assertThatCode(() -> {
      String json = plain.writeValueAsString(p.area().provenance());
      assertThat(names(plain.readTree(json))).isNotEqualTo(names(MODULE.readTree(MODULE.writeValueAsString(
          p.area().provenance()))));
    }).doesNotThrowAnyException();
  }

}
