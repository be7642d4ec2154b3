package io.github.sscp.model.strategy;

import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.evidence.Survey;
import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A record of community engagement (SI 2007/1830 reg 12): when and how the partnership sought views,
 * which groups it reached, and which assessment or plan the views informed, e.g. the 12-week public
 * consultation of autumn 2021 on the Safe City Strategy.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Engagement extends WithEngagement, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The record's id. */
  @Id
  String id();

  /** What it was, e.g. "Safe City Strategy consultation". */
  @NotBlank
  String title();

  /** When it ran: a day, or the period for a consultation. */
  ReportingPeriod period();

  /** How views were sought. */
  EngagementMethod method();

  /** The groups reached, e.g. "young people", "businesses in the night-time economy". */
  List<@NotBlank String> groups();

  /** How many took part. */
  Optional<@PositiveOrZero Integer> participants();

  /** The survey it used, by id. */
  @RefersTo(Survey.class)
  Optional<@Id String> surveyId();

  /** The strategic assessments it informed, by id. */
  @RefersTo(StrategicAssessment.class)
  List<@Id String> informedAssessmentIds();

  /** The strategies or plans it informed, by id. */
  @RefersTo(Strategy.class)
  List<@Id String> informedStrategyIds();

  /** What was done and heard. */
  Optional<@NotBlankIfPresent String> description();

  /** Builder for {@link Engagement}. */
  class Builder extends ImmutableEngagement.Builder {}
}
