package io.github.sscp.rules.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A partnership's board pack: what a strategic board reads before it meets. Every measure of
 * success as of one date, with its rate, change on last year, SPC icons, target and peers and one
 * sentence that reconciles them; what needs the board's attention, ranked; the law, split into the
 * partnership's own duties and those others owe; the strategy's shape, actions, funding, risks and
 * law coming; and what changed since the last board. The data-to date and the law-as-of date are
 * stated apart. Prepared by {@link PackPreparation}; words in it are for people.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param partnershipId the partnership's id, not null
 * @param partnershipName the partnership's name, not null
 * @param dataTo the last day of data the measures rest on; empty when no measure of success has data
 * @param dataToBasis how the data-to date was set, e.g. "the end of the latest complete period in the data", not null
 * @param lawAsOf the date the law is judged on, not null
 * @param strategy the strategy in force on the law date (or the latest), with its shape
 * @param attention what needs the board's attention, most pressing first, not null
 * @param measures every measure of success once, grouped by priority, not null
 * @param law the statutory duties on the law date, not null
 * @param actions the strategy's actions that are overdue, due soon or at risk, not null
 * @param funding the partnership's funding: core allocations and bids, not null
 * @param programmes the programmes that deliver the strategy, not null
 * @param risks the risks the partnership holds, not null
 * @param lawComing law that starts within a year of the law date, or is enacted with no date yet, not null
 * @param changes what changed since the last board, when a previous version was given
 * @param sources the sources to attribute wherever the figures are shown, not null
 * @param notes what the reader should know about how the pack was made, not null
 */
public record BoardPack(String partnershipId, String partnershipName, Optional<LocalDate> dataTo,
    String dataToBasis, LocalDate lawAsOf, Optional<StrategyInBrief> strategy,
    List<AttentionItem> attention, List<MeasureGroup> measures, LawSummary law,
    ActionSummary actions, List<FundingLine> funding, List<ProgrammeLine> programmes,
    List<RiskLine> risks, List<LawComing> lawComing, Optional<BoardChanges> changes,
    List<String> sources, List<String> notes) {

  /**
   * Creates a value, copying its lists.
   *
   * @param partnershipId the partnership's id
   * @param partnershipName the partnership's name
   * @param dataTo the last day of data the measures rest on
   * @param dataToBasis how the data-to date was set, e.g. "the end of the latest complete period in the data"
   * @param lawAsOf the date the law is judged on
   * @param strategy the strategy in force on the law date (or the latest), with its shape
   * @param attention what needs the board's attention, most pressing first
   * @param measures every measure of success once, grouped by priority
   * @param law the statutory duties on the law date
   * @param actions the strategy's actions that are overdue, due soon or at risk
   * @param funding the partnership's funding: core allocations and bids
   * @param programmes the programmes that deliver the strategy
   * @param risks the risks the partnership holds
   * @param lawComing law that starts within a year of the law date, or is enacted with no date yet
   * @param changes what changed since the last board, when a previous version was given
   * @param sources the sources to attribute wherever the figures are shown
   * @param notes what the reader should know about how the pack was made
   */
  public BoardPack {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(partnershipName, "partnershipName");
    Objects.requireNonNull(dataTo, "dataTo");
    Objects.requireNonNull(dataToBasis, "dataToBasis");
    Objects.requireNonNull(lawAsOf, "lawAsOf");
    Objects.requireNonNull(strategy, "strategy");
    attention = List.copyOf(attention);
    measures = List.copyOf(measures);
    Objects.requireNonNull(law, "law");
    Objects.requireNonNull(actions, "actions");
    funding = List.copyOf(funding);
    programmes = List.copyOf(programmes);
    risks = List.copyOf(risks);
    lawComing = List.copyOf(lawComing);
    Objects.requireNonNull(changes, "changes");
    sources = List.copyOf(sources);
    notes = List.copyOf(notes);
  }

  /**
   * Obtains every measure row, in the order of the groups.
   *
   * @return the rows, not null
   */
  public List<MeasureRow> rows() {
    return measures.stream().flatMap(g -> g.rows().stream()).toList();
  }

  /**
   * Finds a measure's row.
   *
   * @param measureId the measure's id, not null
   * @return the row, or empty if the measure is not a measure of success
   */
  public Optional<MeasureRow> row(String measureId) {
    return rows().stream().filter(r -> r.measureId().equals(measureId)).findFirst();
  }

  /**
   * Obtains a copy with what changed since the last board.
   *
   * @param since the changes, not null
   * @return the pack, not null
   */
  public BoardPack withChanges(BoardChanges since) {
    return new BoardPack(partnershipId, partnershipName, dataTo, dataToBasis, lawAsOf, strategy,
        attention, measures, law, actions, funding, programmes, risks, lawComing,
        Optional.of(since), sources, notes);
  }
}
