package io.github.sscp.data.homeoffice;

import io.github.sscp.data.ImportSummary;
import io.github.sscp.data.Publication;
import io.github.sscp.model.base.Provenance;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.time.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Quarterly counts by partnership and offence, with the summary of the import that made them;
 * turned into observations by {@link #toObservations}.
 *
 * <p>Immutable and thread-safe.
 */
public final class HomeOfficeCounts {

  /**
   * One count's key.
   *
   * @param partnership the partnership's name, not null
   * @param offence the offence key, e.g. "burglary_residential" or "Domestic burglary", not null
   * @param quarter the quarter, not null
   */
  public record Key(String partnership, String offence, Quarter quarter) {}

  private static final Comparator<Key> ORDER = Comparator.comparing(Key::partnership)
      .thenComparing(Key::offence).thenComparing(Key::quarter);

  /** The most distinct partnership, offence and quarter counts one read keeps. */
  public static final int MAX_COUNTS = 1_000_000;

  private final SortedMap<Key, Long> counts;
  private final Set<Key> withNegatives;
  private final ImportSummary summary;
  private final java.util.SortedSet<String> offencesSeen;

  private HomeOfficeCounts(SortedMap<Key, Long> counts, Set<Key> withNegatives,
      ImportSummary summary, java.util.SortedSet<String> offencesSeen) {
    this.counts = Collections.unmodifiableSortedMap(counts);
    this.withNegatives = Set.copyOf(withNegatives);
    this.summary = summary;
    this.offencesSeen = Collections.unmodifiableSortedSet(offencesSeen);
  }

  /**
   * Obtains every offence key the rows named, counted or not (the first 1,000).
   *
   * @return the keys, sorted, not null
   */
  public java.util.SortedSet<String> offencesSeen() {
    return offencesSeen;
  }

  /**
   * Obtains the counts.
   *
   * @return the counts by partnership, offence and quarter, not null
   */
  public SortedMap<Key, Long> counts() {
    return counts;
  }

  /**
   * Obtains one count.
   *
   * @param partnership the partnership's name, not null
   * @param offence the offence key, not null
   * @param quarter the quarter, not null
   * @return the count, or empty if the data have none
   */
  public Optional<Long> count(String partnership, String offence, Quarter quarter) {
    return Optional.ofNullable(counts.get(new Key(partnership, offence, quarter)));
  }

  /**
   * Obtains every partnership's quarterly counts of one offence — a peer panel's raw material.
   *
   * @param offence the offence key, e.g. "burglary_residential", not null
   * @return for each partnership in the counts' order, its counts by quarter; empty if none
   */
  public Map<String, SortedMap<Quarter, Long>> byPartnership(String offence) {
    Map<String, SortedMap<Quarter, Long>> out = new java.util.LinkedHashMap<>();
    counts.forEach((k, v) -> {
      if (k.offence().equals(offence)) {
        out.computeIfAbsent(k.partnership(), p -> new TreeMap<>()).put(k.quarter(), v);
      }
    });
    return out;
  }

  /**
   * Checks if a count includes a negative row (a recording correction).
   *
   * @param key the key, not null
   * @return true if any row summed into it was negative
   */
  public boolean includesNegative(Key key) {
    return withNegatives.contains(key);
  }

  /**
   * Obtains the summary of the import.
   *
   * @return the summary, not null
   */
  public ImportSummary summary() {
    return summary;
  }

  /**
   * Turns one partnership's counts into observations, one per quarter and mapped offence. A count
   * that includes a negative row carries a quality note saying so; residential burglary before
   * April 2017 carries a note that it was counted as domestic burglary.
   *
   * @param partnership the partnership's name, not null
   * @param measureByOffence the measure for each offence key; others are left out, not null
   * @param area the partnership's GSS code, or empty for the partnership's own area
   * @return the observations, by measure then quarter, not null
   */
  public List<Observation> toObservations(String partnership, Map<String, String> measureByOffence,
      Optional<GssCode> area) {
    String citation = Publication.HOME_OFFICE_CSP.cite(String.join(", ", summary.files()));
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<Key, Long> e : counts.entrySet()) {
      Key k = e.getKey();
      String measure = measureByOffence.get(k.offence());
      if (measure == null || !k.partnership().equals(partnership)) {
        continue;
      }
      Observation.Builder b = Observation.builder()
          .measureId(measure).geography(area).period(k.quarter())
          .value(BigDecimal.valueOf(e.getValue())).source(Publication.HOME_OFFICE_CSP.name())
          .provenance(Provenance.sourced(citation));
      List<String> notes = new ArrayList<>();
      if (HomeOfficeCsp.isResidentialBurglary(k.offence())
          && k.quarter().start().isBefore(HomeOfficeCsp.BURGLARY_RECLASSIFIED_ON)) {
        notes.add("Counted as domestic burglary, before the April 2017 reclassification");
      }
      if (withNegatives.contains(k)) {
        notes.add("Includes negative counts: recording corrections, kept");
      }
      if (!notes.isEmpty()) {
        b.qualityNote(String.join("; ", notes));
      }
      out.add(b.build());
    }
    out.sort(Comparator.comparing(Observation::measureId));
    return out;
  }

  /** Accumulates counts as rows arrive. */
  static final class Builder {
    private final SortedMap<Key, Long> counts = new TreeMap<>(ORDER);
    private final Set<Key> withNegatives = new HashSet<>();
    private final java.util.SortedSet<String> seen = new java.util.TreeSet<>();

    void saw(String offence) {
      if (seen.size() < 1000) {
        seen.add(offence);
      }
    }

    boolean isFull(String partnership, String offence, Quarter quarter) {
      return counts.size() >= MAX_COUNTS
          && !counts.containsKey(new Key(partnership, offence, quarter));
    }

    /**
     * Adds a row's count to its key's total.
     *
     * @throws ArithmeticException if the total would overflow a long
     */
    void add(String partnership, String offence, Quarter quarter, long count) {
      Key k = new Key(partnership, offence, quarter);
      counts.merge(k, count, Math::addExact);
      if (count < 0) {
        withNegatives.add(k);
      }
    }

    HomeOfficeCounts build(ImportSummary summary) {
      return new HomeOfficeCounts(new TreeMap<>(counts), withNegatives, summary, seen);
    }
  }
}
