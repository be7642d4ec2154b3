package io.github.sscp.cli;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.KpiEngine;
import io.github.sscp.rules.kpi.KpiRequest;
import io.github.sscp.rules.kpi.peer.PeerArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One KPI assessment per measure of success of a partnership, optionally as of a period. */
final class Assessments {

  private Assessments() {}

  /**
   * Assesses every measure of success once (a measure bound in two focus areas is assessed for
   * the first).
   *
   * @param p the partnership
   * @param peers peer panels by measure id
   * @param area the partnership's name in the peer panels
   * @param lastDay the last day a period may end on to be included, or empty for all
   * @return the assessments, in the strategy's order
   */
  static List<KpiAssessment> of(Partnership p, Map<String, List<PeerArea>> peers, String area,
      Optional<LocalDate> lastDay) {
    List<KpiAssessment> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    KpiEngine engine = KpiEngine.standard();
    for (Strategy s : p.strategies()) {
      for (FocusArea f : s.focusAreas()) {
        for (MeasureBinding b : f.measuresOfSuccess()) {
          if (!seen.add(b.measureId())) {
            continue;
          }
          KpiRequest request = KpiRequest.from(p, b);
          KpiRequest.Builder r = KpiRequest.builder().from(request);
          lastDay.ifPresent(end -> r.points(request.points().stream()
              .filter(pt -> pt.period().map(x -> !x.endExclusive().isAfter(end.plusDays(1)))
                  .orElse(true)).toList()));
          List<PeerArea> panel = peers.get(b.measureId());
          if (panel != null && panel.stream().anyMatch(a -> a.id().equals(area))) {
            r.areaId(area).peers(panel);
          }
          out.add(engine.assess(r.build()));
        }
      }
    }
    return out;
  }
}
