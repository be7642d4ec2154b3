package io.github.sscp.rules.kpi;

import io.github.sscp.rules.kpi.spc.SpcOptions;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which parts of an assessment run and with what thresholds. By default every part runs, SPC uses
 * the reference's options and is rebased at the measure's recorded breaks, tests are at the 5%
 * level, windows below 10 carry a small-number caution and peer rates are per 1,000 people.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface KpiPolicy extends WithKpiPolicy {

  /** Every part, the reference's SPC, 5% tests. */
  KpiPolicy DEFAULT = new Builder().build();

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Parts to leave out. */
  Set<KpiPart> skip();

  /**
   * SPC options; the improvement direction comes from the measure's polarity, and rebase periods
   * from the measure's breaks are added to these.
   */
  @Value.Default
  default SpcOptions spc() {
    return SpcOptions.DEFAULT;
  }

  /** Start a new SPC group at each of the measure's recorded breaks. */
  @Value.Default
  default boolean rebaseAtRecordedBreaks() {
    return true;
  }

  /** The significance level of the exact tests; intervals have confidence 1 − alpha. */
  @Value.Default
  default double alpha() {
    return 0.05;
  }

  /** A window figure below this carries a small-number caution. */
  @Value.Default
  default double smallNumberThreshold() {
    return 10;
  }

  /** Peer rates are per this many people. */
  @Value.Default
  default double ratePer() {
    return 1000;
  }

  /**
   * Checks if a part runs.
   *
   * @param part the part, not null
   * @return true unless skipped
   */
  default boolean runs(KpiPart part) {
    return !skip().contains(part);
  }

  /** Construction invariants: 0 &lt; alpha &lt; 1, a threshold not negative, a positive rate base. */
  @Value.Check
  default void check() {
    if (!(alpha() > 0 && alpha() < 1)) {
      throw new IllegalArgumentException("alpha must be between 0 and 1, got " + alpha());
    }
    if (!(smallNumberThreshold() >= 0) || !(ratePer() > 0) || Double.isInfinite(ratePer())) {
      throw new IllegalArgumentException("need smallNumberThreshold >= 0 and ratePer > 0, got "
          + smallNumberThreshold() + " and " + ratePer());
    }
  }

  /** Builder for {@link KpiPolicy}. */
  class Builder extends ImmutableKpiPolicy.Builder {}
}
