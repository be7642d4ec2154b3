package io.github.sscp.testkit;

import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.Baseline;
import io.github.sscp.model.measure.BindingRole;
import io.github.sscp.model.measure.BreakKind;
import io.github.sscp.model.measure.CrimeCategories;
import io.github.sscp.model.measure.CrimeCategory;
import io.github.sscp.model.measure.CrimeCategorySystem;
import io.github.sscp.model.measure.DataSource;
import io.github.sscp.model.measure.DenominatorKind;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.measure.ObservationStatus;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.RateBase;
import io.github.sscp.model.measure.SeriesBreak;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.model.measure.ToleranceMode;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.time.CalendarMonth;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recipes for the {@code measure} package: values valid for each value type, crime categories,
 * measure definitions (with rate bases and series breaks), baselines, targets, bindings, tolerance
 * policies and observation logs with revisions, breakdowns and suppressed values.
 */
public final class MeasureRecipes {

  static final List<String> CRIME_CATEGORY_IDS =
      CrimeCategories.all().stream().map(CrimeCategory::id).toList();

  private MeasureRecipes() {}

  /**
   * Obtains values valid for a measure of the given type.
   *
   * @param type the value type, not null
   * @return the recipe, not null
   */
  public static Recipe<BigDecimal> value(ValueType type) {
    return d -> switch (type) {
      case COUNT -> BigDecimal.valueOf(d.between(0, 500));
      case RANK -> BigDecimal.valueOf(d.between(1, 20));
      case BOOLEAN -> BigDecimal.valueOf(d.between(0, 1));
      case PERCENTAGE -> Parts.decimal(d, 1000, 1);
      case RATE, DURATION, RATIO -> Parts.decimal(d, 100_000, 2);
      case CURRENCY -> Parts.decimal(d, 10_000_000, 2);
    };
  }

  /**
   * Obtains crime categories of the local code system.
   *
   * @return the recipe, not null
   */
  public static Recipe<CrimeCategory> crimeCategory() {
    return d -> {
      String code = d.pick(Parts.WORDS) + "-" + d.intBetween(0, 99);
      return CrimeCategory.of("local/" + code, CrimeCategorySystem.LOCAL, code, Parts.words(d, 3));
    };
  }

  /**
   * Obtains data sources.
   *
   * @return the recipe, not null
   */
  public static Recipe<DataSource> dataSource() {
    return d -> {
      DataSource.Builder b = DataSource.builder().name(Parts.words(d, 4));
      if (d.chance(50)) {
        b.publisher(d.pick(List.of("Home Office", "Office for National Statistics", "data.police.uk")))
            .licence("Open Government Licence v3.0");
      }
      return b.build();
    };
  }

  /**
   * Obtains rate bases.
   *
   * @return the recipe, not null
   */
  public static Recipe<RateBase> rateBase() {
    return d -> RateBase.builder().per(d.pick(List.of(1000, 10_000, 100_000)))
        .denominator(d.pick(DenominatorKind.class)).source("ONS mid-year population estimates")
        .year(d.intBetween(2015, 2025)).build();
  }

  /**
   * Obtains series breaks.
   *
   * @return the recipe, not null
   */
  public static Recipe<SeriesBreak> seriesBreak() {
    return d -> SeriesBreak.builder().date(Parts.yearMonth(d).atDay(1)).kind(d.pick(BreakKind.class))
        .description(Parts.words(d, 6)).source(Parts.words(d, 3)).build();
  }

  /**
   * Obtains measure definitions referring only to built-in crime categories.
   *
   * @return the recipe, not null
   */
  public static Recipe<MeasureDefinition> measureDefinition() {
    return d -> measureDefinition(d, Parts.id(d, "measure"));
  }

  static MeasureDefinition measureDefinition(Draws d, String id) {
    ValueType type = d.chance(70) ? ValueType.COUNT : d.pick(ValueType.class);
    MeasureDefinition.Builder b = MeasureDefinition.builder().id(id).name(Parts.words(d, 4))
        .valueType(type).unit(type == ValueType.COUNT ? "offences" : type.name().toLowerCase(java.util.Locale.ROOT))
        .polarity(d.pick(Polarity.class)).frequency(d.pick(Frequency.class))
        .dataSource(dataSource().make(d))
        .crimeCategoryIds(Parts.list(d, 0, 2, i -> d.pick(CRIME_CATEGORY_IDS)))
        .breaks(Parts.list(d, 0, 1, i -> seriesBreak().make(d)))
        .provenance(GeographyRecipes.provenance().make(d));
    if (type == ValueType.RATE) {
      b.rateBase(rateBase().make(d));
    }
    return b.build();
  }

  /**
   * Obtains baselines.
   *
   * @return the recipe, not null
   */
  public static Recipe<Baseline> baseline() {
    return d -> Baseline.builder().period(TimeRecipes.reportingPeriod().make(d))
        .value(Parts.decimal(d, 100_000, 0)).provenance(GeographyRecipes.provenance().make(d)).build();
  }

  /**
   * Obtains targets of every type, with a value exactly when the type needs one.
   *
   * @return the recipe, not null
   */
  public static Recipe<Target> target() {
    return d -> target(d, false);
  }

  static Target target(Draws d, boolean directionOnly) {
    TargetType type = directionOnly ? TargetType.DIRECTION_ONLY : d.pick(TargetType.class);
    Target.Builder b = Target.builder().type(type).by(TimeRecipes.financialYear().make(d))
        .provenance(GeographyRecipes.provenance().make(d));
    if (type.needsValue()) {
      b.value(type == TargetType.PERCENT_CHANGE_FROM_BASELINE
          ? BigDecimal.valueOf(d.between(-50, 50)) : BigDecimal.valueOf(d.between(1, 1000)));
    }
    return b.build();
  }

  /**
   * Obtains tolerance policies, absolute or relative.
   *
   * @return the recipe, not null
   */
  public static Recipe<TolerancePolicy> tolerancePolicy() {
    return d -> tolerancePolicy(d, Parts.id(d, "tolerance"));
  }

  static TolerancePolicy tolerancePolicy(Draws d, String id) {
    return TolerancePolicy.builder().id(id).mode(d.pick(ToleranceMode.class))
        .tolerance(BigDecimal.valueOf(d.between(0, 20))).build();
  }

  /**
   * Obtains bindings to a measure, with only direction-only targets (valid for any polarity).
   *
   * @return the recipe, not null
   */
  public static Recipe<MeasureBinding> measureBinding() {
    return d -> binding(d, Parts.id(d, "measure"), true, List.of(), List.of());
  }

  static MeasureBinding binding(Draws d, String measureId, boolean directionOnly,
      List<String> groupIds, List<String> toleranceIds) {
    MeasureBinding.Builder b = MeasureBinding.builder().measureId(measureId)
        .role(d.pick(BindingRole.class)).targets(Parts.list(d, 0, 2, i -> target(d, directionOnly)));
    if (d.chance(40)) {
      b.baseline(baseline().make(d));
    }
    if (!groupIds.isEmpty() && d.chance(30)) {
      b.comparatorGroupId(d.pick(groupIds));
    }
    if (!toleranceIds.isEmpty() && d.chance(30)) {
      b.tolerancePolicyId(d.pick(toleranceIds));
    }
    return b.build();
  }

  /**
   * Obtains observations of a count measure for a partnership area.
   *
   * @return the recipe, not null
   */
  public static Recipe<Observation> observation() {
    return d -> Observation.builder().id(Parts.id(d, "obs")).measureId(Parts.id(d, "measure"))
        .geography(GeographyRecipes.gssCode(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).make(d))
        .period(TimeRecipes.reportingPeriod().make(d)).value(value(ValueType.COUNT).make(d)).build();
  }

  /**
   * Obtains observation logs of up to 12 entries, sometimes with revisions.
   *
   * @return the recipe, not null
   */
  public static Recipe<ObservationLog> observationLog() {
    return d -> observationLog(d, List.of(measureDefinition(d, "measure-0")),
        Optional.of(GeographyRecipes.gssCode(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).make(d)),
        0, 12);
  }

  /**
   * A log of monthly observations, one series per measure and breakdown: entry i is for month
   * start + i, so no two current entries share a series and a period; some entries revise an
   * earlier one, a few break down by crime category, and a few are suppressed.
   */
  static ObservationLog observationLog(Draws d, List<MeasureDefinition> measures,
      Optional<GssCode> area, int min, int max) {
    int n = d.intBetween(min, max);
    List<Observation> entries = new ArrayList<>(n);
    List<Observation> revisable = new ArrayList<>();
    YearMonth start = Parts.yearMonth(d);
    for (int i = 0; i < n; i++) {
      MeasureDefinition m = d.pick(measures);
      Observation o;
      if (!revisable.isEmpty() && d.chance(15)) {
        Observation old = revisable.remove(d.intBetween(0, revisable.size() - 1));
        MeasureDefinition om = measures.stream().filter(x -> x.id().equals(old.measureId()))
            .findFirst().orElseThrow();
        o = Observation.builder().from(old).id("obs-" + i).value(value(om.valueType()).make(d))
            .status(ObservationStatus.REVISED).supersedesId(old.id()).build();
      } else {
        Observation.Builder b = Observation.builder().id("obs-" + i).measureId(m.id())
            .geography(area).period(CalendarMonth.of(start.plusMonths(i)))
            .source(Parts.words(d, 3));
        if (d.chance(10)) {
          b.status(ObservationStatus.SUPPRESSED);
        } else {
          b.value(value(m.valueType()).make(d))
              .status(d.pick(List.of(ObservationStatus.FINAL, ObservationStatus.PROVISIONAL)));
        }
        if (d.chance(15)) {
          b.putBreakdown("crimeCategory", d.pick(CRIME_CATEGORY_IDS));
        }
        o = b.build();
      }
      entries.add(o);
      revisable.add(o);
    }
    return ObservationLog.of(entries);
  }
}
