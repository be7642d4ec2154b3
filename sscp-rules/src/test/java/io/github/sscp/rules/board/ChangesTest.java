package io.github.sscp.rules.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.governance.Officeholder;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.KeyCrimeIssue;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What changed between two boards, on hand-made pairs of versions: each kind, and none. */
class ChangesTest {

  static final Partnership NOW = Boards.partnership(110, 110, 110, 110);
  static final LocalDate THEN = Boards.LAW.minusMonths(3);

  static BoardChanges since(Partnership before) {
    return PackPreparation.of(NOW, Boards.LAW).prepareSince(before, THEN).changes().orElseThrow();
  }

  static Strategy plan(Partnership p) {
    return p.strategies().get(0);
  }

  static Partnership withPlan(Partnership p, Strategy s) {
    return Partnership.builder().from(p).strategies(List.of(s)).build();
  }

  @Test
  void theSameRecordsGiveNoChangeOtherThanVerdictsThatMovedWithTheData() {
    BoardChanges none = since(NOW);
    assertThat(none.since()).isEqualTo("the partnership as recorded for the board of 1 April 2025");
    assertThat(none.changes()).allMatch(c -> c.kind() == ChangeKind.VERDICT_MOVED);
    // the same data and the same date: nothing at all
    BoardPack pack = PackPreparation.of(NOW, Boards.LAW).prepare();
    assertThat(Changes.between(NOW, pack, NOW, pack, "x").changes()).isEmpty();
  }

  @Test
  void aNewChairAndAnotherOfficeAreNamedWithWhoHeldThemBefore() {
    Partnership before = Partnership.builder().from(NOW)
        .addPerson(Person.builder().id("old").displayName("Sam Before").build())
        .addPerson(Person.builder().id("cllr").displayName("Cllr Lead").build())
        .officeholders(List.of(Officeholder.builder().office(Office.CHAIR).personId("old").build(),
            Officeholder.builder().office(Office.LEAD_CABINET_MEMBER).personId("cllr").build()))
        .build();
    BoardChanges c = since(before);
    assertThat(c.of(ChangeKind.CHAIR)).extracting(ChangeLine::sentence)
        .containsExactly("New chair: Alex Chair (was Sam Before).");
    assertThat(c.of(ChangeKind.OFFICE)).extracting(ChangeLine::sentence)
        .containsExactly("Cllr Lead no longer holds the office of lead cabinet member.");
  }

  @Test
  void membersWhoJoinedAndLeftAreNamed() {
    Partnership before = Partnership.builder().from(NOW).memberships(NOW.memberships().stream()
        .filter(m -> !m.organisationId().equals("charity")).toList()).build();
    assertThat(since(before).of(ChangeKind.MEMBER_JOINED)).extracting(ChangeLine::sentence)
        .containsExactly("The charity joined the partnership.");
    BoardPack beforePack = PackPreparation.of(NOW, THEN).prepare();
    BoardPack afterPack = PackPreparation.of(before, Boards.LAW).prepare();
    assertThat(Changes.between(NOW, beforePack, before, afterPack, "x")
        .of(ChangeKind.MEMBER_LEFT)).extracting(ChangeLine::sentence)
        .containsExactly("The charity left the partnership.");
  }

  @Test
  void prioritiesKeyCrimeIssuesAndObsessionsAreMatchedByIdAddedRemovedOrReworded() {
    Strategy now = plan(NOW);
    Strategy before = Strategy.builder().from(now)
        .priorities(List.of(Priority.builder().id("safe").order(1).title("Safety first").build(),
            Priority.builder().id("old").order(3).title("Old priority").build()))
        .keyCrimeIssues(List.of(KeyCrimeIssue.builder().id("drugs").order(1).title("Drugs")
            .period(DateRange.of(LocalDate.of(2022, 4, 1), LocalDate.of(2024, 4, 1))).build()))
        .focusAreas(List.of(FocusArea.builder().from(now.focusAreas().get(0)).title("Break-ins")
            .keyCrimeIssueId(java.util.Optional.empty()).build()))
        .build();
    BoardChanges c = since(withPlan(NOW, before));
    assertThat(c.of(ChangeKind.PRIORITY_RENAMED)).extracting(ChangeLine::sentence)
        .containsExactly("Priority reworded: Safety first is now Keeping people safe.");
    assertThat(c.of(ChangeKind.PRIORITY_ADDED)).extracting(ChangeLine::sentence)
        .containsExactly("Priority added: Strong communities.");
    assertThat(c.of(ChangeKind.PRIORITY_REMOVED)).extracting(ChangeLine::sentence)
        .containsExactly("Priority removed: Old priority.");
    assertThat(c.of(ChangeKind.KEY_CRIME_ISSUE_ADDED)).extracting(ChangeLine::sentence)
        .containsExactly("Key crime issue added: Tackling theft (2024/25 to 2027/28).");
    assertThat(c.of(ChangeKind.KEY_CRIME_ISSUE_REMOVED)).extracting(ChangeLine::sentence)
        .containsExactly("Key crime issue removed: Drugs (2022/23 to 2023/24).");
    assertThat(c.of(ChangeKind.FOCUS_AREA_RENAMED)).extracting(ChangeLine::sentence)
        .containsExactly("Obsession reworded: Break-ins is now Burglary.");
    assertThat(c.of(ChangeKind.FOCUS_AREA_ADDED)).extracting(ChangeLine::sentence)
        .containsExactly("Obsession added: Anti-social behaviour.");
    assertThat(c.of(ChangeKind.MEASURE_ADDED)).extracting(ChangeLine::sentence)
        .containsExactly("Measure of success added: Anti-social behaviour.");
  }

  @Test
  void measuresRemovedTargetsChangedAndStrandsAreSaid() {
    Strategy now = plan(NOW);
    FocusArea burglary = now.focusAreas().get(0);
    MeasureBinding b = burglary.measuresOfSuccess().get(0);
    Strategy before = Strategy.builder().from(now)
        .statutoryStrands(EnumSet.of(StatutoryStrand.CRIME_AND_DISORDER,
            StatutoryStrand.SUBSTANCE_MISUSE, StatutoryStrand.REOFFENDING))
        .focusAreas(List.of(FocusArea.builder().from(burglary).measuresOfSuccess(List.of(
            MeasureBinding.builder().from(b).targets(List.of(Target.directionOnly(
                FinancialYear.of(2024)))).build())).build(),
            FocusArea.builder().id("vehicles").kind(FocusAreaKind.OBSESSION).title("Vehicles")
                .addPriorityId("safe").addMeasuresOfSuccess(MeasureBinding.of("vehicles"))
                .build()))
        .build();
    Partnership was = Partnership.builder().from(withPlan(NOW, before))
        .addMeasure(Boards.measure("vehicles", "Vehicle crime")).build();
    BoardChanges c = since(was);
    assertThat(c.of(ChangeKind.TARGET_CHANGED)).extracting(ChangeLine::sentence)
        .containsExactly("The targets of Residential burglary changed.");
    assertThat(c.of(ChangeKind.MEASURE_REMOVED)).extracting(ChangeLine::sentence)
        .containsExactly("Measure of success removed: Vehicle crime.");
    assertThat(c.of(ChangeKind.FOCUS_AREA_REMOVED)).extracting(ChangeLine::sentence)
        .containsExactly("Obsession removed: Vehicles.");
    assertThat(c.of(ChangeKind.STRANDS_CHANGED)).extracting(ChangeLine::sentence)
        .containsExactly("The statutory strands the strategy covers changed: it now covers"
            + " preventing involvement in serious violence (s6(1)(d)(i)) and reducing serious"
            + " violence (s6(1)(d)(ii)).");
  }

  @Test
  void aVerdictThatMovedIsSaidFromAndTo() {
    // the last board saw steady figures; this one sees 16 quarters ending in a rise
    Partnership steady = Boards.partnership(16, 101, 102, 100, 101);
    Partnership risen = Boards.partnership(16, 110, 110, 110, 110);
    BoardPack before = PackPreparation.of(steady, Boards.LAW).prepare();
    BoardPack after = PackPreparation.of(risen, Boards.LAW).prepare();
    assertThat(Changes.between(steady, before, risen, after, "x").of(ChangeKind.VERDICT_MOVED))
        .extracting(ChangeLine::sentence).containsExactly("Residential burglary: from common cause"
            + " variation to special cause of concern (high).");
  }
}
