package io.github.sscp.rules.board;

import io.github.sscp.rules.compliance.Outcome;
import io.github.sscp.rules.kpi.spc.AssuranceIcon;
import io.github.sscp.rules.kpi.spc.VariationIcon;
import io.github.sscp.rules.kpi.target.TargetRating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks what needs a board's attention: an item earns its place by needing a decision or a look —
 * a special cause of concern, failing assurance, a red target, a real worsening on last year, a
 * rate worse than the peers' by more than chance, one of the partnership's own duties not met, overdue actions, law starting within the year, measures
 * with no data — in that order, and within a kind in the order of the pack.
 *
 * <p>Thread-safe: stateless.
 */
final class Attention {

  private record Item(AttentionKind kind, int order, String sentence, String detail) {}

  private Attention() {}

  static List<AttentionItem> rank(List<MeasureGroup> groups, LawSummary law, ActionSummary actions,
      List<LawComing> coming, LocalDate lawAsOf) {
    List<Item> items = new ArrayList<>();
    int order = 0;
    List<MeasureRow> noData = new ArrayList<>();
    for (MeasureGroup g : groups) {
      for (MeasureRow r : g.rows()) {
        order++;
        String detail = "measure-" + r.measureId();
        if (r.dataNeeded().isPresent()) {
          noData.add(r);
          continue;
        }
        boolean decisive = r.assessment().spc().map(Reading::decisive).orElse(false);
        if (decisive && r.variation().map(v -> v == VariationIcon.CONCERN_HIGH
            || v == VariationIcon.CONCERN_LOW).orElse(false)) {
          items.add(new Item(AttentionKind.SPECIAL_CAUSE_OF_CONCERN, order, r.name()
              + ", a special cause of concern: " + lower(r.sentence()), detail));
        }
        if (decisive && r.assurance().map(a -> a == AssuranceIcon.CONSISTENT_FAIL).orElse(false)) {
          items.add(new Item(AttentionKind.FAILING_ASSURANCE, order, r.name() + " will not meet"
              + " its target as things stand: its process limits lie on the failing side of it.",
              detail));
        }
        if (r.target().map(t -> t.rating() == TargetRating.RED).orElse(false)) {
          TargetLine t = r.target().get();
          items.add(new Item(AttentionKind.RED_TARGET, order, r.name() + " is red against its"
              + " target of " + t.description() + ": " + t.reason() + ".", detail));
        }
        if (r.change().map(c -> c.significant() && c.worse()).orElse(false)) {
          items.add(new Item(AttentionKind.REAL_WORSENING, order, r.name() + " is "
              + r.change().get().words() + ", more than chance.", detail));
        }
        if (r.peers().map(x -> x.status() == io.github.sscp.rules.kpi.peer.PeerStatus
            .SIGNIFICANTLY_WORSE).orElse(false)) {
          PeerPanel x = r.peers().get();
          items.add(new Item(AttentionKind.WORSE_THAN_PEERS, order, r.name() + " is worse than"
              + " its peers by more than chance: " + x.words() + (r.rate().isPresent()
                  && x.method() == io.github.sscp.rules.kpi.peer.PeerMethod.RATE
                  ? " (" + Words.rate(r.rate().get().rate()) + " against their "
                      + Words.rate(x.peerMean()) + ")" : "")
              + (r.labels().contains("illustrative peers") ? "; the peers are illustrative" : "")
              + ".", detail));
        }
      }
    }
    for (FindingLine f : law.ours()) {
      if (f.outcome() == Outcome.NOT_MET) {
        items.add(new Item(AttentionKind.DUTY_NOT_MET, ++order, "A duty not met — " + lower(
            stop(f.title())) + ": " + firstClause(f.sentence()) + ".", "law-"
            + f.ruleId().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    if (!actions.overdue().isEmpty()) {
      List<ActionLine> late = actions.overdue();
      int n = late.size();
      List<String> owners = late.stream().map(ActionLine::owner).distinct().toList();
      List<LocalDate> due = late.stream().flatMap(a -> a.due().stream()).sorted().toList();
      String when = due.isEmpty() ? "" : due.get(0).equals(due.get(due.size() - 1))
          ? " (due " + Words.date(due.get(0)) + ")"
          : " (due between " + Words.date(due.get(0)) + " and " + Words.date(due.get(due.size()
              - 1)) + ")";
      String whose = owners.size() == 1 ? (n == 1 ? ", owned by " : ", all owned by ")
          + owners.get(0) : ", owned by " + Words.list(owners);
      items.add(new Item(AttentionKind.OVERDUE_ACTIONS, ++order, n == 1
          ? "One action is past its due date: " + late.get(0).title() + " (" + (due.isEmpty() ? ""
              : "due " + Words.date(due.get(0)) + ", ") + "owned by " + owners.get(0) + ")."
          : Words.sentence(number(n)) + " actions are past their due date" + when + whose + ".",
          "actions"));
    }
    for (LawComing l : coming) {
      if (l.from().isPresent()) {
        items.add(new Item(AttentionKind.LAW_STARTING, ++order, "New law from "
            + Words.date(l.from().get()) + ": " + lower(stop(l.title())) + " ("
            + lower(stop(l.requirement())) + ").", "law-coming"));
      }
    }
    if (!noData.isEmpty()) {
      int n = noData.size();
      items.add(new Item(AttentionKind.NO_DATA, ++order, (n == 1 ? "One measure of success has"
          : Words.sentence(number(n)) + " measures of success have") + " no data yet: "
          + Words.list(noData.stream().map(MeasureRow::name).toList()) + ".",
          "measure-" + noData.get(0).measureId()));
    }
    items.sort(Comparator.comparing(Item::kind).thenComparingInt(Item::order));
    List<AttentionItem> out = new ArrayList<>();
    for (Item i : items) {
      out.add(new AttentionItem(out.size() + 1, i.kind(), i.sentence(), i.detail()));
    }
    return out;
  }

  /** The sentence up to its first semicolon, without its full stop. */
  static String firstClause(String sentence) {
    int semi = sentence.indexOf(';');
    return stop(semi < 0 ? sentence : sentence.substring(0, semi));
  }

  static String number(int n) {
    return switch (n) {
      case 2 -> "two";
      case 3 -> "three";
      case 4 -> "four";
      case 5 -> "five";
      case 6 -> "six";
      case 7 -> "seven";
      case 8 -> "eight";
      case 9 -> "nine";
      default -> String.valueOf(n);
    };
  }

  private static String stop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String lower(String s) {
    return s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
        : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
