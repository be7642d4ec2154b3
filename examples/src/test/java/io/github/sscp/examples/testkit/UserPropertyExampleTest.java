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
    qt().forAll(SscpGen.partnerships(PartnershipSize.small()), SscpGen.dateRanges())
        .checkAssert((p, range) -> {
          LocalDate asOf = range.start();
          var strategy = p.strategies().get(0);
          assertThat(strategy.overdueActions(asOf)).allSatisfy((Action a) -> {
            assertThat(a.dueDate()).hasValueSatisfying(due -> assertThat(due).isBefore(asOf));
            assertThat(a.statusOn(asOf).isClosed()).isFalse();
          });
        });
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13})
  void seededSamplesServeAnyTestTool(long seed) {
    Partnership partnership = SscpSamples.partnership(seed);
    assertThat(ModelValidator.shared().validate(partnership)).isEmpty();
    assertThat(SscpSamples.partnership(seed)).isEqualTo(partnership);
  }
}
