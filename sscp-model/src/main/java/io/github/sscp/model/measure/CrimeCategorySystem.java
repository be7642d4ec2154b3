package io.github.sscp.model.measure;

/** The code system a crime category belongs to. */
public enum CrimeCategorySystem {
  /** data.police.uk street-level crime categories (API slugs such as {@code burglary}). */
  POLICE_UK,
  /** Home Office police recorded crime offence groups and subgroups. */
  HOME_OFFICE,
  /** A partnership's own category, e.g. "serious youth violence" as it defines it locally. */
  LOCAL
}
