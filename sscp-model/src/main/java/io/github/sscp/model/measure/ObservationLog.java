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
