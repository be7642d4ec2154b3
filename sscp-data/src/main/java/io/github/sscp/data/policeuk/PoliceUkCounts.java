package io.github.sscp.data.policeuk;

import io.github.sscp.data.ImportSummary;
import io.github.sscp.data.Publication;
import io.github.sscp.model.base.Provenance;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.time.CalendarMonth;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Monthly counts of police.uk rows by category (and outcome, when asked), with the summary of the
 * import that made them; turned into the model's observations by {@link #toObservations}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PoliceUkCounts {

  /**
   * One count's key.
   *
   * @param month the month, not null
   * @param categoryId the police.uk category id, e.g. "police-uk/burglary", not null
   * @param outcome the last outcome category, empty when not counted by outcome (or none given)
   */
  public record Key(YearMonth month, String categoryId, Optional<String> outcome) {}

  private static final Comparator<Key> ORDER = Comparator.comparing(Key::month)
      .thenComparing(Key::categoryId).thenComparing(k -> k.outcome().orElse(""));

  private final SortedMap<Key, Long> counts;
  private final boolean byOutcome;
  private final ImportSummary summary;

  private PoliceUkCounts(SortedMap<Key, Long> counts, boolean byOutcome, ImportSummary summary) {
    this.counts = Collections.unmodifiableSortedMap(counts);
    this.byOutcome = byOutcome;
    this.summary = summary;
  }

  /**
   * Obtains the counts, by month, category and outcome.
   *
   * @return the counts, not null
   */
  public SortedMap<Key, Long> counts() {
    return counts;
  }

  /**
   * Obtains the total for a month and category, over every outcome.
   *
   * @param month the month, not null
   * @param categoryId the category id, not null
   * @return the count, 0 if none
   */
  public long count(YearMonth month, String categoryId) {
    long n = 0;
    for (Map.Entry<Key, Long> e : counts.entrySet()) {
      if (e.getKey().month().equals(month) && e.getKey().categoryId().equals(categoryId)) {
        n += e.getValue();
      }
    }
    return n;
  }

  /**
   * Obtains whether outcomes are counted separately.
   *
   * @return true if counted by outcome
   */
  public boolean byOutcome() {
    return byOutcome;
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
   * Turns the counts into observations: one per month and category that has a measure (summed over
   * outcomes unless counted by outcome, when the outcome is a breakdown). A month with no rows of a
   * category has no observation (police.uk lists crimes, not zeros): the series shows it as missing
   * unless {@code zeroFill} is set, when every month seen in the import gets a count, 0 included.
   *
   * @param measureByCategory the measure for each category id, e.g. "police-uk/burglary" →
   *     "burglaries"; categories not listed are left out, not null
   * @param area the area's GSS code, or empty for the partnership's own area
   * @param zeroFill whether months seen without a category's rows count 0 for it
   * @return the observations, by measure then month, not null
   */
  public List<Observation> toObservations(Map<String, String> measureByCategory,
      Optional<GssCode> area, boolean zeroFill) {
    SortedMap<Key, Long> totals = new TreeMap<>(ORDER);
    for (Map.Entry<Key, Long> e : counts.entrySet()) {
      Key k = byOutcome ? e.getKey() : new Key(e.getKey().month(), e.getKey().categoryId(),
          Optional.empty());
      totals.merge(k, e.getValue(), Long::sum);
    }
    if (zeroFill && !byOutcome) {
      for (String period : summary.periods()) {
        for (String category : measureByCategory.keySet()) {
          totals.putIfAbsent(new Key(YearMonth.parse(period), category, Optional.empty()), 0L);
        }
      }
    }
    String citation = Publication.POLICE_UK.cite(String.join(", ", summary.files()));
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<Key, Long> e : totals.entrySet()) {
      String measure = measureByCategory.get(e.getKey().categoryId());
      if (measure == null) {
        continue;
      }
      Observation.Builder b = Observation.builder()
          .measureId(measure).geography(area).period(CalendarMonth.of(e.getKey().month()))
          .value(BigDecimal.valueOf(e.getValue())).source(Publication.POLICE_UK.name())
          .provenance(Provenance.sourced(citation));
      e.getKey().outcome().ifPresent(o -> b.putBreakdown("outcome", o));
      out.add(b.build());
    }
    out.sort(Comparator.comparing(Observation::measureId));
    return out;
  }


  /** Accumulates counts as rows arrive. */
  static final class Builder implements Consumer<StreetCrime> {
    private final Map<Key, long[]> counts = new java.util.HashMap<>();
    private final boolean byOutcome;

    Builder(boolean byOutcome) {
      this.byOutcome = byOutcome;
    }

    @Override
    public void accept(StreetCrime c) {
      counts.computeIfAbsent(new Key(c.month(), c.categoryId(),
          byOutcome ? c.outcome() : Optional.empty()), k -> new long[1])[0]++;
    }

    PoliceUkCounts build(ImportSummary summary) {
      SortedMap<Key, Long> sorted = new TreeMap<>(ORDER);
      counts.forEach((k, v) -> sorted.put(k, v[0]));
      return new PoliceUkCounts(sorted, byOutcome, summary);
    }
  }
}
