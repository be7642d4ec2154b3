package io.github.sscp.model.evidence;

/** Kinds of strategic assessment. */
public enum AssessmentType {
  /** A full assessment, done with a strategy rewrite. */
  FULL,
  /** A lighter-touch refresh in the interim years. */
  REFRESH,
  /** A Serious Violence Duty strategic needs assessment. */
  SERIOUS_VIOLENCE_NEEDS_ASSESSMENT,
  /** A topic assessment, e.g. domestic and sexual abuse. */
  TOPIC
}
