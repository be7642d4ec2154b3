package io.github.sscp.cli.report;

import java.util.List;

/**
 * What the board report shows, as text ready for the template, in the order a board reads it:
 * page 1 (what needs attention and the summary matrix), the strategy with its measures, the people
 * and meetings, money, risks, changes since the last board, the law, and the annex. Only the
 * {@code svg} fields hold markup, written by {@link SvgChart} and {@link Icons}; empty text means
 * "nothing to show".
 *
 * @param title the page title
 * @param partnership the partnership's name
 * @param dates "Data to 31 March 2026 · law as of 1 July 2026"
 * @param dataBasis why the data stop where they do
 * @param illustrative what on the page is illustrative, one line each
 * @param attention what needs the board's attention, most pressing first, at most seven
 * @param moreAttention how many more items there are, in words, or ""
 * @param matrix the summary matrix, grouped by priority
 * @param strategy the strategy, or null when the partnership records none
 * @param otherMeasures measures of success that no focus area lists
 * @param overdue actions past their due date
 * @param dueSoon actions due within three months, or at risk
 * @param funding the funding lines
 * @param programmes the programmes
 * @param risks the risks
 * @param changes what changed since the last board, or empty
 * @param changesSince the last board's version, e.g. "the partnership as recorded on 1 April 2026"
 * @param law the law, by holder
 * @param annex the latest 12 months against the 12 before, one row per measure with data
 * @param sources the data's sources and licences
 * @param notes notes on the figures
 */
public record ReportView(String title, String partnership, String dates, String dataBasis,
    List<String> illustrative, List<AttentionView> attention, String moreAttention,
    List<MatrixGroup> matrix,
    @org.jspecify.annotations.Nullable StrategyView strategy, List<MeasureView> otherMeasures,
    List<ActionView> overdue, List<ActionView> dueSoon, List<MoneyView> funding, List<MoneyView> programmes, List<RiskView> risks,
    List<String> changes, String changesSince, LawView law, List<AnnexRow> annex,
    List<String> sources, List<String> notes) {

  /**
   * Counts the charts the page draws.
   *
   * @return the number of measures with a chart
   */
  public long charts() {
    return allMeasures().stream().filter(m -> !m.chartSvg().isEmpty()).count();
  }

  /**
   * Lists every measure section, in page order.
   *
   * @return the measures, not null
   */
  public List<MeasureView> allMeasures() {
    List<MeasureView> all = new java.util.ArrayList<>();
    if (strategy != null) {
      strategy.focusAreas().forEach(f -> all.addAll(f.measures()));
    }
    all.addAll(otherMeasures);
    return all;
  }

  /**
   * One item for the board's attention.
   *
   * @param sentence the item
   * @param href where its detail is, e.g. "#measure-residential-burglary"
   */
  public record AttentionView(String sentence, String href) {}

  /**
   * The matrix rows of one priority.
   *
   * @param priority the priority
   * @param rows its measures
   */
  public record MatrixGroup(String priority, List<MatrixRow> rows) {}

  /**
   * One measure of success in the summary matrix.
   *
   * @param href its section
   * @param name the measure
   * @param labels "illustrative" and the like, or ""
   * @param latest the latest 12 months' value, or "no data"
   * @param latestWhen which 12 months
   * @param rate the rate per 1,000 residents, or ""
   * @param change the change on last year, e.g. "up 8.1%"
   * @param changeTest the test in words, e.g. "p = 0.10, within chance"
   * @param target the target's rating in words, or ""
   * @param targetClass the rating's CSS class
   * @param targetWhat the target, in words
   * @param variationSvg the variation icon, or ""
   * @param variation the variation in words
   * @param assuranceSvg the assurance icon, or ""
   * @param assurance the assurance in words
   * @param peers the peer rank, e.g. "5th of 6", or ""
   * @param peersNote the peers' position in words, e.g. "above the funnel's 99.8% limit"
   */
  public record MatrixRow(String href, String name, String labels, String latest,
      String latestWhen, String rate, String change, String changeTest, String target,
      String targetClass, String targetWhat, String variationSvg, String variation,
      String assuranceSvg, String assurance, String peers, String peersNote) {}

  /**
   * The strategy, the spine of the report.
   *
   * @param title its title
   * @param period its period in words
   * @param status its status and last revision
   * @param strands the statutory strands it covers
   * @param reviews the reviews planned
   * @param priorities the priorities, in order
   * @param keyCrimeIssues the key crime issues for the period
   * @param focusAreas the focus areas (obsessions), each with its measures and actions
   * @param statutory the statutory partners with their roles
   * @param others the other partners
   * @param offices the chair and other offices
   * @param meetings the board's meetings
   * @param labels "inferred period" and the like, or ""
   */
  public record StrategyView(String title, String period, String status, String strands,
      List<String> reviews, List<String> priorities, List<IssueView> keyCrimeIssues,
      List<FocusView> focusAreas, List<String> statutory, List<String> others,
      List<String> offices, List<MeetingView> meetings, String labels) {}

  /**
   * A key crime issue.
   *
   * @param title the issue
   * @param period its period
   * @param subIssues its sub-issues
   * @param labels labels, or ""
   */
  public record IssueView(String title, String period, List<String> subIssues, String labels) {}

  /**
   * A focus area (an obsession) with what it needs, how, its actions and measures.
   *
   * @param anchor its id on the page
   * @param kind "Obsession" or the like
   * @param title its title
   * @param priority the priority it serves
   * @param keyCrimeIssue the key crime issue, or ""
   * @param dataSummary what the data say, or ""
   * @param todo what needs to be done
   * @param actions how: the actions
   * @param measures its measures of success
   * @param agreedAt where it was agreed, or ""
   * @param labels labels, or ""
   */
  public record FocusView(String anchor, String kind, String title, String priority,
      String keyCrimeIssue, String dataSummary, List<String> todo, List<ActionView> actions,
      List<MeasureView> measures, String agreedAt, String labels) {}

  /**
   * An action.
   *
   * @param title the action
   * @param owner who owns it
   * @param due its due date, or ""
   * @param status its status
   * @param overdue whether it is past its due date
   * @param labels labels, or ""
   */
  public record ActionView(String title, String owner, String due, String status,
      boolean overdue, String labels) {}

  /**
   * A meeting.
   *
   * @param date its date
   * @param body the body
   * @param status held, scheduled…
   * @param business what it did
   * @param labels labels, or ""
   */
  public record MeetingView(String date, String body, String status, List<String> business,
      String labels) {}

  /**
   * One measure's section.
   *
   * @param anchor its id on the page
   * @param name the measure
   * @param labels labels, or ""
   * @param sentence the reconciled reading
   * @param dataNeeded which data would fill it, or ""
   * @param chartSvg the chart, or ""
   * @param variationSvg the variation icon, or ""
   * @param variation the variation in words, or ""
   * @param assuranceSvg the assurance icon, or ""
   * @param assurance the assurance in words, or why there is none
   * @param figures the latest value, rate and change, in words
   * @param target the target and its rating, or ""
   * @param targetClass the rating's CSS class
   * @param peers the peer panel, or null
   * @param cautions cautions on the figures
   */
  public record MeasureView(String anchor, String name, String labels, String sentence,
      String dataNeeded, String chartSvg, String variationSvg, String variation,
      String assuranceSvg, String assurance, List<String> figures, String target,
      String targetClass, @org.jspecify.annotations.Nullable PeerView peers,
      List<String> cautions) {}

  /**
   * A peer panel.
   *
   * @param position the position in words
   * @param method how they are compared
   * @param rows the areas, ranked
   * @param note a note, e.g. that the peers are illustrative, or ""
   */
  public record PeerView(String position, String method, List<PeerRowView> rows, String note) {}

  /**
   * One area in a peer panel.
   *
   * @param rank its rank
   * @param area its name
   * @param value its value in words
   * @param limits the funnel's limits for it, or ""
   * @param own whether it is this partnership
   */
  public record PeerRowView(int rank, String area, String value, String limits, boolean own) {}

  /**
   * A funding line or a programme.
   *
   * @param title what it is
   * @param amount how much, or ""
   * @param detail status, themes, funders and lead, in words
   * @param labels labels, or ""
   */
  public record MoneyView(String title, String amount, String detail, String labels) {}

  /**
   * A risk.
   *
   * @param description the risk
   * @param owner who owns it, and its category
   * @param mitigations how it is mitigated
   * @param labels labels, or ""
   */
  public record RiskView(String description, String owner, List<String> mitigations,
      String labels) {}

  /**
   * The law on the date, by holder.
   *
   * @param asOf the date in words
   * @param jurisdiction England or Wales
   * @param verdict the partnership's verdict in words
   * @param verdictClass its CSS class
   * @param ours the partnership's own duties that call for action
   * @param others duties others owe that the partnership relies on, by holder
   * @param met the duties met, one line each
   * @param notApplicable the duties not applicable, one line each
   * @param coming law starting within a year
   */
  public record LawView(String asOf, String jurisdiction, String verdict, String verdictClass,
      List<FindingView> ours, List<HolderView> others, List<String> met,
      List<String> notApplicable, List<String> coming) {}

  /**
   * A duty that calls for action.
   *
   * @param anchor its id on the page
   * @param title the duty
   * @param outcome the outcome in words
   * @param outcomeClass its CSS class
   * @param sentence what was found
   * @param fix what would satisfy it, or ""
   * @param citation the provision
   */
  public record FindingView(String anchor, String title, String outcome, String outcomeClass,
      String sentence, String fix, String citation) {}

  /**
   * The duties one holder owes.
   *
   * @param holder the holder, by name
   * @param findings its duties that call for action
   */
  public record HolderView(String holder, List<FindingView> findings) {}

  /**
   * One row of the annex: the latest 12 months against the 12 before.
   *
   * @param measure the measure
   * @param current the latest 12 months
   * @param currentValue their count
   * @param previous the 12 before
   * @param previousValue their count
   * @param change the change
   * @param percent the change in per cent
   * @param pValue the exact test's p-value
   * @param significance what it means
   */
  public record AnnexRow(String measure, String current, String currentValue, String previous,
      String previousValue, String change, String percent, String pValue, String significance) {}
}
