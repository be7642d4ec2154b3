package io.github.sscp.rules.board;

import io.github.sscp.rules.kpi.peer.FunnelPosition;
import io.github.sscp.rules.kpi.peer.PeerMethod;
import io.github.sscp.rules.kpi.peer.PeerStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure's position among comparable areas, on rates when every population is known.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param method rates or percentage change, not null
 * @param rank the partnership's rank, 1 = best
 * @param of how many areas are ranked
 * @param ratePer rates are per this many residents
 * @param peerMean the unweighted mean of the areas' values, the partnership's included
 * @param status what the exact test against the peer mean says, not null
 * @param funnel where the partnership lies on the funnel, on rates
 * @param areas every area, best first, not null
 * @param populationSource where the populations come from, on rates
 * @param words the position in words, e.g. "5th of 6 on rate per 1,000", not null
 * @param notes what the comparison left out or assumed, not null
 */
public record PeerPanel(PeerMethod method, int rank, int of, double ratePer, double peerMean,
    PeerStatus status, Optional<FunnelPosition> funnel, List<PeerLine> areas,
    Optional<String> populationSource, String words, List<String> notes) {

  /**
   * Creates a value, copying its lists.
   *
   * @param method rates or percentage change
   * @param rank the partnership's rank, 1 = best
   * @param of how many areas are ranked
   * @param ratePer rates are per this many residents
   * @param peerMean the unweighted mean of the areas' values, the partnership's included
   * @param status what the exact test against the peer mean says
   * @param funnel where the partnership lies on the funnel, on rates
   * @param areas every area, best first
   * @param populationSource where the populations come from, on rates
   * @param words the position in words, e.g. "5th of 6 on rate per 1,000"
   * @param notes what the comparison left out or assumed
   */
  public PeerPanel {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(funnel, "funnel");
    areas = List.copyOf(areas);
    Objects.requireNonNull(populationSource, "populationSource");
    Objects.requireNonNull(words, "words");
    notes = List.copyOf(notes);
  }
}
