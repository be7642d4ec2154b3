package io.github.sscp.model.geography;

/** Where a comparator group comes from. */
public enum ComparatorSource {
  /** Home Office iQuanta most similar group. */
  IQUANTA_MOST_SIMILAR_GROUP,
  /** Home Office CSP family. */
  HOME_OFFICE_FAMILY,
  /** CIPFA nearest neighbours. */
  CIPFA_NEAREST_NEIGHBOURS,
  /** ONS area classification. */
  ONS_AREA_CLASSIFICATION,
  /** The Core Cities group. */
  CORE_CITIES,
  /** A group the partnership chose. */
  CUSTOM
}
