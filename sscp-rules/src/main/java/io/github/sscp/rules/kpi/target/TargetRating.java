package io.github.sscp.rules.kpi.target;

import io.github.sscp.model.measure.RagStatus;
import java.util.Optional;

/** The result of judging a value against a target. */
public enum TargetRating {
  /** Met or better. */
  GREEN,
  /** Short, by no more than the tolerance. */
  AMBER,
  /** Short by more than the tolerance (any shortfall, without a tolerance policy). */
  RED,
  /** There is no value for the target's period. */
  NO_DATA,
  /** The target cannot be judged: no baseline, no better direction, no peer comparison. */
  NOT_RATED;

  /**
   * Obtains the model's red, amber or green status.
   *
   * @return the status, or empty for no data and not rated
   */
  public Optional<RagStatus> rag() {
    return switch (this) {
      case GREEN -> Optional.of(RagStatus.GREEN);
      case AMBER -> Optional.of(RagStatus.AMBER);
      case RED -> Optional.of(RagStatus.RED);
      case NO_DATA, NOT_RATED -> Optional.empty();
    };
  }
}
