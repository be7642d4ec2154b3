package io.github.sscp.rules.board;

import io.github.sscp.model.measure.Polarity;
import io.github.sscp.rules.kpi.spc.SpcGroup;
import io.github.sscp.rules.kpi.spc.SpcResult;
import io.github.sscp.rules.kpi.spc.VariationIcon;
import io.github.sscp.rules.kpi.target.TargetAssessment;
import io.github.sscp.rules.kpi.target.TargetRating;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one sentence a board reads for a measure: what the SPC chart, the change on last year and
 * the target each say, joined with "but" where they disagree, then what to make of them. The SPC
 * chart leads, because successive year-on-year tests overlap and crime counts are over-dispersed:
 * a change on last year within chance does not overturn a shift the chart shows, and a change
 * beyond chance that the chart does not yet show is something to watch.
 *
 * <p>Thread-safe: stateless.
 */
final class Reading {

  /** Which way a signal points for the board. */
  enum Tone { GOOD, BAD, NEUTRAL }

  private record Clause(String text, Tone tone) {}

  private Reading() {}

  /**
   * Writes the sentence.
   *
   * @param polarity the measure's better direction
   * @param spc the SPC analysis, if there is one
   * @param change the latest 12 months against the 12 before, if known
   * @param target the target's rating, if there is a target
   * @return the sentence, ending with a full stop; empty when there is nothing to read
   */
  static Optional<String> of(Polarity polarity, Optional<SpcResult> spc, Optional<YearOnYear> change,
      Optional<TargetAssessment> target) {
    List<Clause> clauses = new ArrayList<>();
    // a chart whose latest limits rest on too few points is shown, but does not decide
    Optional<Tone> chart = spc.filter(Reading::decisive).map(Reading::chartTone);
    spc.map(Reading::chartClause).ifPresent(clauses::add);
    Optional<Tone> year = change.map(c -> yearTone(c));
    change.map(c -> new Clause(c.words(), yearTone(c))).ifPresent(clauses::add);
    Optional<TargetRating> rating = target.map(TargetAssessment::rating)
        .filter(r -> r != TargetRating.NO_DATA && r != TargetRating.NOT_RATED);
    target.filter(t -> rating.isPresent()).map(Reading::targetClause).ifPresent(clauses::add);
    if (clauses.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder(clauses.get(0).text());
    Tone lead = clauses.get(0).tone();
    String previous = "";
    for (Clause c : clauses.subList(1, clauses.size())) {
      boolean against = c.tone() == Tone.BAD && lead != Tone.BAD
          || c.tone() == Tone.GOOD && lead == Tone.BAD;
      String joint = against && !previous.equals("but") ? "but" : "and";
      s.append(joint.equals("but") ? ", but " : " and ").append(c.text());
      previous = joint;
    }
    String reading = reading(polarity, chart, year, change, rating);
    return Optional.of(Words.sentence(s + ": " + reading + "."));
  }

  static Tone chartTone(SpcResult spc) {
    return switch (spc.variation()) {
      case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> Tone.GOOD;
      case CONCERN_HIGH, CONCERN_LOW -> Tone.BAD;
      case COMMON_CAUSE, NEUTRAL_HIGH, NEUTRAL_LOW -> Tone.NEUTRAL;
    };
  }

  private static Clause chartClause(SpcResult spc) {
    List<SpcGroup> groups = spc.groups();
    SpcGroup last = groups.get(groups.size() - 1);
    String since = last.first().map(p -> " since " + p).orElse(" over its " + last.points()
        + (last.points() == 1 ? " point" : " points"));
    VariationIcon icon = spc.variation();
    String where = switch (icon) {
      case COMMON_CAUSE -> "within its usual range" + since;
      case IMPROVEMENT_LOW, CONCERN_LOW, NEUTRAL_LOW -> "below its average" + since;
      case IMPROVEMENT_HIGH, CONCERN_HIGH, NEUTRAL_HIGH -> "above its average" + since;
    };
    String indicative = last.shortGroup() ? " (limits from " + last.points()
        + (last.points() == 1 ? " point" : " points") + ": indicative)" : "";
    return new Clause(where + indicative, chartTone(spc));
  }

  /** Whether the chart's latest limits rest on enough points to decide. */
  static boolean decisive(SpcResult spc) {
    return !spc.groups().get(spc.groups().size() - 1).shortGroup();
  }

  static Tone yearTone(YearOnYear c) {
    return c.better() ? Tone.GOOD : c.worse() ? Tone.BAD : Tone.NEUTRAL;
  }

  private static Clause targetClause(TargetAssessment t) {
    String aim = t.aim().map(a -> " (" + Words.figure(a.doubleValue()) + ")").orElse("");
    return switch (t.rating()) {
      case GREEN -> new Clause("meeting its target", Tone.GOOD);
      case AMBER -> new Clause("short of its target" + aim + ", within tolerance", Tone.BAD);
      default -> new Clause("short of its target" + aim + ", beyond tolerance", Tone.BAD);
    };
  }

  private static String reading(Polarity polarity, Optional<Tone> chart, Optional<Tone> year,
      Optional<YearOnYear> change, Optional<TargetRating> rating) {
    boolean sig = change.map(YearOnYear::significant).orElse(false);
    String move = change.map(c -> c.current() > c.previous() ? "rise" : "fall").orElse("change");
    boolean directed = polarity == Polarity.LOWER_IS_BETTER || polarity == Polarity.HIGHER_IS_BETTER;
    String read;
    Tone verdict;
    if (chart.isPresent()) {
      Tone y = year.orElse(Tone.NEUTRAL);
      switch (chart.get()) {
        case GOOD -> {
          verdict = Tone.GOOD;
          read = y != Tone.BAD ? "read it as improving"
              : sig ? "the improvement is slipping: this year's " + move + " is more than chance"
                  : "read it as improving, as this year's " + move + " is within chance";
          if (y == Tone.BAD && sig) {
            verdict = Tone.BAD;
          }
        }
        case BAD -> {
          verdict = Tone.BAD;
          read = y != Tone.GOOD ? "read it as getting worse"
              : sig ? "the worsening is easing: this year's " + move + " is more than chance"
                  : "read it as getting worse, as this year's " + move + " is within chance";
        }
        default -> {
          verdict = Tone.NEUTRAL;
          if (!directed && sig) {
            read = "read it as a real " + move + " on last year that the chart does not yet show";
          } else if (sig) {
            read = "read it as a real " + move + " on last year that the chart does not yet show"
                + " as a shift: watch the next points";
            verdict = y;
          } else {
            read = "read it as no real change";
          }
        }
      }
    } else if (change.isPresent()) {
      verdict = sig ? year.orElse(Tone.NEUTRAL) : Tone.NEUTRAL;
      read = sig ? "read it as a real " + move + " on last year" : "read it as no real change";
    } else {
      verdict = Tone.NEUTRAL;
      read = "too little data to read a trend";
    }
    if (rating.isPresent() && (chart.isPresent() || change.isPresent())) {
      boolean met = rating.get() == TargetRating.GREEN;
      if (verdict == Tone.GOOD && !met) {
        read += ", though not yet at its target";
      } else if (verdict == Tone.BAD && met) {
        read += ", though it still meets its target";
      } else if (verdict == Tone.NEUTRAL) {
        read += met ? ", at its target" : ", short of its target";
      }
    }
    return read;
  }
}
