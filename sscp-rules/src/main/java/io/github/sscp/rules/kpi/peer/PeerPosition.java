package io.github.sscp.rules.kpi.peer;

import io.github.sscp.rules.kpi.stats.ObservedVersusExpected;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An area's position in its comparator group.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param areaId the area, not null
 * @param method rates or percentage change, not null
 * @param ratePer rates are per this many people, e.g. 1,000
 * @param rows every area ranked, best first, not null
 * @param rank the area's rank, 1 = best
 * @param value the area's rate or percentage change
 * @param peerMean the unweighted mean of every area's value, the area's own included
 * @param peerStandardDeviation the sample standard deviation of the values (descriptive only);
 *     NaN for one area
 * @param test the exact test of the area's count against the count expected at the peer mean rate,
 *     for rates only
 * @param funnel the area's place on the funnel plot, for rates only
 * @param status what the test says, not null
 * @param notes plain-English notes (areas left out, how ranks read), not null
 */
public record PeerPosition(String areaId, PeerMethod method, double ratePer, List<PeerRow> rows,
    int rank, double value, double peerMean, double peerStandardDeviation,
    Optional<ObservedVersusExpected> test, Optional<FunnelPosition> funnel, PeerStatus status,
    List<String> notes) {

  /**
   * Creates a position, copying the lists.
   *
   * @param areaId the area
   * @param method the method
   * @param ratePer the rate base
   * @param rows the rows
   * @param rank the rank
   * @param value the value
   * @param peerMean the peer mean
   * @param peerStandardDeviation the standard deviation
   * @param test the test
   * @param funnel the funnel position
   * @param status the status
   * @param notes the notes
   */
  public PeerPosition {
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  /**
   * Obtains the number of areas ranked.
   *
   * @return the group's size as ranked
   */
  public int of() {
    return rows.size();
  }

  /**
   * Obtains where the area's value lies against the peer mean ± one standard deviation, the band
   * iQuanta is said to show (unverified; descriptive, not a test).
   *
   * @return -1 below the band, 0 within it, 1 above it; empty when the band is undefined
   */
  public OptionalDouble sideOfBand() {
    if (Double.isNaN(peerStandardDeviation)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(value > peerMean + peerStandardDeviation ? 1
        : value < peerMean - peerStandardDeviation ? -1 : 0);
  }
}
