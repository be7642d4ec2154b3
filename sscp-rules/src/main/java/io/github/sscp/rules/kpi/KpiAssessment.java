package io.github.sscp.rules.kpi;

import io.github.sscp.rules.kpi.peer.PeerPosition;
import io.github.sscp.rules.kpi.spc.SpcResult;
import io.github.sscp.rules.kpi.target.TargetAssessment;
import io.github.sscp.rules.kpi.window.WindowComparison;
import io.github.sscp.model.time.DateRange;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One measure's verdict: the headline status, the signal that decided it, the reasons in plain
 * English, every part's result, and for each part that was asked for but gave none, why.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param measureId the measure, not null
 * @param status the headline status, not null
 * @param decidedBy the signal that decided it, not null
 * @param reasons why, first the deciding signal, not null
 * @param spc the SPC analysis
 * @param rolling12 the latest 12 months against the 12 before
 * @param yearToDate the financial year to date against the same months a year earlier
 * @param baseline the latest periods against the baseline
 * @param target the rating against the target
 * @param peer the position among peers
 * @param notRun for each part asked for that gave no result, why, not null
 * @param covers the days from the first period assessed to the end of the latest; empty when
 *     the series had no periods
 */
public record KpiAssessment(String measureId, KpiStatus status, KpiSignal decidedBy,
    List<String> reasons, Optional<SpcResult> spc, Optional<WindowComparison> rolling12,
    Optional<WindowComparison> yearToDate, Optional<WindowComparison> baseline,
    Optional<TargetAssessment> target, Optional<PeerPosition> peer, Map<KpiPart, String> notRun,
    Optional<DateRange> covers) {

  /**
   * Creates an assessment, copying the collections.
   *
   * @param measureId the measure
   * @param status the status
   * @param decidedBy the deciding signal
   * @param reasons the reasons
   * @param spc the SPC analysis
   * @param rolling12 the rolling comparison
   * @param yearToDate the year-to-date comparison
   * @param baseline the baseline comparison
   * @param target the target rating
   * @param peer the peer position
   * @param notRun the parts that gave no result
   * @param covers the days assessed
   */
  public KpiAssessment {
    reasons = List.copyOf(reasons);
    notRun = notRun.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(notRun));
  }

  /**
   * Obtains the last day of data the assessment rests on.
   *
   * @return the last day of the latest period assessed, or empty
   */
  public Optional<java.time.LocalDate> dataTo() {
    return covers.map(r -> r.endExclusive().minusDays(1));
  }
}
