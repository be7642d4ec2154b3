package io.github.sscp.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.PartnerCategory;
import io.github.sscp.testkit.PartnershipRecipes;
import io.github.sscp.testkit.PartnershipSize;
import io.github.sscp.testkit.SscpSamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated partnerships (the testkit's seeded samples; seed below, printed on
 * failure): findings are deterministic and independent of record order; nothing applies before the
 * law began; an unrelated partner changes no responsible-authority finding; unverified law is never
 * "not met"; the timeline reproduces direct evaluation on any date.
 */
class CompliancePropertiesTest {

  static final long SEED = 20261127L;
  static final List<Partnership> SAMPLES = SscpSamples.of(PartnershipRecipes.partnership(
      PartnershipSize.typical()), SEED, 25);
  static final Catalogue LAW = Catalogue.statutory();

  static LocalDate randomDate(Random r) {
    return LocalDate.of(2000, 1, 1).plusDays(r.nextInt(365 * 27));
  }

  static List<Outcome> outcomes(ComplianceReport r) {
    return r.findings().stream().map(Finding::outcome).toList();
  }

  @Test
  void findingsAreDeterministicAndIndependentOfRecordOrder() {
    Random random = new Random(SEED);
    for (Partnership p : SAMPLES) {
      LocalDate day = randomDate(random);
      List<Membership> members = new ArrayList<>(p.memberships());
      Collections.shuffle(members, random);
      List<io.github.sscp.model.strategy.Strategy> strategies = new ArrayList<>(p.strategies());
      Collections.shuffle(strategies, random);
      List<io.github.sscp.model.governance.Meeting> meetings = new ArrayList<>(p.meetings());
      Collections.shuffle(meetings, random);
      Partnership shuffled = Partnership.builder().from(p).memberships(members).strategies(strategies)
          .meetings(meetings).build();
      ComplianceReport a = LAW.evaluate(p, day);
      assertThat(outcomes(LAW.evaluate(p, day))).as("seed %d, %s", SEED, day).isEqualTo(outcomes(a));
      assertThat(outcomes(LAW.evaluate(shuffled, day))).as("seed %d, %s, %s", SEED, p.id(), day)
          .isEqualTo(outcomes(a));
    }
  }

  @Test
  void beforeAnyRuleBeganEveryFindingIsNotApplicable() {
    for (Partnership p : SAMPLES) {
      assertThat(LAW.evaluate(p, LocalDate.of(1990, 1, 1)).findings())
          .allMatch(f -> f.outcome() == Outcome.NOT_APPLICABLE);
    }
  }

  @Test
  void anUnrelatedPartnerChangesNoResponsibleAuthorityFinding() {
    Random random = new Random(SEED + 1);
    for (Partnership p : SAMPLES) {
      LocalDate day = randomDate(random);
      Partnership more = Partnership.builder().from(p).addOrganisation(Organisation.builder()
              .id("unrelated-charity").name("A charity").type(OrganisationType.VOLUNTARY_OR_COMMUNITY).build())
          .addMembership(Membership.nonStatutory("unrelated-charity", PartnerCategory.values()[0])).build();
      ComplianceReport a = LAW.evaluate(p, day);
      ComplianceReport b = LAW.evaluate(more, day);
      for (Finding f : a.findings()) {
        if (f.holder() == DutyHolder.RESPONSIBLE_AUTHORITIES && f.ruleId().startsWith("CDA98-S5")) {
          assertThat(b.finding(f.ruleId()).outcome()).as("%s on %s", f.ruleId(), day).isEqualTo(f.outcome());
        }
      }
    }
  }

  @Test
  void unverifiedOrLowConfidenceLawNeverYieldsNotMet() {
    Random random = new Random(SEED + 2);
    for (Partnership p : SAMPLES) {
      for (int i = 0; i < 4; i++) {
        for (Finding f : LAW.evaluate(p, randomDate(random)).findings()) {
          if (f.confidence().advisoryOnly()) {
            assertThat(f.outcome()).as(f.ruleId()).isNotEqualTo(Outcome.NOT_MET);
          }
        }
      }
    }
  }

  @Test
  void thePartnershipsVerdictNeverDependsOnADutyAnotherHolderOwes() {
    Random random = new Random(SEED + 4);
    for (Partnership p : SAMPLES) {
      LocalDate day = randomDate(random);
      // take away every record that only other holders' duties read: the councils' scrutiny
      // committees and their meetings, the ASB case review's relevant bodies' arrangements, the
      // serious violence duty's specified authorities' arrangements
      java.util.Set<String> committees = new java.util.HashSet<>();
      p.governanceBodies().stream().filter(b -> b.statutoryFunctions().contains(
          io.github.sscp.model.governance.StatutoryFunction.CRIME_AND_DISORDER_SCRUTINY))
          .forEach(b -> committees.add(b.id()));
      Partnership without = Partnership.builder().from(p)
          .governanceBodies(p.governanceBodies().stream().filter(b -> !committees.contains(b.id()))
              .toList())
          .meetings(p.meetings().stream().filter(m -> !committees.contains(m.bodyId())
              && !m.business().contains(io.github.sscp.model.governance.MeetingBusiness
                  .CRIME_AND_DISORDER_SCRUTINY)).toList())
          .statutory(io.github.sscp.model.statutory.StatutoryRecords.builder()
              .from(p.statutory()).asbCaseReview(java.util.Optional.empty())
              .seriousViolenceDuty(java.util.Optional.empty()).build()).build();
      ComplianceReport a = LAW.evaluate(p, day);
      ComplianceReport b = LAW.evaluate(without, day);
      assertThat(b.verdict()).as("seed %d, %s on %s", SEED, p.id(), day).isEqualTo(a.verdict());
      for (Finding f : a.findings()) {
        if (ComplianceReport.isPartnerships(f.holder())) {
          assertThat(b.finding(f.ruleId()).outcome()).as("%s on %s", f.ruleId(), day)
              .isEqualTo(f.outcome());
        }
      }
      // and whatever the other holders' findings say, the verdict reads only the partnership's
      List<Finding> flipped = new ArrayList<>();
      for (Finding f : a.findings()) {
        flipped.add(ComplianceReport.isPartnerships(f.holder()) ? f : new Finding(f.ruleId(),
            f.title(), Outcome.values()[random.nextInt(Outcome.values().length)], f.holder(),
            f.holderOrganisationIds(), f.owedBy(), f.sentence(), f.evidence(), f.citation(),
            f.fix(), f.record(), f.confidence()));
      }
      assertThat(new ComplianceReport(a.partnership(), day, a.jurisdiction(), flipped).verdict())
          .isEqualTo(a.verdict());
    }
  }

  /** A rule id, an enum name, a path into the model or a field name: words for machines. */
  static final java.util.regex.Pattern MACHINE_WORDS = java.util.regex.Pattern.compile(
      "\\b(?:CDA98|SI2007|WSI20\\d\\d|PJA06|PRSRA11|DVCVA04|ASBCPA14|PCSC22|DHR|VPA24)-"
          + "|\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b|\\[\\d+\\]|\\b[a-z]+[A-Z][A-Za-z]*\\b");

  @Test
  void sentencesAndFixesAreWordsForPeople() {
    Random random = new Random(SEED + 5);
    List<Partnership> places = new ArrayList<>(SAMPLES);
    places.add(Csp.england().build());
    places.add(Csp.wales());
    for (Partnership p : places) {
      for (int i = 0; i < 3; i++) {
        LocalDate day = randomDate(random);
        for (Finding f : LAW.evaluate(p, day).findings()) {
          assertThat(MACHINE_WORDS.matcher(f.sentence()).find())
              .as("seed %d, %s on %s: %s", SEED, f.ruleId(), day, f.sentence()).isFalse();
          f.fix().ifPresent(x -> assertThat(MACHINE_WORDS.matcher(x).find())
              .as("seed %d, %s on %s: %s", SEED, f.ruleId(), day, x).isFalse());
          assertThat(f.sentence()).as(f.ruleId()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        }
      }
    }
  }

  @Test
  void theTimelineReproducesDirectEvaluationOnAnyDate() {
    Random random = new Random(SEED + 3);
    LocalDate from = LocalDate.of(2008, 1, 1);
    LocalDate to = LocalDate.of(2026, 12, 31);
    for (Partnership p : SAMPLES.subList(0, 10)) {
      List<TimelineEntry> timeline = LAW.timeline(p, from, to);
      ComplianceReport start = LAW.evaluate(p, from);
      for (int i = 0; i < 8; i++) {
        LocalDate day = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay())));
        ComplianceReport direct = LAW.evaluate(p, day);
        for (Finding f : start.findings()) {
          Outcome expected = timeline.stream().filter(e -> e.ruleId().equals(f.ruleId())
                  && !e.date().isAfter(day)).reduce((x, y) -> y).map(TimelineEntry::after)
              .orElse(f.outcome());
          assertThat(direct.finding(f.ruleId()).outcome()).as("%s on %s (seed %d)", f.ruleId(), day, SEED)
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void aLocalRuleJoinsTheCatalogueButCannotReuseAStatutoryId() {
    Rule quarterly = StatutoryRule.builder("LOCAL-BOARD-QUARTERLY", "The board meets every quarter")
        .source("Partnership terms of reference", "para 4", "https://example.org/tor")
        .version(RuleVersion.from(LocalDate.of(2020, 1, 1), "the board meets at least once a quarter",
            Confidence.HIGH))
        .check(c -> c.partnership().meetings().stream().anyMatch(m -> !m.date().isAfter(c.asOf())
            && m.date().isAfter(c.asOf().minusMonths(3)))
            ? c.met("The board met in the last three months.", List.of("meetings"))
            : c.notMet("The board has not met in the last three months.", "Meet this quarter.", List.of()))
        .build();
    Catalogue local = LAW.with(quarterly);
    assertThat(local.rules()).hasSize(LAW.rules().size() + 1);
    assertThat(local.evaluate(Csp.england().build(), LocalDate.of(2024, 1, 1)).finding("LOCAL-BOARD-QUARTERLY")
        .outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(Catalogue.isStatutory("LOCAL-BOARD-QUARTERLY")).isFalse();
    Rule impostor = StatutoryRule.builder("CDA98-S5-RA-COUNCIL", "Mine").source("x", "y", "z")
        .version(RuleVersion.from(LocalDate.of(2020, 1, 1), "x", Confidence.HIGH))
        .check(c -> c.advisory("x", List.of())).build();
    assertThatThrownBy(() -> Catalogue.empty().with(impostor))
        .hasMessage("CDA98-S5-RA-COUNCIL: a local rule cannot reuse a statutory id");
    assertThatThrownBy(() -> local.with(quarterly)).hasMessageContaining("already has a rule");
  }

  @Test
  void theCatalogueListsEveryRuleWithSourceDatesAndConfidence() {
    List<String> ids = LAW.rules().stream().map(Rule::id).collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates().contains("CDA98-S5-RA-COUNCIL", "CDA98-S6-1D-SERIOUS-VIOLENCE",
        "SI2007-R13A-PLAN-TO-PCC", "PJA06-S19-CDC-ANNUAL", "ASBCPA14-S104-THRESHOLD", "PCSC22-S11-SPECIFIED-AUTHS",
        "VPA24-S19-DARDR");
    for (Rule r : LAW.rules()) {
      assertThat(r.source().url()).as(r.id()).startsWith("http");
      assertThat(r.versions()).as(r.id()).isNotEmpty();
    }
    assertThat(LAW.upcoming()).extracting(Information::id).contains("VPA24-S19-DARDR",
        "ASB-PENDING-CPB2025", "DAA21-PT4-SAFE-ACCOMMODATION", "CTSA15-S26-PREVENT", "PCSC22-OWHR");
    assertThat(LAW.evaluate(Csp.england().build(), LocalDate.of(2026, 1, 1)).findings())
        .noneMatch(f -> f.ruleId().equals("VPA24-S19-DARDR"));
  }
}
