package io.github.sscp.model.measure;

/** Why a measure's series is not comparable across a date. */
public enum BreakKind {
  /** A change in how offences are recorded or classified, e.g. the April 2017 burglary split. */
  RECORDING_RULE,
  /** A change in the measure's own definition. */
  DEFINITION,
  /** A boundary change of the area measured. */
  BOUNDARY,
  /** A change of data source or supplier. */
  DATA_SOURCE
}
