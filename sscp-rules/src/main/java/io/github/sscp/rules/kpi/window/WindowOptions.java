package io.github.sscp.rules.kpi.window;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * How to compare windows: add or average, the count below which a comparison carries a
 * small-number caution, the confidence level of the rate-ratio interval and the recording breaks
 * that make a comparison across them unlike for like.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface WindowOptions extends WithWindowOptions {

  /** Counts added up, caution below 10, 95% confidence, no breaks. */
  WindowOptions DEFAULT = new Builder().build();

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** How a window's points become one figure. */
  @Value.Default
  default Aggregation aggregation() {
    return Aggregation.SUM;
  }

  /**
   * Either window's figure below this carries a small-number caution. The default, 10, is where
   * PHE's methods move from exact to approximate intervals for one count.
   */
  @Value.Default
  default double smallNumberThreshold() {
    return 10;
  }

  /** The confidence level of the rate-ratio interval. */
  @Value.Default
  default double confidence() {
    return 0.95;
  }

  /** Dates the series' recording changed; windows either side of one are flagged. */
  List<LocalDate> breaks();

  /** Construction invariants: a confidence strictly between 0 and 1, a threshold not negative. */
  @Value.Check
  default void check() {
    if (!(confidence() > 0 && confidence() < 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence());
    }
    if (!(smallNumberThreshold() >= 0)) {
      throw new IllegalArgumentException("smallNumberThreshold must be 0 or more, got "
          + smallNumberThreshold());
    }
  }

  /** Builder for {@link WindowOptions}. */
  class Builder extends ImmutableWindowOptions.Builder {}
}
