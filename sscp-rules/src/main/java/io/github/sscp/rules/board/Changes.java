package io.github.sscp.rules.board;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.KeyCrimeIssue;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two boards: the chair and other offices, the members, the strategy's
 * priorities, key crime issues, focus areas (obsessions), measures of success, targets and
 * statutory strands, and the measures whose verdict moved. Records are matched by id, so a record
 * whose wording changed is "reworded", not removed and added.
 *
 * <p>Thread-safe: stateless.
 */
public final class Changes {

  private Changes() {}

  /**
   * Compares two versions of a partnership and their packs.
   *
   * @param before the partnership as recorded for the last board, not null
   * @param beforePack its pack, not null
   * @param after the partnership now, not null
   * @param afterPack its pack, not null
   * @param since what the comparison is with, in words, not null
   * @return the changes, in the order of the pack; none when nothing changed, not null
   */
  public static BoardChanges between(Partnership before, BoardPack beforePack, Partnership after,
      BoardPack afterPack, String since) {
    Objects.requireNonNull(since, "since");
    List<ChangeLine> out = new ArrayList<>();
    LocalDate then = beforePack.lawAsOf();
    LocalDate now = afterPack.lawAsOf();
    offices(before, then, after, now, out);
    members(before, then, after, now, out);
    Optional<Strategy> was = strategy(before, beforePack);
    Optional<Strategy> is = strategy(after, afterPack);
    if (was.isPresent() && is.isPresent()) {
      strategyChanges(was.get(), then, is.get(), now, before, after, out);
    } else if (is.isPresent()) {
      out.add(new ChangeLine(ChangeKind.PRIORITY_ADDED, "A strategy was recorded: "
          + is.get().title() + "."));
    }
    verdicts(beforePack, afterPack, out);
    return new BoardChanges(since, out);
  }

  private static Optional<Strategy> strategy(Partnership p, BoardPack pack) {
    return pack.strategy().flatMap(s -> p.strategy(s.id()));
  }

  private static void offices(Partnership before, LocalDate then, Partnership after,
      LocalDate now, List<ChangeLine> out) {
    for (Office office : Office.values()) {
      if (office == Office.CONTACT_OFFICER || office == Office.MEMBER) {
        continue;
      }
      List<String> was = before.officeholderNames(office, then);
      List<String> is = after.officeholderNames(office, now);
      if (was.equals(is)) {
        continue;
      }
      ChangeKind kind = office == Office.CHAIR ? ChangeKind.CHAIR : ChangeKind.OFFICE;
      String role = Words.of(office);
      String sentence;
      if (is.isEmpty()) {
        sentence = Words.sentence(Words.list(was)) + " no longer " + (was.size() == 1 ? "holds"
            : "hold") + " the office of " + role + ".";
      } else {
        sentence = "New " + role + ": " + Words.list(is) + (was.isEmpty() ? ""
            : " (was " + Words.list(was) + ")") + ".";
      }
      out.add(new ChangeLine(kind, sentence));
    }
  }

  private static void members(Partnership before, LocalDate then, Partnership after,
      LocalDate now, List<ChangeLine> out) {
    Set<String> was = memberNames(before, then);
    Set<String> is = memberNames(after, now);
    is.stream().filter(n -> !was.contains(n)).forEach(n -> out.add(new ChangeLine(
        ChangeKind.MEMBER_JOINED, n + " joined the partnership.")));
    was.stream().filter(n -> !is.contains(n)).forEach(n -> out.add(new ChangeLine(
        ChangeKind.MEMBER_LEFT, n + " left the partnership.")));
  }

  private static Set<String> memberNames(Partnership p, LocalDate date) {
    Set<String> out = new LinkedHashSet<>();
    p.membershipsOn(date).forEach(m -> p.organisation(m.organisationId())
        .ifPresent(o -> out.add(o.name())));
    return out;
  }

  private static void strategyChanges(Strategy was, LocalDate then, Strategy is, LocalDate now,
      Partnership before, Partnership after, List<ChangeLine> out) {
    compare(byId(was.priorities().stream().sorted(Comparator.comparingInt(Priority::order))
        .toList(), Priority::id), byId(is.priorities().stream()
            .sorted(Comparator.comparingInt(Priority::order)).toList(), Priority::id),
        Priority::title, "Priority", ChangeKind.PRIORITY_ADDED, ChangeKind.PRIORITY_REMOVED,
        ChangeKind.PRIORITY_RENAMED, out);
    compare(byId(was.keyCrimeIssues(), KeyCrimeIssue::id), byId(is.keyCrimeIssues(),
        KeyCrimeIssue::id), k -> k.title() + " (" + Words.years(k.period()) + ")",
        "Key crime issue", ChangeKind.KEY_CRIME_ISSUE_ADDED, ChangeKind.KEY_CRIME_ISSUE_REMOVED,
        ChangeKind.KEY_CRIME_ISSUE_RENAMED, out);
    Map<String, FocusArea> areasWas = byId(was.focusAreas(), FocusArea::id);
    Map<String, FocusArea> areasIs = byId(is.focusAreas(), FocusArea::id);
    String kind = Words.sentence(Words.of(is.focusAreas().stream().map(FocusArea::kind)
        .findFirst().or(() -> was.focusAreas().stream().map(FocusArea::kind).findFirst())
        .orElse(io.github.sscp.model.strategy.FocusAreaKind.OBSESSION)));
    compare(areasWas, areasIs, FocusArea::title, kind, ChangeKind.FOCUS_AREA_ADDED,
        ChangeKind.FOCUS_AREA_REMOVED, ChangeKind.FOCUS_AREA_RENAMED, out);
    Map<String, MeasureBinding> measuresWas = bindings(was);
    Map<String, MeasureBinding> measuresIs = bindings(is);
    measuresIs.keySet().stream().filter(m -> !measuresWas.containsKey(m)).forEach(m ->
        out.add(new ChangeLine(ChangeKind.MEASURE_ADDED, "Measure of success added: " + name(after, m) + ".")));
    measuresWas.keySet().stream().filter(m -> !measuresIs.containsKey(m)).forEach(m ->
        out.add(new ChangeLine(ChangeKind.MEASURE_REMOVED, "Measure of success removed: "
            + name(before, m) + ".")));
    measuresIs.forEach((m, b) -> {
      MeasureBinding old = measuresWas.get(m);
      if (old != null && !old.targets().equals(b.targets())) {
        out.add(new ChangeLine(ChangeKind.TARGET_CHANGED, "The targets of " + name(after, m)
            + " changed."));
      }
    });
    Set<StatutoryStrand> strandsWas = was.statutoryStrandsOn(then);
    Set<StatutoryStrand> strandsIs = is.statutoryStrandsOn(now);
    if (!strandsWas.equals(strandsIs)) {
      List<String> added = strandsIs.stream().filter(s -> !strandsWas.contains(s))
          .map(StatutoryStrand::description).toList();
      List<String> removed = strandsWas.stream().filter(s -> !strandsIs.contains(s))
          .map(StatutoryStrand::description).toList();
      out.add(new ChangeLine(ChangeKind.STRANDS_CHANGED, "The statutory strands the strategy"
          + " covers changed" + (added.isEmpty() ? "" : ": it now covers " + Words.list(added))
          + (removed.isEmpty() ? "" : (added.isEmpty() ? ": " : "; ") + "it no longer covers "
              + Words.list(removed)) + "."));
    }
  }

  private static String name(Partnership p, String measureId) {
    return p.measure(measureId).map(m -> m.name()).orElse(measureId);
  }

  private static Map<String, MeasureBinding> bindings(Strategy s) {
    Map<String, MeasureBinding> out = new LinkedHashMap<>();
    s.focusAreas().forEach(f -> f.measuresOfSuccess().forEach(b -> out.putIfAbsent(b.measureId(),
        b)));
    return out;
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    items.forEach(i -> out.put(id.apply(i), i));
    return out;
  }

  private static <T> void compare(Map<String, T> was, Map<String, T> is, Function<T, String> words,
      String what, ChangeKind added, ChangeKind removed, ChangeKind renamed,
      List<ChangeLine> out) {
    is.forEach((id, x) -> {
      T old = was.get(id);
      if (old == null) {
        out.add(new ChangeLine(added, what + " added: " + words.apply(x) + "."));
      } else if (!words.apply(old).equals(words.apply(x))) {
        out.add(new ChangeLine(renamed, what + " reworded: " + words.apply(old) + " is now "
            + words.apply(x) + "."));
      }
    });
    was.forEach((id, x) -> {
      if (!is.containsKey(id)) {
        out.add(new ChangeLine(removed, what + " removed: " + words.apply(x) + "."));
      }
    });
  }

  private static void verdicts(BoardPack beforePack, BoardPack afterPack, List<ChangeLine> out) {
    for (MeasureRow r : afterPack.rows()) {
      Optional<MeasureRow> old = beforePack.row(r.measureId());
      if (old.isEmpty()) {
        continue;
      }
      String was = verdict(old.get());
      String is = verdict(r);
      if (!was.equals(is)) {
        out.add(new ChangeLine(ChangeKind.VERDICT_MOVED, r.name() + ": from " + was + " to " + is
            + "."));
      }
    }
  }

  private static String verdict(MeasureRow r) {
    return r.variation().map(Words::of).orElse(Words.of(r.status()));
  }
}
