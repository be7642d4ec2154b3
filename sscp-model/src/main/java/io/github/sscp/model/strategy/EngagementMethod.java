package io.github.sscp.model.strategy;

/** How a partnership sought the views of people who live or work in its area. */
public enum EngagementMethod {
  /** A survey. */
  SURVEY,
  /** A formal public consultation. */
  CONSULTATION,
  /** A public meeting. */
  PUBLIC_MEETING,
  /** A workshop or stakeholder event. */
  WORKSHOP,
  /** A focus group with people likely to be particularly affected. */
  FOCUS_GROUP,
  /** Online engagement, e.g. a consultation portal. */
  ONLINE,
  /** Anything else. */
  OTHER
}
