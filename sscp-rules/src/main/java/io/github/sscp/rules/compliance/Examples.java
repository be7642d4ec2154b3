package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Minimal partnerships — a name, an area, a nation and a structure, nothing else — and each
 * rule's example on one: the YAML that, added to such a file, records what satisfies the rule.
 * {@code sscp rules --explain} prints it, docs/LAW.md shows it, and a test adds it to the minimal
 * partnership and checks the finding is met, so the explanation cannot drift from the rule.
 */
public final class Examples {

  /** The date examples are worked on, after every dated version of today's law. */
  public static final LocalDate ON = LocalDate.of(2026, 4, 1);

  private Examples() {}

  /**
   * Obtains a minimal partnership.
   *
   * @param nation England or Wales, not null
   * @param structure its structure, not null
   * @param merged whether it covers several districts by a combination agreement
   * @return the partnership, not null
   */
  public static Partnership minimal(Nation nation, LocalGovernmentStructure structure,
      boolean merged) {
    boolean wales = nation == Nation.WALES;
    Partnership.Builder b = Partnership.builder().id("your-partnership")
        .name("Your Community Safety Partnership").nation(nation)
        .area(GeographyRef.of(GssCode.of(wales ? "W14000001" : "E22000001"), "Your area"))
        .structure(structure).merged(merged);
    if (merged) {
      b.addCoveredArea(GeographyRef.builder().name("First district")
          .code(GssCode.of("E07000001")).type(io.github.sscp.model.geography.GeographyType
              .LOCAL_AUTHORITY_DISTRICT).build());
      b.addCoveredArea(GeographyRef.builder().name("Second district")
          .code(GssCode.of("E07000002")).type(io.github.sscp.model.geography.GeographyType
              .LOCAL_AUTHORITY_DISTRICT).build());
    }
    return b.build();
  }

  /**
   * The minimal partnerships a rule is tried on, in order: a unitary (or Welsh) one, a district
   * in a two-tier area, a merged one.
   *
   * @param jurisdiction where, not null
   * @return the partnerships, not null
   */
  public static List<Partnership> settings(Jurisdiction jurisdiction) {
    if (jurisdiction == Jurisdiction.WALES) {
      return List.of(minimal(Nation.WALES, LocalGovernmentStructure.WELSH_PRINCIPAL_AREA, false));
    }
    return List.of(minimal(Nation.ENGLAND, LocalGovernmentStructure.UNITARY, false),
        minimal(Nation.ENGLAND, LocalGovernmentStructure.TWO_TIER_DISTRICT, false),
        minimal(Nation.ENGLAND, LocalGovernmentStructure.UNITARY, true), withRecords());
  }

  /**
   * A minimal unitary partnership in England with a plan in force, a completed domestic homicide
   * review and a serious violence strategy: for the rules that apply only once such records
   * exist.
   *
   * @return the partnership, not null
   */
  public static Partnership withRecords() {
    Partnership p = minimal(Nation.ENGLAND, LocalGovernmentStructure.UNITARY, false);
    return Partnership.builder().from(p)
        .addStrategy(io.github.sscp.model.strategy.Strategy.builder().id("plan")
            .title("Community safety plan").status(io.github.sscp.model.strategy.StrategyStatus.ACTIVE)
            .period(io.github.sscp.model.time.DateRange.of(LocalDate.of(2025, 4, 1),
                LocalDate.of(2028, 4, 1)))
            .statutoryStrands(Records.strandsRequired(ON)).build())
        .statutory(io.github.sscp.model.statutory.StatutoryRecords.builder()
            .addReview(io.github.sscp.model.statutory.StatutoryReview.builder().id("review-1")
                .kind(io.github.sscp.model.statutory.StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW)
                .decision(io.github.sscp.model.statutory.ReviewDecision.COMMISSIONED)
                .notifiedOn(LocalDate.of(2025, 1, 10)).decidedOn(LocalDate.of(2025, 1, 31))
                .publishedOn(LocalDate.of(2026, 1, 15)).build())
            .seriousViolenceDuty(io.github.sscp.model.statutory.SeriousViolenceDuty.builder()
                .strategy(io.github.sscp.model.statutory.SeriousViolenceStrategy.builder()
                    .title("Serious violence strategy").build()).build())
            .build())
        .build();
  }

  /**
   * The date a rule's example is worked on: {@link #ON}, or the day before the rule was repealed.
   *
   * @param rule the rule, not null
   * @return the date, not null
   */
  public static LocalDate date(Rule rule) {
    return rule.versions().stream().filter(RuleVersion::repeal).map(RuleVersion::from)
        .flatMap(Optional::stream).min(LocalDate::compareTo).map(d -> d.minusDays(1)).orElse(ON);
  }

  /**
   * Works out a rule's example: the first minimal partnership, in the first jurisdiction the rule
   * has a version in, where the rule applies and is not met, with the YAML that records what
   * satisfies it.
   *
   * @param rule the rule, not null
   * @return the partnership and the YAML, or empty when the rule applies to none of them
   */
  public static Optional<Example> of(Rule rule) {
    LocalDate on = date(rule);
    for (Jurisdiction j : Jurisdiction.values()) {
      if (rule.versionOn(j, on).isEmpty()) {
        continue;
      }
      for (Partnership p : settings(j)) {
        Finding f = Catalogue.evaluate(rule, p, on, j);
        if (f.outcome() != Outcome.NOT_APPLICABLE && f.outcome() != Outcome.MET
            && f.record().isPresent()) {
          return Optional.of(new Example(p, on, f.record().get()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A rule's example.
   *
   * @param partnership the minimal partnership it is worked on, not null
   * @param on the date, not null
   * @param yaml what to add to its file, not null
   */
  public record Example(Partnership partnership, LocalDate on, String yaml) {}
}
