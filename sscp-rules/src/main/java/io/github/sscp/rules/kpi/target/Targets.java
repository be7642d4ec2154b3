package io.github.sscp.rules.kpi.target;

import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.ToleranceMode;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.rules.kpi.peer.PeerMethod;
import io.github.sscp.rules.kpi.peer.PeerPosition;
import io.github.sscp.rules.kpi.peer.PeerStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges values against targets. The shortfall is how much worse than the aim the value is, read
 * through the polarity (above the aim is worse when lower is better); the rating has its usual
 * meaning: met or better is green, short by no more than the tolerance policy's tolerance is amber,
 * short beyond it is red. With a relative policy the shortfall is a percentage of the aim's size;
 * against an aim of 0 any shortfall is red. Arithmetic is decimal, so a value exactly on the
 * tolerance is amber.
 *
 * <p>Thread-safe: stateless.
 */
public final class Targets {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Targets() {}

  /**
   * Judges a value against an absolute, percentage-change, direction-only or previous-outturn
   * target.
   *
   * @param target the target, not null
   * @param polarity which way is better, not null
   * @param actual the value for the target's period, if there is one
   * @param reference the baseline's value (for percentage-change and direction-only targets) or the
   *     previous year's outturn (for outturn targets), if known
   * @param policy the tolerance policy, not null
   * @return the assessment, not null
   */
  public static TargetAssessment assess(Target target, Polarity polarity, Optional<BigDecimal> actual,
      Optional<BigDecimal> reference, TolerancePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    if (polarity == Polarity.NEUTRAL || polarity == Polarity.CONTEXT_ONLY) {
      return notRated(target, actual, "the measure has no better direction ("
          + polarity.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
    }
    Optional<BigDecimal> aim = switch (target.type()) {
      case ABSOLUTE -> target.value();
      case PERCENT_CHANGE_FROM_BASELINE -> reference.map(r -> r.multiply(
          BigDecimal.ONE.add(target.value().orElseThrow().divide(HUNDRED, MathContext.DECIMAL64)),
          MathContext.DECIMAL64));
      case DIRECTION_ONLY, PREVIOUS_YEAR_OUTTURN -> reference;
      case PEER_RANK, PEER_AVERAGE, NOT_SIGNIFICANTLY_WORSE_THAN -> Optional.empty();
    };
    if (aim.isEmpty()) {
      return notRated(target, actual, switch (target.type()) {
        case PERCENT_CHANGE_FROM_BASELINE, DIRECTION_ONLY -> "there is no baseline to change from";
        case PREVIOUS_YEAR_OUTTURN -> "there is no outturn for the year before";
        default -> "peer targets are judged against a peer comparison";
      });
    }
    if (actual.isEmpty()) {
      return new TargetAssessment(target, TargetRating.NO_DATA, actual, aim, Optional.empty(),
          "no value for " + target.by());
    }
    BigDecimal shortfall = polarity == Polarity.LOWER_IS_BETTER
        ? actual.get().subtract(aim.get()) : aim.get().subtract(actual.get());
    return rate(target, actual.get(), aim.get(), shortfall, policy);
  }

  /**
   * Judges a peer target against a peer comparison: a rank target against the area's rank (lower
   * is better), a peer-average target against the peer mean rate through the polarity, and a
   * "not significantly worse" target against the exact test (red when significantly worse, green
   * otherwise; tolerance does not apply).
   *
   * @param target the target, a peer target, not null
   * @param polarity which way is better, not null
   * @param position the peer comparison, if there is one
   * @param policy the tolerance policy, not null
   * @return the assessment, not null
   * @throws IllegalArgumentException if the target is not a peer target
   */
  public static TargetAssessment assessAgainstPeers(Target target, Polarity polarity,
      Optional<PeerPosition> position, TolerancePolicy policy) {
    TargetType type = target.type();
    if (type != TargetType.PEER_RANK && type != TargetType.PEER_AVERAGE
        && type != TargetType.NOT_SIGNIFICANTLY_WORSE_THAN) {
      throw new IllegalArgumentException(type + " is not a peer target");
    }
    if (position.isEmpty()) {
      return new TargetAssessment(target, TargetRating.NO_DATA, Optional.empty(), Optional.empty(),
          Optional.empty(), "there is no peer comparison");
    }
    PeerPosition p = position.get();
    if (type == TargetType.PEER_RANK) {
      BigDecimal rank = BigDecimal.valueOf(p.rank());
      BigDecimal aim = target.value().orElseThrow();
      return rate(target, rank, aim, rank.subtract(aim), policy);
    }
    if (polarity == Polarity.NEUTRAL || polarity == Polarity.CONTEXT_ONLY) {
      return notRated(target, Optional.empty(), "the measure has no better direction");
    }
    if (type == TargetType.PEER_AVERAGE) {
      if (p.method() != PeerMethod.RATE) {
        return notRated(target, Optional.empty(), "peers were compared on change, not rates");
      }
      BigDecimal actual = BigDecimal.valueOf(p.value());
      BigDecimal aim = BigDecimal.valueOf(p.peerMean());
      BigDecimal shortfall = polarity == Polarity.LOWER_IS_BETTER ? actual.subtract(aim)
          : aim.subtract(actual);
      return rate(target, actual, aim, shortfall, policy);
    }
    if (p.status() == PeerStatus.NOT_TESTED) {
      return notRated(target, Optional.empty(), "peers were compared on change, so there is no test");
    }
    boolean worse = p.status() == PeerStatus.SIGNIFICANTLY_WORSE;
    return new TargetAssessment(target, worse ? TargetRating.RED : TargetRating.GREEN,
        Optional.of(BigDecimal.valueOf(p.value())), Optional.of(BigDecimal.valueOf(p.peerMean())),
        Optional.empty(), worse ? "significantly worse than the peer mean rate"
            : "not significantly worse than the peer mean rate");
  }

  private static TargetAssessment rate(Target target, BigDecimal actual, BigDecimal aim,
      BigDecimal shortfall, TolerancePolicy policy) {
    BigDecimal measured = shortfall;
    if (policy.mode() == ToleranceMode.RELATIVE) {
      if (aim.signum() == 0) {
        TargetRating r = shortfall.signum() > 0 ? TargetRating.RED : TargetRating.GREEN;
        return new TargetAssessment(target, r, Optional.of(actual), Optional.of(aim),
            Optional.empty(), r == TargetRating.RED
                ? "short of an aim of 0, where a relative tolerance cannot apply" : "aim of 0 met");
      }
      measured = shortfall.multiply(HUNDRED).divide(aim.abs(), MathContext.DECIMAL64);
    }
    TargetRating rating = measured.signum() <= 0 ? TargetRating.GREEN
        : measured.compareTo(policy.tolerance()) <= 0 ? TargetRating.AMBER : TargetRating.RED;
    String unit = policy.mode() == ToleranceMode.RELATIVE ? "%" : "";
    String reason = measured.signum() <= 0
        ? "met: " + plain(actual) + " against an aim of " + plain(aim)
        : "short by " + (unit.isEmpty() ? plain(measured.round(new MathContext(4)))
            : measured.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()) + unit + " ("
            + plain(actual)
            + " against an aim of " + plain(aim) + "); " + (rating == TargetRating.AMBER
                ? "within" : "beyond") + " the tolerance of " + plain(policy.tolerance()) + unit;
    return new TargetAssessment(target, rating, Optional.of(actual), Optional.of(aim),
        Optional.of(measured), reason);
  }

  private static TargetAssessment notRated(Target target, Optional<BigDecimal> actual, String why) {
    return new TargetAssessment(target, TargetRating.NOT_RATED, actual, Optional.empty(),
        Optional.empty(), "not rated: " + why);
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
