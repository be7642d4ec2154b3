package io.github.sscp.data.files;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.model.validation.Violation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What data files gave a partnership: the observations of its own area (no area) and of its peers
 * (their GSS codes), each import's summary, the data's attribution, a comparator group when a table
 * named the peers and the partnership had none, and notes on what could not be used.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param observations the observations, in file order, not null
 * @param imports each import, in the order read, not null
 * @param attributions each publication with its licence, not null
 * @param peerGroup the partnerships of a Home Office table, as a comparator group, when the
 *     partnership has none of its own
 * @param notes what was left out and why, for people, not null
 * @param origins where each observation came from, by its id: a file and line for a tidy row, a
 *     file and the data key for a count, not null
 */
public record DataImport(List<Observation> observations, List<FileImport> imports,
    Set<String> attributions, Optional<ComparatorGroup> peerGroup, List<String> notes,
    java.util.Map<String, String> origins) {

  /**
   * Creates an import, copying the collections.
   *
   * @param observations the observations
   * @param imports the imports
   * @param attributions the attributions
   * @param peerGroup the peer group
   * @param notes the notes
   * @param origins the origins
   */
  public DataImport {
    observations = List.copyOf(observations);
    imports = List.copyOf(imports);
    attributions = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(attributions));
    notes = List.copyOf(notes);
    origins = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(origins));
  }

  /**
   * Joins what was read to a partnership: its observations are joined to the partnership's log
   * ({@link io.github.sscp.model.measure.ObservationLog#join(Iterable)}: equal values are left out,
   * different values for a period already held are appended as revisions, nothing is replaced),
   * and the peer group is added when the partnership has no comparator group. The result is
   * validated.
   *
   * @param partnership the partnership, not null
   * @return the partnership with the data, or the same partnership if nothing was new, not null
   * @throws DataFitException listing every violation if the data does not fit the partnership (an
   *     unknown measure, a period of another kind than the measure's series), each with the file
   *     and line or data key it came from
   */
  public Partnership joinTo(Partnership partnership) {
    unknownMeasures(partnership);
    Partnership joined = partnership;
    ObservationLog log = partnership.observations().join(observations);
    if (log != partnership.observations()) {
      joined = joined.withObservations(log);
    }
    if (peerGroup.isPresent() && partnership.comparatorGroups().isEmpty()) {
      joined = joined.withComparatorGroups(peerGroup.get());
    }
    if (joined == partnership) {
      return partnership;
    }
    List<Violation> violations = ModelValidator.shared().validate(joined);
    if (violations.isEmpty()) {
      return joined;
    }
    List<String> located = new java.util.ArrayList<>();
    for (Violation v : violations) {
      located.add(origin(joined, v.path()).map(o -> o + ": ").orElse("") + v.message()
          + " (at " + v.path() + ")");
    }
    throw new DataFitException(located);
  }

  /**
   * Refuses figures for measures the partnership does not have, one line a measure id: where its
   * rows came from, how many, and the nearest of the partnership's measures.
   */
  private void unknownMeasures(Partnership partnership) {
    Set<String> known = new java.util.TreeSet<>();
    partnership.measures().forEach(m -> known.add(m.id()));
    java.util.Map<String, List<String>> unknown = new java.util.LinkedHashMap<>();
    for (Observation o : observations) {
      if (!known.contains(o.measureId())) {
        unknown.computeIfAbsent(o.measureId(), k -> new java.util.ArrayList<>())
            .add(origins.getOrDefault(o.id(), "the data"));
      }
    }
    if (unknown.isEmpty()) {
      return;
    }
    List<String> lines = new java.util.ArrayList<>();
    unknown.forEach((id, where) -> lines.add(where.get(0) + (where.size() > 1 ? " and "
        + (where.size() - 1) + " more row" + (where.size() == 2 ? "" : "s") : "") + ": '" + id
        + "' is not a measure of the partnership" + DataFiles.nearest(id, known)
        + (known.isEmpty() ? "; it has no measures yet" : "")));
    throw new DataFitException(lines);
  }

  /** Where the observation a path points into came from, if it came from these files. */
  private Optional<String> origin(Partnership p, String path) {
    java.util.regex.Matcher m = ENTRY.matcher(path);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int i = Integer.parseInt(m.group(1));
    if (i >= p.observations().entries().size()) {
      return Optional.empty();
    }
    String id = p.observations().entries().get(i).id();
    // a revision joined from these files carries a suffix (…/r2) on the id it was read with
    String base = id.replaceFirst("/r\\d{1,9}$", "");
    return Optional.ofNullable(origins.get(id))
        .or(() -> Optional.ofNullable(origins.get(base + LATER)))
        .or(() -> Optional.ofNullable(origins.get(base)));
  }

  /** Marks the origin of a figure read again from a later file, which joins as a revision. */
  private static final String LATER = " (read again)";

  private static final java.util.regex.Pattern ENTRY =
      java.util.regex.Pattern.compile("observations\\.entries\\[(\\d{1,9})\\]");

  /**
   * Lists what makes the import unusable or incomplete, one located line each: files that gave no
   * row, files that could not be read, and the first bad rows.
   *
   * @return the lines, empty when every file gave rows and no row was bad, not null
   */
  public List<String> refusals() {
    List<String> out = new java.util.ArrayList<>();
    for (FileImport f : imports) {
      f.unusable().ifPresent(out::add);
      f.summary().problems().forEach(p -> out.add(p.toString()));
      long unlisted = f.summary().problemCount() - f.summary().problems().size();
      if (unlisted > 0) {
        out.add(String.join(", ", f.paths()) + ": " + unlisted + " more bad rows");
      }
    }
    return out;
  }

  /**
   * Combines two imports: the other's observations, imports, attributions, notes and origins follow
   * this one's; the peer group is this one's if it has one.
   *
   * @param other the import to add, not null
   * @return both, not null
   */
  public DataImport plus(DataImport other) {
    List<Observation> o = new java.util.ArrayList<>(observations);
    o.addAll(other.observations());
    List<FileImport> i = new java.util.ArrayList<>(imports);
    i.addAll(other.imports());
    Set<String> a = new java.util.LinkedHashSet<>(attributions);
    a.addAll(other.attributions());
    List<String> n = new java.util.ArrayList<>(notes);
    n.addAll(other.notes());
    java.util.Map<String, String> g = new java.util.TreeMap<>(origins);
    // the same id read again (a later file's figure for the same period) joins as a revision
    other.origins().forEach((id, where) -> g.put(g.containsKey(id) ? id + LATER : id, where));
    return new DataImport(o, i, a, peerGroup.or(other::peerGroup), n, g);
  }
}
