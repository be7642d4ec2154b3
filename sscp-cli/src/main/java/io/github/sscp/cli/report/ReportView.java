package io.github.sscp.cli.report;

import java.util.List;

/**
 * What the board report shows, as text ready for the template; only {@code svg} fields hold
 * markup, written by {@link SvgChart} and {@link Icons}.
 *
 * @param title the page title
 * @param partnership the partnership's name
 * @param asOf the date the report is as of
 * @param summary lines about the partnership
 * @param authorities the responsible authorities on the date
 * @param strategies the strategies with their periods
 * @param verdict the compliance verdict in words
 * @param verdictClass the verdict's CSS class
 * @param outcomeCounts the count of each outcome, in words
 * @param findings the compliance findings that call for action: not met, insufficient evidence,
 *     advisory
 * @param settled the findings met or not applicable
 * @param annex the Annex-2-style table
 * @param measures one section per measure
 * @param peers the peer panels
 * @param illustrative what on the page is illustrative
 * @param attributions the data's sources and licences
 */
public record ReportView(String title, String partnership, String asOf, List<String> summary,
    List<String> authorities, List<String> strategies, String verdict, String verdictClass,
    List<String> outcomeCounts, List<FindingRow> findings, List<FindingRow> settled,
    List<AnnexRow> annex,
    List<MeasureView> measures, List<PeerView> peers, List<String> illustrative,
    List<String> attributions) {

  /**
   * One compliance finding.
   *
   * @param ruleId the rule
   * @param title the duty
   * @param outcome the outcome in words
   * @param outcomeClass the outcome's CSS class
   * @param holder who owes it
   * @param sentence what was found
   * @param fix what would satisfy it, or ""
   * @param citation the provision
   */
  public record FindingRow(String ruleId, String title, String outcome, String outcomeClass,
      String holder, String sentence, String fix, String citation) {}

  /**
   * One row of the Annex-2-style table.
   *
   * @param measure the measure
   * @param current the latest 12 months' dates
   * @param currentValue their count
   * @param previous the 12 months before
   * @param previousValue their count
   * @param change the change
   * @param percent the percentage change
   * @param pValue the exact two-sided p-value
   * @param significance the p-value in words
   */
  public record AnnexRow(String measure, String current, String currentValue, String previous,
      String previousValue, String change, String percent, String pValue, String significance) {}

  /**
   * One measure's section.
   *
   * @param name the measure
   * @param status the headline status in words
   * @param statusClass the status's CSS class
   * @param decidedBy the deciding signal in words
   * @param reasons why
   * @param chartSvg the SPC chart, or "" when there is none
   * @param variation the variation icon's meaning
   * @param variationSvg the variation icon
   * @param assurance the assurance icon's meaning, or ""
   * @param assuranceSvg the assurance icon, or ""
   * @param target the target rating in words, or ""
   * @param notes what is illustrative or missing about this measure
   */
  public record MeasureView(String name, String status, String statusClass, String decidedBy,
      List<String> reasons, String chartSvg, String variation, String variationSvg,
      String assurance, String assuranceSvg, String target, List<String> notes) {}

  /**
   * One measure's peer panel.
   *
   * @param measure the measure
   * @param method how areas are compared
   * @param rows the areas, ranked
   * @param position the partnership's position in words
   * @param note what the panel is
   */
  public record PeerView(String measure, String method, List<PeerRowView> rows, String position,
      String note) {}

  /**
   * One area in a peer panel.
   *
   * @param rank its rank
   * @param area its name
   * @param value its value
   * @param own whether it is the partnership
   */
  public record PeerRowView(int rank, String area, String value, boolean own) {}
}
