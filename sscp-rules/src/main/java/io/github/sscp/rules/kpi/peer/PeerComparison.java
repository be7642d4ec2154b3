package io.github.sscp.rules.kpi.peer;

import io.github.sscp.model.measure.Polarity;
import io.github.sscp.rules.kpi.series.InsufficientDataException;
import io.github.sscp.rules.kpi.stats.ObservedVersusExpected;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Places an area among its peers. With a population for every area it compares rates: the rank,
 * the unweighted peer mean of rates (the area included), the exact test of the area's count against
 * the peer mean rate times its population, and the funnel position. Otherwise it ranks the
 * percentage change from each area's previous count; areas without one, or with a previous count
 * of 0, are left out and named in the notes.
 *
 * <p>Thread-safe: stateless.
 */
public final class PeerComparison {

  private PeerComparison() {}

  /**
   * Places an area among its peers, with rates per 1,000 people, a 5% significance level and 95%
   * intervals.
   *
   * @param areaId the area, which must be one of the peers, not null
   * @param peers the comparator group, the area included, not null
   * @param polarity which way is better, not null
   * @return the position, not null
   * @throws IllegalArgumentException if the area is not in the group or an id is repeated
   * @throws InsufficientDataException if fewer than two areas can be compared
   */
  public static PeerPosition compare(String areaId, List<PeerArea> peers, Polarity polarity) {
    return compare(areaId, peers, polarity, 1000, 0.05);
  }

  /**
   * Places an area among its peers.
   *
   * @param areaId the area, which must be one of the peers, not null
   * @param peers the comparator group, the area included, not null
   * @param polarity which way is better, not null
   * @param ratePer rates are per this many people, positive
   * @param alpha the significance level of the test, strictly between 0 and 1; its interval has
   *     confidence 1 − alpha
   * @return the position, not null
   * @throws IllegalArgumentException if the area is not in the group, an id is repeated or an
   *     argument is out of range
   * @throws InsufficientDataException if fewer than two areas can be compared
   */
  public static PeerPosition compare(String areaId, List<PeerArea> peers, Polarity polarity,
      double ratePer, double alpha) {
    if (!(ratePer > 0) || Double.isInfinite(ratePer) || !(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("need ratePer > 0 and 0 < alpha < 1, got " + ratePer
          + " and " + alpha);
    }
    Set<String> ids = new HashSet<>();
    PeerArea own = null;
    for (PeerArea p : peers) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException(p.id() + ": the area is in the group twice");
      }
      own = p.id().equals(areaId) ? p : own;
    }
    if (own == null) {
      throw new IllegalArgumentException(areaId + ": the area is not in its comparator group");
    }
    boolean rates = peers.stream().allMatch(p -> p.population().isPresent());
    List<String> notes = new ArrayList<>();
    List<PeerRow> rows = new ArrayList<>();
    for (PeerArea p : peers) {
      if (rates) {
        rows.add(new PeerRow(p.id(), p.count() / p.population().getAsDouble() * ratePer, 0));
      } else if (p.previousCount().isPresent() && p.previousCount().getAsLong() > 0) {
        long before = p.previousCount().getAsLong();
        rows.add(new PeerRow(p.id(), 100.0 * (p.count() - before) / before, 0));
      } else {
        if (p == own) {
          throw new InsufficientDataException(areaId + ": without populations peers are compared"
              + " on change, which needs the area's previous count, more than 0");
        }
        notes.add(p.id() + " left out: no previous count above 0 to measure change from");
      }
    }
    if (rows.size() < 2) {
      throw new InsufficientDataException("a peer comparison needs two or more areas; "
          + rows.size() + " can be compared");
    }
    if (!rates) {
      notes.add("not every area has a population, so areas are ranked on percentage change");
    }
    List<PeerRow> ranked = rank(rows, polarity, notes);
    double mean = ranked.stream().mapToDouble(PeerRow::value).average().orElseThrow();
    double sd = standardDeviation(ranked, mean);
    PeerRow mine = ranked.stream().filter(r -> r.id().equals(areaId)).findFirst().orElseThrow();
    Optional<ObservedVersusExpected> test = Optional.empty();
    Optional<FunnelPosition> funnel = Optional.empty();
    PeerStatus status = PeerStatus.NOT_TESTED;
    if (rates) {
      double expected = mean * own.population().getAsDouble() / ratePer;
      if (expected > 0) {
        ObservedVersusExpected t = ObservedVersusExpected.of(own.count(), expected, 1 - alpha);
        test = Optional.of(t);
        funnel = Optional.of(funnel(own.count(), expected));
        status = status(t, alpha, polarity);
      } else {
        notes.add("no area has any events, so there is nothing to test against");
      }
    }
    return new PeerPosition(areaId, rates ? PeerMethod.RATE : PeerMethod.PERCENT_CHANGE, ratePer,
        ranked, mine.rank(), mine.value(), mean, sd, test, funnel, status, notes);
  }

  /** Ranks best first; ties share the best rank ("1, 2, 2, 4"). */
  static List<PeerRow> rank(List<PeerRow> rows, Polarity polarity, List<String> notes) {
    Comparator<PeerRow> byValue = Comparator.comparingDouble(PeerRow::value);
    if (polarity == Polarity.HIGHER_IS_BETTER) {
      byValue = byValue.reversed();
    } else if (polarity != Polarity.LOWER_IS_BETTER) {
      notes.add("the measure has no better direction: rank 1 is the lowest value");
    }
    List<PeerRow> sorted = new ArrayList<>(rows);
    sorted.sort(byValue.thenComparing(PeerRow::id));
    List<PeerRow> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      PeerRow r = sorted.get(i);
      int rank = i > 0 && r.value() == sorted.get(i - 1).value() ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new PeerRow(r.id(), r.value(), rank));
    }
    return ranked;
  }

  private static double standardDeviation(List<PeerRow> rows, double mean) {
    if (rows.size() < 2) {
      return Double.NaN;
    }
    double sum = 0;
    for (PeerRow r : rows) {
      sum += (r.value() - mean) * (r.value() - mean);
    }
    return Math.sqrt(sum / (rows.size() - 1));
  }

  /** The funnel position of a count against the Poisson quantiles of the expected count. */
  static FunnelPosition funnel(long count, double expected) {
    return FunnelLimits.around(expected).position(count);
  }

  private static PeerStatus status(ObservedVersusExpected t, double alpha, Polarity polarity) {
    if (!t.isSignificant(alpha)) {
      return PeerStatus.NOT_SIGNIFICANTLY_DIFFERENT;
    }
    boolean higher = t.observed() > t.expected();
    return switch (polarity) {
      case LOWER_IS_BETTER -> higher ? PeerStatus.SIGNIFICANTLY_WORSE : PeerStatus.SIGNIFICANTLY_BETTER;
      case HIGHER_IS_BETTER -> higher ? PeerStatus.SIGNIFICANTLY_BETTER : PeerStatus.SIGNIFICANTLY_WORSE;
      case NEUTRAL, CONTEXT_ONLY -> higher ? PeerStatus.SIGNIFICANTLY_HIGHER : PeerStatus.SIGNIFICANTLY_LOWER;
    };
  }
}
