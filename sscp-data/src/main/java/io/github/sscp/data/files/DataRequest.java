package io.github.sscp.data.files;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.measure.MeasureDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What data files are read for: the partnership's name in the data (a Home Office CSP name, the
 * local authority that starts police.uk LSOA names), which measure each data key feeds, which
 * peers' series to keep, and who watches the import.
 *
 * <p>A data key is a Home Office offence key ({@code burglary_residential}) or a police.uk category
 * id ({@code police-uk/burglary}). A key feeds the measure named for it explicitly; otherwise the
 * one measure of the partnership whose crime categories include the key's category (for Home
 * Office keys, the {@code home-office/…} category of the offence; for police.uk, the category id
 * itself). A tidy CSV names its measures itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param area the partnership's name in the data, not blank
 * @param measures each data key named explicitly, to its measure's id, not null
 * @param byCategory each crime category id claimed by exactly one measure, to that measure's id,
 *     not null
 * @param peers the peer areas whose series to keep from Home Office tables, not null
 * @param everyPartnershipIsAPeer whether, with no peers named, every other partnership in a Home
 *     Office table is kept as a peer (and named as a comparator group)
 * @param watch who watches each import, not null
 */
public record DataRequest(String area, Map<String, String> measures, Map<String, String> byCategory,
    List<GeographyRef> peers, boolean everyPartnershipIsAPeer, ImportWatch watch) {

  /**
   * Creates a request, copying the collections.
   *
   * @param area the area
   * @param measures the explicit mapping
   * @param byCategory the mapping by category
   * @param peers the peers
   * @param everyPartnershipIsAPeer whether every partnership is a peer
   * @param watch the watch
   */
  public DataRequest {
    Objects.requireNonNull(area, "area");
    if (area.isBlank()) {
      throw new IllegalArgumentException("area: the partnership's name in the data is blank");
    }
    measures = Map.copyOf(measures);
    byCategory = Map.copyOf(byCategory);
    peers = List.copyOf(peers);
    Objects.requireNonNull(watch, "watch");
  }

  /**
   * Obtains the request for a partnership: its area's name, measures found by crime category, the
   * members of its comparator groups as peers (every partnership in a table when it has none).
   *
   * @param partnership the partnership, not null
   * @return the request, not null
   */
  public static DataRequest forPartnership(Partnership partnership) {
    Map<String, Set<String>> claims = new LinkedHashMap<>();
    for (MeasureDefinition m : partnership.measures()) {
      for (String c : m.crimeCategoryIds()) {
        claims.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(m.id());
      }
    }
    Map<String, String> byCategory = new LinkedHashMap<>();
    claims.forEach((c, ms) -> {
      if (ms.size() == 1) {
        byCategory.put(c, ms.iterator().next());
      }
    });
    List<GeographyRef> peers = new ArrayList<>();
    for (ComparatorGroup g : partnership.comparatorGroups()) {
      for (GeographyRef r : g.members()) {
        boolean own = r.code().isPresent() && r.code().equals(partnership.area().code())
            || r.name().equalsIgnoreCase(partnership.area().name());
        if (!own && !peers.contains(r)) {
          peers.add(r);
        }
      }
    }
    return new DataRequest(partnership.area().name(), Map.of(), byCategory, peers,
        partnership.comparatorGroups().isEmpty(), ImportWatch.NONE);
  }

  /**
   * Obtains a copy with the partnership's name in the data.
   *
   * @param name the name, not blank
   * @return the request, not null
   */
  public DataRequest withArea(String name) {
    return new DataRequest(name, measures, byCategory, peers, everyPartnershipIsAPeer, watch);
  }

  /**
   * Obtains a copy that maps data keys to measures explicitly, over any mapping by category.
   *
   * @param keyToMeasure each data key to a measure id, not null
   * @return the request, not null
   */
  public DataRequest withMeasures(Map<String, String> keyToMeasure) {
    Map<String, String> all = new LinkedHashMap<>(measures);
    all.putAll(keyToMeasure);
    return new DataRequest(area, all, byCategory, peers, everyPartnershipIsAPeer, watch);
  }

  /**
   * Obtains a copy with a watch on each import.
   *
   * @param w the watch, not null
   * @return the request, not null
   */
  public DataRequest withWatch(ImportWatch w) {
    return new DataRequest(area, measures, byCategory, peers, everyPartnershipIsAPeer, w);
  }

  /**
   * Finds the measure a data key feeds.
   *
   * @param key the data key, not null
   * @param category the key's crime category id, if it has one
   * @return the measure's id, or empty if the key feeds none
   */
  public Optional<String> measureFor(String key, Optional<String> category) {
    String explicit = measures.get(key);
    if (explicit != null) {
      return Optional.of(explicit);
    }
    return category.map(byCategory::get);
  }
}
