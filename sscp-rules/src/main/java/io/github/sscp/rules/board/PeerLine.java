package io.github.sscp.rules.board;

import io.github.sscp.rules.kpi.peer.FunnelLimits;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One area on a peer panel, with its funnel limits when compared on rates.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param name the area, not null
 * @param own whether it is the partnership
 * @param count its latest 12 months
 * @param population its residents
 * @param value its rate or percentage change
 * @param rank its rank, 1 = best
 * @param limits the funnel limits for its population, on rates
 */
public record PeerLine(String name, boolean own, long count, OptionalLong population, double value,
    int rank, Optional<FunnelLimits> limits) {

  /**
   * Creates a value.
   *
   * @param name the area
   * @param own whether it is the partnership
   * @param count its latest 12 months
   * @param population its residents
   * @param value its rate or percentage change
   * @param rank its rank, 1 = best
   * @param limits the funnel limits for its population, on rates
   */
  public PeerLine {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(limits, "limits");
  }
}
