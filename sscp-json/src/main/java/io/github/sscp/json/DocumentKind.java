package io.github.sscp.json;

import io.github.sscp.data.files.DataImport;
import io.github.sscp.model.Partnership;
import io.github.sscp.rules.board.BoardPack;
import io.github.sscp.rules.compliance.ComplianceTimeline;
import io.github.sscp.rules.compliance.RuleCatalogue;
import io.github.sscp.rules.kpi.MeasureAssessments;
import io.github.sscp.rules.kpi.spc.SpcResult;
import io.github.sscp.rules.kpi.stats.CountComparison;
import io.github.sscp.rules.compliance.ComplianceReport;
import io.github.sscp.rules.kpi.KpiAssessment;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of document the format holds, each with its name in the envelope and its Java type.
 *
 * @param <T> the document's Java type
 */
public final class DocumentKind<T> {

  /** A partnership, with its strategy, records and observations. */
  public static final DocumentKind<Partnership> PARTNERSHIP =
      new DocumentKind<>("partnership", Partnership.class);
  /** A compliance report. */
  public static final DocumentKind<ComplianceReport> COMPLIANCE_REPORT =
      new DocumentKind<>("compliance-report", ComplianceReport.class);
  /** A KPI assessment of one measure. */
  public static final DocumentKind<KpiAssessment> KPI_ASSESSMENT =
      new DocumentKind<>("kpi-assessment", KpiAssessment.class);
  /** Every measure of success of a partnership, assessed as of a date. */
  public static final DocumentKind<MeasureAssessments> KPI_ASSESSMENTS =
      new DocumentKind<>("kpi-assessments", MeasureAssessments.class);
  /** The changes of compliance findings between two dates. */
  public static final DocumentKind<ComplianceTimeline> COMPLIANCE_TIMELINE =
      new DocumentKind<>("compliance-timeline", ComplianceTimeline.class);
  /** The compliance catalogue: each rule's source, holder and dated versions. */
  public static final DocumentKind<RuleCatalogue> RULE_CATALOGUE =
      new DocumentKind<>("rule-catalogue", RuleCatalogue.class);
  /** A Making Data Count SPC analysis of one series. */
  public static final DocumentKind<SpcResult> SPC_ANALYSIS =
      new DocumentKind<>("spc-analysis", SpcResult.class);
  /** Two counts compared: change and the exact test. */
  public static final DocumentKind<CountComparison> COUNT_COMPARISON =
      new DocumentKind<>("count-comparison", CountComparison.class);
  /** One count's confidence interval, with the method that gave each limit. */
  public static final DocumentKind<io.github.sscp.rules.kpi.stats.CountInterval> COUNT_INTERVAL =
      new DocumentKind<>("count-interval", io.github.sscp.rules.kpi.stats.CountInterval.class);
  /** An observed count against the count expected: the ratio and the exact test. */
  public static final DocumentKind<io.github.sscp.rules.kpi.stats.ObservedVersusExpected>
      OBSERVED_VERSUS_EXPECTED = new DocumentKind<>("observed-versus-expected",
          io.github.sscp.rules.kpi.stats.ObservedVersusExpected.class);
  /** Two windows of a series compared, e.g. the latest 12 months against the 12 before. */
  public static final DocumentKind<io.github.sscp.rules.kpi.window.WindowComparison>
      WINDOW_COMPARISON = new DocumentKind<>("window-comparison",
          io.github.sscp.rules.kpi.window.WindowComparison.class);
  /** What data files gave: observations and each import's summary. */
  public static final DocumentKind<DataImport> DATA_IMPORT =
      new DocumentKind<>("data-import", DataImport.class);
  /** A board pack: every measure as of a date, what needs attention, the law, and changes. */
  public static final DocumentKind<BoardPack> BOARD_PACK =
      new DocumentKind<>("board-pack", BoardPack.class);
  /** Whether a partnership file is valid, with every problem. */
  public static final DocumentKind<Validation> VALIDATION =
      new DocumentKind<>("validation", Validation.class);

  private final String name;
  private final Class<T> type;

  DocumentKind(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  /**
   * Obtains every kind.
   *
   * @return the kinds, not null
   */
  public static List<DocumentKind<?>> all() {
    return List.of(PARTNERSHIP, COMPLIANCE_REPORT, KPI_ASSESSMENT, KPI_ASSESSMENTS,
        COMPLIANCE_TIMELINE, RULE_CATALOGUE, SPC_ANALYSIS, COUNT_COMPARISON, COUNT_INTERVAL,
        OBSERVED_VERSUS_EXPECTED, WINDOW_COMPARISON, DATA_IMPORT, VALIDATION, BOARD_PACK);
  }

  /**
   * Finds a kind by its name in the envelope.
   *
   * @param name e.g. "partnership", not null
   * @return the kind, or empty
   */
  public static Optional<DocumentKind<?>> named(String name) {
    return all().stream().filter(k -> k.name.equals(name)).findFirst();
  }

  /**
   * Obtains the kind's name in the envelope.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Obtains the Java type.
   *
   * @return the type, not null
   */
  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
