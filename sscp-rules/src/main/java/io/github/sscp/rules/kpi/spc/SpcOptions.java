package io.github.sscp.rules.kpi.spc;

import io.github.sscp.model.time.ReportingPeriod;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How to analyse a series. The defaults equal NHSRplotthedots v0.2.2: improvement upwards, no
 * target, no rebasing, limits from every point, moving ranges screened, runs and trends of 7, the
 * two-in-three rule counting only points between the 2- and 3-sigma lines, strict assurance.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface SpcOptions extends WithSpcOptions {

  /** The reference's defaults. */
  SpcOptions DEFAULT = new Builder().build();

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Which way improvement lies. */
  @Value.Default
  default ImprovementDirection improvement() {
    return ImprovementDirection.INCREASE;
  }

  /** The target, for the assurance icon. */
  OptionalDouble target();

  /** Periods that start a new group with its own mean and limits; absent periods do nothing. */
  List<ReportingPeriod> rebaseAt();

  /** Positions (0-based) that start a new group, for a series without periods. */
  List<Integer> rebaseAtPositions();

  /** Compute each group's mean and limits from its first n points only (n at least 12). */
  OptionalInt fixAfterPoints();

  /** Drop moving ranges of 3.267 times the average or more before the limits (reference: on). */
  @Value.Default
  default boolean screenOutliers() {
    return true;
  }

  /** Points on one side of the mean that make a run (reference: 7; MDC's Excel tool offers 6). */
  @Value.Default
  default int runLength() {
    return 7;
  }

  /** Points that make a trend (reference: 7; WA Health's PowerBI-SPC uses 5). */
  @Value.Default
  default int trendLength() {
    return 7;
  }

  /** Count points beyond 3 sigma as "near the limit" in two-in-three (Making Data Count 2023). */
  @Value.Default
  default boolean twoInThreeIncludesBeyondLimits() {
    return false;
  }

  /**
   * Treat a target exactly on a limit as beyond it for assurance ({@code target >= UPL}); limits of
   * no width stay strict, so a constant process on its target is never "consistent fail".
   */
  @Value.Default
  default boolean assuranceIncludesLimits() {
    return false;
  }

  /** Groups with fewer points than this carry a warning (reference: 13). */
  @Value.Default
  default int shortGroupThreshold() {
    return 13;
  }

  /** Construction invariants: fixed limits need 12 points; runs and trends need at least 2. */
  @Value.Check
  default void check() {
    fixAfterPoints().ifPresent(n -> {
      if (n < 12) {
        throw new IllegalArgumentException("fixAfterPoints: limits may be fixed after 12 or more"
            + " points, not " + n);
      }
    });
    if (runLength() < 2 || trendLength() < 2) {
      throw new IllegalArgumentException("runLength and trendLength must be at least 2, got "
          + runLength() + " and " + trendLength());
    }
    if (target().isPresent() && !Double.isFinite(target().getAsDouble())) {
      throw new IllegalArgumentException("target must be a finite number, got " + target().getAsDouble());
    }
  }

  /** Builder for {@link SpcOptions}. */
  class Builder extends ImmutableSpcOptions.Builder {}
}
