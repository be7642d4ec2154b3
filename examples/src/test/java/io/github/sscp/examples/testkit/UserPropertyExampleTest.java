package io.github.sscp.examples.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.time.Rolling12Months;
import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.testkit.PartnershipSize;
import io.github.sscp.testkit.SscpGen;
import io.github.sscp.testkit.SscpSamples;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * How a user's test suite property-checks sscp with the testkit: a model invariant and a period
 * calculation with QuickTheories, and the same check from plain seeds for any other test tool.
 */
class UserPropertyExampleTest {

  @Test
  void anActionIsNeverOverdueBeforeItsDueDate() {
    qt().forAll(SscpGen.actions()).checkAssert(action ->
        action.dueDate().ifPresent(due -> assertThat(action.isOverdue(due)).isFalse()));
  }

  @Test
  void aRollingTwelveMonthWindowAndItsPreviousShareNoMonthAndMeetEdgeToEdge() {
    qt().forAll(SscpGen.rolling12Months()).checkAssert(r12 -> {
      Rolling12Months previous = r12.previousEquivalent();
      assertThat(previous.months()).doesNotContainAnyElementsOf(r12.months());
      assertThat(previous.endExclusive()).isEqualTo(r12.start());
    });
  }

  @Test
  void overdueActionsAreExactlyThoseDueBeforeTheDateAndStillOpen() {
    java.util.concurrent.atomic.AtomicInteger withOverdue = new java.util.concurrent.atomic
        .AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger withOpenNotOverdue = new java.util.concurrent.atomic
        .AtomicInteger();
    qt().forAll(SscpGen.partnerships(PartnershipSize.small()), SscpGen.dateRanges())
        .checkAssert((p, range) -> {
          var strategy = p.strategies().get(0);
          // the generated date, and the day after each action's due date, where overdue begins
          java.util.List<LocalDate> dates = new java.util.ArrayList<>(java.util.List.of(
              range.start()));
          strategy.actions().forEach(a -> a.dueDate().ifPresent(d -> dates.add(d.plusDays(1))));
          for (LocalDate asOf : dates) {
            java.util.List<Action> expected = new java.util.ArrayList<>();
            for (var focus : strategy.focusAreas()) {
              for (Action a : focus.howWeWillDoIt()) {
                boolean due = a.dueDate().isPresent() && a.dueDate().get().isBefore(asOf);
                if (due && !a.statusOn(asOf).isClosed()) {
                  expected.add(a);
                } else if (!a.statusOn(asOf).isClosed()) {
                  withOpenNotOverdue.incrementAndGet();
                }
              }
            }
            assertThat(strategy.overdueActions(asOf)).as("on %s", asOf)
                .containsExactlyElementsOf(expected);
            if (!expected.isEmpty()) {
              withOverdue.incrementAndGet();
            }
          }
        });
    // the property was tried where it says something: dates with overdue actions, and open
    // actions that were not yet due
    assertThat(withOverdue.get()).isPositive();
    assertThat(withOpenNotOverdue.get()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13})
  void seededSamplesServeAnyTestTool(long seed) {
    Partnership partnership = SscpSamples.partnership(seed);
    assertThat(ModelValidator.shared().validate(partnership)).isEmpty();
    assertThat(SscpSamples.partnership(seed)).isEqualTo(partnership);
  }
}
