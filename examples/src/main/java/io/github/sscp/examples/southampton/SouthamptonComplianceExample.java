package io.github.sscp.examples.southampton;

import io.github.sscp.model.Partnership;
import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.compliance.Information;
import io.github.sscp.rules.compliance.TimelineEntry;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates the Southampton Safe City Partnership against the statutory catalogue as of 1 July
 * 2024 (the briefing's board date) and as of today, prints both reports, the timeline of changes
 * from 1 April 2022 to today, and the law not yet in force. It shows what the model yields: the
 * briefing lists only strands (a) to (c), though serious violence has been a statutory strand since
 * 31 January 2023. Run it with the README's compliance command; pass a date to fix "today".
 */
public final class SouthamptonComplianceExample {

  /** The board date the briefing's decisions were taken. */
  static final LocalDate BOARD_DATE = LocalDate.of(2024, 7, 1);
  /** The start of the strategy's refreshed period. */
  static final LocalDate TIMELINE_FROM = LocalDate.of(2022, 4, 1);

  private final PrintStream out;

  SouthamptonComplianceExample(PrintStream out) {
    this.out = out;
  }

  /**
   * Evaluates and prints.
   *
   * @param args optionally, the date to treat as today (YYYY-MM-DD)
   */
  public static void main(String[] args) {
    LocalDate today = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.now();
    new SouthamptonComplianceExample(System.out).print(SouthamptonSafeCityPartnership.build(), today);
  }

  void print(Partnership p, LocalDate today) {
    Catalogue law = Catalogue.statutory();
    out.println(law.evaluate(p, BOARD_DATE).render());
    out.println(law.evaluate(p, today).render());
    List<TimelineEntry> timeline = law.timeline(p, TIMELINE_FROM, today);
    out.println("Timeline of changes, " + TIMELINE_FROM + " to " + today + " (" + timeline.size()
        + ")");
    for (TimelineEntry e : timeline) {
      out.println("  " + e.date() + "  " + e.ruleId() + ": " + name(e.before()) + " -> "
          + name(e.after()) + " (" + e.why() + ")");
    }
    out.println();
    out.println("Not in force, or not the partnership's duty (information only)");
    for (Information i : law.upcoming()) {
      out.println("  " + i.id() + ": " + i.title() + " — " + i.status() + ". " + i.note());
    }
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
