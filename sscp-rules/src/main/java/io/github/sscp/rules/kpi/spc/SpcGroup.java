package io.github.sscp.rules.kpi.spc;

import io.github.sscp.model.time.ReportingPeriod;
import java.util.Optional;

/**
 * One rebase group's summary, as the reference's {@code summary()}: its points, mean and limits,
 * how many moving ranges were screened out, the type of its last point and, for the latest group
 * only, the assurance.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param index the group, from 0
 * @param first the first point's period, if known
 * @param last the last point's period, if known
 * @param points the number of points
 * @param mean the mean
 * @param averageMovingRange the average moving range after screening; NaN when there is none
 * @param lowerLimit the lower process limit
 * @param upperLimit the upper process limit
 * @param movingRangesScreened moving ranges left out by screening
 * @param shortGroup whether the group has fewer points than the warning threshold
 * @param variation the type of the group's last point
 * @param assurance the assurance, for the latest group when a target and a direction are set
 */
public record SpcGroup(int index, Optional<ReportingPeriod> first, Optional<ReportingPeriod> last,
    int points, double mean, double averageMovingRange, double lowerLimit, double upperLimit,
    int movingRangesScreened, boolean shortGroup, PointType variation,
    Optional<AssuranceIcon> assurance) {}
