package io.github.sscp.data.files;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.validation.ModelValidator;
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
 */
public record DataImport(List<Observation> observations, List<FileImport> imports,
    Set<String> attributions, Optional<ComparatorGroup> peerGroup, List<String> notes) {

  /**
   * Creates an import, copying the collections.
   *
   * @param observations the observations
   * @param imports the imports
   * @param attributions the attributions
   * @param peerGroup the peer group
   * @param notes the notes
   */
  public DataImport {
    observations = List.copyOf(observations);
    imports = List.copyOf(imports);
    attributions = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(attributions));
    notes = List.copyOf(notes);
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
   * @throws io.github.sscp.model.validation.ModelValidationException listing every violation if the
   *     data does not fit the partnership (an unknown measure, say)
   */
  public Partnership joinTo(Partnership partnership) {
    Partnership joined = partnership;
    ObservationLog log = partnership.observations().join(observations);
    if (log != partnership.observations()) {
      joined = joined.withObservations(log);
    }
    if (peerGroup.isPresent() && partnership.comparatorGroups().isEmpty()) {
      joined = joined.withComparatorGroups(peerGroup.get());
    }
    return joined == partnership ? partnership : ModelValidator.shared().requireValid(joined);
  }
}
