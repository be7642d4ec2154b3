package io.github.sscp.rules.board;

import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.KpiStatus;
import io.github.sscp.rules.kpi.spc.AssuranceIcon;
import io.github.sscp.rules.kpi.spc.VariationIcon;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One measure of success on the board's summary matrix: its latest figure, rate, change on last
 * year, SPC icons, target, peers and one sentence that says what to read when they disagree.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param measureId the measure's id, not null
 * @param name its name, not null
 * @param unit its unit, e.g. "offences", not null
 * @param focusArea the focus area it measures, not null
 * @param keyCrimeIssue the key crime issue of that focus area
 * @param status the engine's headline, not null
 * @param latest the latest figure: the latest 12 months for counts, else the latest period
 * @param rate the latest 12 months per 1,000 residents, when the population is known
 * @param change the latest 12 months against the 12 before, with the exact test
 * @param variation the SPC variation icon
 * @param assurance the SPC assurance icon, when there is a target line
 * @param target the target and its rating
 * @param peers the position among comparable areas
 * @param sentence what the board should read, in one sentence, not null
 * @param dataNeeded for a measure with no data: which data would fill it and how to add it
 * @param cautions what limits the figures, e.g. "limits from 8 points: indicative", not null
 * @param labels what in the row is illustrative, in words, not null
 * @param assessment the full assessment the row is read from, not null
 */
public record MeasureRow(String measureId, String name, String unit, String focusArea,
    Optional<String> keyCrimeIssue, KpiStatus status, Optional<LatestFigure> latest,
    Optional<RateFigure> rate, Optional<YearOnYear> change, Optional<VariationIcon> variation,
    Optional<AssuranceIcon> assurance, Optional<TargetLine> target, Optional<PeerPanel> peers,
    String sentence, Optional<String> dataNeeded, List<String> cautions, List<String> labels,
    KpiAssessment assessment) {

  /**
   * Creates a value, copying its lists.
   *
   * @param measureId the measure's id
   * @param name its name
   * @param unit its unit, e.g. "offences"
   * @param focusArea the focus area it measures
   * @param keyCrimeIssue the key crime issue of that focus area
   * @param status the engine's headline
   * @param latest the latest figure: the latest 12 months for counts, else the latest period
   * @param rate the latest 12 months per 1,000 residents, when the population is known
   * @param change the latest 12 months against the 12 before, with the exact test
   * @param variation the SPC variation icon
   * @param assurance the SPC assurance icon, when there is a target line
   * @param target the target and its rating
   * @param peers the position among comparable areas
   * @param sentence what the board should read, in one sentence
   * @param dataNeeded for a measure with no data: which data would fill it and how to add it
   * @param cautions what limits the figures, e.g. "limits from 8 points: indicative"
   * @param labels what in the row is illustrative, in words
   * @param assessment the full assessment the row is read from
   */
  public MeasureRow {
    Objects.requireNonNull(measureId, "measureId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(focusArea, "focusArea");
    Objects.requireNonNull(keyCrimeIssue, "keyCrimeIssue");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(variation, "variation");
    Objects.requireNonNull(assurance, "assurance");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(peers, "peers");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(dataNeeded, "dataNeeded");
    cautions = List.copyOf(cautions);
    labels = List.copyOf(labels);
    Objects.requireNonNull(assessment, "assessment");
  }
}
