package io.github.sscp.model.strategy;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.measure.CrimeCategory;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.IdScope;
import io.github.sscp.model.constraint.RefersTo;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.time.ReportingPeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A key crime issue for a plan period, identified by the strategic assessment, e.g. "Tackling theft
 * especially burglary, retail theft and car theft" for 2024–28.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@IdScope(Strategy.class)
public interface KeyCrimeIssue extends WithKeyCrimeIssue, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The id focus areas refer to. */
  @Id
  String id();

  /** The position in the list, from 1. */
  @Positive
  int order();

  /** The issue as worded, e.g. "Tackling Violent Crime". */
  @NotBlank
  String title();

  /** How the partnership will respond, e.g. "through rapid and effective partnership responses". */
  Optional<@NotBlankIfPresent String> approach();

  /** The plan period it applies to. */
  ReportingPeriod period();

  /** The named sub-issues. */
  List<@Valid SubIssue> subIssues();

  /** Crime categories of the issue as a whole, beyond those of its sub-issues, by id. */
  @RefersTo(CrimeCategory.class)
  List<@Id String> crimeCategoryIds();

  /** The strategic assessments that identified it, by id. */
  @RefersTo(StrategicAssessment.class)
  List<@Id String> identifiedByAssessmentIds();

  /**
   * Obtains every crime category of the issue: its own and its sub-issues', without repeats.
   *
   * @return the category ids in first-seen order, not null
   */
  default Set<String> allCrimeCategoryIds() {
    Set<String> all = new LinkedHashSet<>(crimeCategoryIds());
    subIssues().forEach(s -> all.addAll(s.crimeCategoryIds()));
    return java.util.Collections.unmodifiableSet(all);
  }

  /** Builder for {@link KeyCrimeIssue}. */
  class Builder extends ImmutableKeyCrimeIssue.Builder {}
}
