package io.github.sscp.model.strategy;

import io.github.sscp.model.measure.RagStatus;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated update on an action: its status from that day, optionally a RAG rating (for partnerships
 * that RAG-rate their action plan) and a note.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface ProgressUpdate extends WithProgressUpdate {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains an update with a status only.
   *
   * @param date the day it applies from, not null
   * @param status the status from that day, not null
   * @return the update, not null
   */
  static ProgressUpdate of(LocalDate date, ActionStatus status) {
    return builder().date(date).status(status).build();
  }

  /** The day the update applies from. */
  LocalDate date();

  /** The action's status from that day. */
  ActionStatus status();

  /** The RAG rating given, if the partnership rates its actions. */
  Optional<RagStatus> rag();

  /** How far through the action is, 0 to 100. */
  Optional<@PositiveOrZero @Max(100) Integer> percentComplete();

  /** What happened. */
  Optional<@NotBlankIfPresent String> note();

  /** Builder for {@link ProgressUpdate}. */
  class Builder extends ImmutableProgressUpdate.Builder {}
}
