package io.github.sscp.model.measure;

import io.github.sscp.model.base.InvalidValueException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An append-only log of observations. Entries are never changed or removed: a correction is appended
 * as a new observation that supersedes an earlier one for the same series and period. {@link
 * #current()} gives the values in force; {@link #history(String)} gives the revision chain; {@link
 * #series(SeriesKey)} gives one series in period order for the KPI engine.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface ObservationLog extends WithObservationLog {

  /** The empty log. */
  ObservationLog EMPTY = ImmutableObservationLog.builder().build();

  /** Orders observations by the start, then the end, of their period. */
  Comparator<Observation> BY_PERIOD = Comparator
      .comparing((Observation o) -> o.period().start())
      .thenComparing(o -> o.period().endExclusive());

  /**
   * Obtains a log holding observations in the order given.
   *
   * @param observations the observations, oldest first, not null
   * @return the log, not null
   * @throws InvalidValueException if ids repeat or a supersession is invalid
   */
  static ObservationLog of(Iterable<? extends Observation> observations) {
    return ImmutableObservationLog.builder().addAllEntries(observations).build();
  }

  /** The observations, in the order they were appended. */
  List<@Valid Observation> entries();

  /**
   * Obtains a log with one more observation; this log is unchanged.
   *
   * @param observation the observation to append, not null
   * @return the longer log, not null
   * @throws InvalidValueException if the id repeats or the supersession is invalid
   */
  default ObservationLog append(Observation observation) {
    Objects.requireNonNull(observation, "observation");
    return ImmutableObservationLog.builder().from(this).addEntries(observation).build();
  }

  /**
   * Obtains a log with several more observations, appended in the order given and checked once;
   * this log is unchanged.
   *
   * @param observations the observations to append, not null
   * @return the longer log, not null
   * @throws InvalidValueException if an id repeats or a supersession is invalid
   */
  default ObservationLog appendAll(Iterable<? extends Observation> observations) {
    Objects.requireNonNull(observations, "observations");
    return ImmutableObservationLog.builder().from(this).addAllEntries(observations).build();
  }

  /**
   * Obtains a log with a correction appended: the observation supersedes the one in force for the
   * same series and period, and is marked {@link ObservationStatus#REVISED} (a suppressed value
   * stays suppressed). Its id is made unique by a revision suffix ({@code …/r2}, {@code …/r3})
   * when it would repeat one in the log. This log is unchanged.
   *
   * @param corrected the corrected value, not null
   * @return the longer log, not null
   * @throws InvalidValueException if no observation is in force for that series and period
   */
  default ObservationLog revise(Observation corrected) {
    Objects.requireNonNull(corrected, "corrected");
    Observation earlier = inForce(corrected).orElseThrow(() -> new InvalidValueException(
        "supersedesId: no observation of " + corrected.seriesKey() + " for " + corrected.period()
            + " is in force to be revised"));
    return append(revision(corrected, earlier, ids()));
  }

  /**
   * Obtains a log with observations joined to it, never replacing an entry: an observation equal to
   * one in force is left out; one for a series and period that already has a different value in
   * force is appended as a revision of it ({@link #revise(Observation)}); any other is appended. A
   * repeated id is made unique by a revision suffix. This log is unchanged.
   *
   * @param observations the observations to join, in order, not null
   * @return the joined log, or this log if nothing changed, not null
   * @throws InvalidValueException if a supersession the observations name is invalid
   */
  default ObservationLog join(Iterable<? extends Observation> observations) {
    Objects.requireNonNull(observations, "observations");
    Map<List<Object>, Observation> inForce = new HashMap<>();
    for (Observation o : current()) {
      inForce.put(slot(o), o);
    }
    Set<String> ids = ids();
    List<Observation> added = new ArrayList<>();
    for (Observation o : observations) {
      Observation earlier = inForce.get(slot(o));
      Observation next;
      if (earlier == null) {
        next = ids.contains(o.id()) ? o.withId(unique(o.id(), ids)) : o;
      } else if (sameFigure(earlier, o)) {
        continue;
      } else if (o.supersedesId().isPresent()) {
        next = ids.contains(o.id()) ? o.withId(unique(o.id(), ids)) : o;
      } else {
        next = revision(o, earlier, ids);
      }
      ids.add(next.id());
      inForce.put(slot(next), next);
      added.add(next);
    }
    return added.isEmpty() ? this : appendAll(added);
  }

  /**
   * Finds the observation in force for the same series and days as another.
   *
   * @param like an observation, not null
   * @return the one in force, or empty
   */
  default Optional<Observation> inForce(Observation like) {
    List<Object> slot = slot(like);
    Observation found = null;
    for (Observation o : current()) {
      if (slot(o).equals(slot)) {
        found = o;
      }
    }
    return Optional.ofNullable(found);
  }

  private Set<String> ids() {
    Set<String> ids = new HashSet<>();
    entries().forEach(o -> ids.add(o.id()));
    return ids;
  }

  private static List<Object> slot(Observation o) {
    return List.of(o.seriesKey(), o.period().start(), o.period().endExclusive());
  }

  private static boolean sameFigure(Observation a, Observation b) {
    return a.value().equals(b.value()) && a.numerator().equals(b.numerator())
        && a.denominator().equals(b.denominator()) && a.status() == b.status();
  }

  private static Observation revision(Observation corrected, Observation earlier, Set<String> ids) {
    String id = corrected.id().equals(earlier.id()) || ids.contains(corrected.id())
        ? unique(corrected.id(), ids) : corrected.id();
    return corrected.withId(id).withSupersedesId(earlier.id())
        .withStatus(corrected.status() == ObservationStatus.SUPPRESSED
            ? ObservationStatus.SUPPRESSED : ObservationStatus.REVISED);
  }

  private static String unique(String id, Set<String> ids) {
    String base = id.replaceAll("/r\\d+$", "");
    for (int n = 2; ; n++) {
      String candidate = base + "/r" + n;
      if (!ids.contains(candidate) && candidate.length() <= 200) {
        return candidate;
      }
      if (candidate.length() > 200) {
        base = base.substring(0, 190);
      }
    }
  }

  /**
   * Obtains the observations in force: every entry that no later entry supersedes.
   *
   * @return the current observations, in log order, not null
   */
  default List<Observation> current() {
    Set<String> superseded = new HashSet<>();
    entries().forEach(o -> o.supersedesId().ifPresent(superseded::add));
    return entries().stream().filter(o -> !superseded.contains(o.id())).toList();
  }

  /**
   * Obtains the observations in force for one measure, in every area and breakdown.
   *
   * @param measureId the measure's id, not null
   * @return the current observations of that measure, in log order, not null
   */
  default List<Observation> current(String measureId) {
    return current().stream().filter(o -> o.measureId().equals(measureId)).toList();
  }

  /**
   * Obtains one series: its current observations sorted by period. Where two current observations
   * cover the same days (a conflict {@link io.github.sscp.model.validation.ModelValidator} reports),
   * the later entry in the log is kept.
   *
   * @param key the series, not null
   * @return the series, possibly empty, not null
   */
  default ObservationSeries series(SeriesKey key) {
    Objects.requireNonNull(key, "key");
    Map<List<LocalDate>, Observation> byDays = new LinkedHashMap<>();
    for (Observation o : current()) {
      if (o.seriesKey().equals(key)) {
        byDays.put(List.of(o.period().start(), o.period().endExclusive()), o);
      }
    }
    List<Observation> sorted = new ArrayList<>(byDays.values());
    sorted.sort(BY_PERIOD);
    return new ObservationSeries(key, sorted);
  }

  /**
   * Obtains every series the log holds, in order of first appearance.
   *
   * @return the series keys, not null
   */
  default Set<SeriesKey> seriesKeys() {
    Set<SeriesKey> keys = new LinkedHashSet<>();
    entries().forEach(o -> keys.add(o.seriesKey()));
    return keys;
  }

  /**
   * Obtains the current observations that share a series and the same days with an earlier
   * current observation: each is a conflict, since a period has one value in force.
   *
   * @return the conflicting observations with the index of their entry, in log order, not null
   */
  default Map<Integer, Observation> conflicts() {
    Set<String> currentIds = new HashSet<>();
    current().forEach(o -> currentIds.add(o.id()));
    Map<List<Object>, Integer> seen = new HashMap<>();
    Map<Integer, Observation> conflicts = new LinkedHashMap<>();
    for (int i = 0; i < entries().size(); i++) {
      Observation o = entries().get(i);
      if (currentIds.contains(o.id())
          && seen.putIfAbsent(List.of(o.seriesKey(), o.period().start(), o.period().endExclusive()), i)
              != null) {
        conflicts.put(i, o);
      }
    }
    return conflicts;
  }

  /**
   * Finds an entry by id.
   *
   * @param id the observation id, not null
   * @return the observation, or empty
   */
  default Optional<Observation> find(String id) {
    return entries().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * Obtains the revision chain that ends at an observation: the first value first, this one last.
   *
   * @param id the observation id, not null
   * @return the chain, empty if there is no such observation
   */
  default List<Observation> history(String id) {
    List<Observation> chain = new ArrayList<>();
    Optional<Observation> at = find(id);
    while (at.isPresent()) {
      chain.add(0, at.get());
      at = at.get().supersedesId().flatMap(this::find);
    }
    return List.copyOf(chain);
  }

  /** Construction invariants: unique ids, and each supersession points back to a like entry once. */
  @Value.Check
  default void check() {
    Map<String, Observation> seen = new HashMap<>();
    Set<String> supersededOnce = new HashSet<>();
    for (int i = 0; i < entries().size(); i++) {
      Observation o = entries().get(i);
      String where = "entries[" + i + "]";
      InvalidValueException.require(!seen.containsKey(o.id()),
          where + ".id: observation id '" + o.id() + "' is already in the log");
      if (o.supersedesId().isPresent()) {
        String target = o.supersedesId().get();
        Observation earlier = seen.get(target);
        if (earlier == null) {
          throw new InvalidValueException(where + ".supersedesId: '" + target
              + "' is not an earlier entry of the log");
        }
        InvalidValueException.require(earlier.seriesKey().equals(o.seriesKey())
                && earlier.period().coversSameDaysAs(o.period()),
            where + ".supersedesId: '" + target + "' is for " + earlier.seriesKey() + " "
                + earlier.period() + ", not " + o.seriesKey() + " " + o.period());
        InvalidValueException.require(supersededOnce.add(target),
            where + ".supersedesId: '" + target + "' is already superseded");
      }
      seen.put(o.id(), o);
    }
  }
}
