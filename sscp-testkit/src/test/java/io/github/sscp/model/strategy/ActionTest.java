package io.github.sscp.model.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.measure.RagStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionTest {

  static final LocalDate DUE = LocalDate.of(2024, 3, 31);

  static Action.Builder dueEndOfMarch() {
    return Action.builder().id("a").title("Install CCTV").ownerOrganisationId("council").dueDate(DUE);
  }

  @Test
  void isOverdueFromTheDayAfterItWasDue() {
    Action action = dueEndOfMarch().status(ActionStatus.IN_PROGRESS).build();
    assertThat(action.isOverdue(DUE)).isFalse();
    assertThat(action.isOverdue(DUE.plusDays(1))).isTrue();
    assertThat(action.isOverdue(DUE.minusDays(1))).isFalse();
    assertThat(dueEndOfMarch().status(ActionStatus.NOT_STARTED).build().isOverdue(DUE.plusDays(1))).isTrue();
    assertThat(Action.builder().id("a").title("t").ownerOrganisationId("o").build()
        .isOverdue(DUE.plusYears(5))).isFalse();
  }

  @Test
  void completedLateWasOverdueUntilTheDayItWasCompleted() {
    Action done = dueEndOfMarch().status(ActionStatus.COMPLETE).completedDate(LocalDate.of(2024, 6, 30))
        .build();
    assertThat(done.isOverdue(LocalDate.of(2024, 5, 1))).isTrue();
    assertThat(done.isOverdue(LocalDate.of(2024, 6, 29))).isTrue();
    assertThat(done.isOverdue(LocalDate.of(2024, 6, 30))).isFalse();
    assertThat(done.isOverdue(LocalDate.of(2024, 7, 1))).isFalse();
    assertThat(done.statusOn(LocalDate.of(2024, 5, 1))).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(done.statusOn(LocalDate.of(2024, 6, 30))).isEqualTo(ActionStatus.COMPLETE);
  }

  @Test
  void cancelledIsNeverOverdueWithoutHistory_butOnlyFromItsUpdateWithOne() {
    Action cancelled = dueEndOfMarch().status(ActionStatus.CANCELLED).build();
    assertThat(cancelled.isOverdue(DUE.plusDays(1))).isFalse();
    assertThat(cancelled.isOverdue(DUE.plusYears(1))).isFalse();
    Action cancelledInMay = dueEndOfMarch().status(ActionStatus.CANCELLED)
        .addUpdate(ProgressUpdate.of(LocalDate.of(2024, 1, 10), ActionStatus.IN_PROGRESS))
        .addUpdate(ProgressUpdate.of(LocalDate.of(2024, 5, 1), ActionStatus.CANCELLED)).build();
    assertThat(cancelledInMay.isOverdue(LocalDate.of(2024, 4, 30))).isTrue();
    assertThat(cancelledInMay.isOverdue(LocalDate.of(2024, 5, 1))).isFalse();
  }

  @Test
  void statusOnADateFollowsTheUpdates() {
    Action a = dueEndOfMarch().status(ActionStatus.AT_RISK)
        .addUpdate(ProgressUpdate.builder().date(LocalDate.of(2024, 1, 10)).status(ActionStatus.ON_TRACK)
            .rag(RagStatus.GREEN).build())
        .addUpdate(ProgressUpdate.builder().date(LocalDate.of(2024, 2, 10)).status(ActionStatus.AT_RISK)
            .rag(RagStatus.AMBER).build())
        .build();
    assertThat(a.statusOn(LocalDate.of(2024, 1, 9))).isEqualTo(ActionStatus.NOT_STARTED);
    assertThat(a.statusOn(LocalDate.of(2024, 1, 10))).isEqualTo(ActionStatus.ON_TRACK);
    assertThat(a.statusOn(LocalDate.of(2024, 2, 9))).isEqualTo(ActionStatus.ON_TRACK);
    assertThat(a.statusOn(LocalDate.of(2024, 2, 10))).isEqualTo(ActionStatus.AT_RISK);
    assertThat(dueEndOfMarch().status(ActionStatus.OFF_TRACK).build().statusOn(LocalDate.of(2000, 1, 1)))
        .isEqualTo(ActionStatus.OFF_TRACK);
  }

  @Test
  void invariantsNameTheActionAndTheDates() {
    Action action = dueEndOfMarch().status(ActionStatus.IN_PROGRESS).build();
    assertThatThrownBy(() -> action.withStatus(ActionStatus.COMPLETE))
        .hasMessageStartingWith("completedDate:").hasMessageContaining("action a");
    assertThatThrownBy(() -> action.withCompletedDate(LocalDate.of(2024, 1, 1)))
        .hasMessageStartingWith("completedDate:");
    assertThatThrownBy(() -> action.withStartDate(LocalDate.of(2024, 4, 1)))
        .hasMessageStartingWith("dueDate:").hasMessageContaining("2024-03-31");
    assertThatThrownBy(() -> dueEndOfMarch().status(ActionStatus.COMPLETE)
        .startDate(LocalDate.of(2024, 1, 1)).completedDate(LocalDate.of(2023, 12, 31)).build())
        .hasMessageStartingWith("completedDate:");
    assertThatThrownBy(() -> dueEndOfMarch()
        .addUpdate(ProgressUpdate.of(LocalDate.of(2024, 2, 1), ActionStatus.ON_TRACK))
        .addUpdate(ProgressUpdate.of(LocalDate.of(2024, 1, 1), ActionStatus.ON_TRACK)).build())
        .hasMessageStartingWith("updates[1].date:");
    assertThatThrownBy(() -> dueEndOfMarch()
        .addUpdate(ProgressUpdate.of(LocalDate.of(2024, 2, 1), ActionStatus.COMPLETE)).build())
        .hasMessageStartingWith("updates[0].status:");
  }
}
