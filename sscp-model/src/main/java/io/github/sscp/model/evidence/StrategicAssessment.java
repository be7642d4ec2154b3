package io.github.sscp.model.evidence;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A strategic assessment: the analysis of crime, disorder and substance misuse that gives the
 * strategy its evidence, e.g. the Safe City Strategic Assessment 2022-23. A district's assessment
 * may feed the county's; a Serious Violence Duty strategic needs assessment is one too.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface StrategicAssessment extends WithStrategicAssessment, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The assessment's id. */
  @Id
  String id();

  /** Its title. */
  @NotBlank
  String title();

  /** The kind of assessment, where the source says. */
  Optional<AssessmentType> type();

  /** The period it analyses, e.g. 2022/23. */
  ReportingPeriod periodCovered();

  /** The statutory strands it analyses, where stated. */
  Set<StatutoryStrand> strandsCovered();

  /** Whether it is published. */
  boolean published();

  /** When it was published, to the day if known. */
  Optional<LocalDate> publishedOn();

  /** When it was published, to the month if the day is not known. */
  Optional<YearMonth> publishedIn();

  /** Publication timing as the source words it when no month is given, e.g. "late 2023". */
  Optional<@NotBlankIfPresent String> publicationNote();

  /** Where it is published. */
  Optional<@NotBlankIfPresent String> url();

  /** Who publishes it, e.g. "Southampton Data Observatory". */
  Optional<@NotBlankIfPresent String> publisher();

  /** Its approach, e.g. "data-led". */
  Optional<@NotBlankIfPresent String> approach();

  /** How often it is refreshed, e.g. six-monthly. */
  Optional<Frequency> refreshFrequency();

  /** The body that prepared it (the strategy group), by id. */
  @RefersTo(GovernanceBody.class)
  Optional<@Id String> preparedByBodyId();

  /** The organisation that owns it when not the partnership, e.g. the county council, by id. */
  @RefersTo(Organisation.class)
  Optional<@Id String> ownerOrganisationId();

  /** The assessment it feeds, by id, e.g. the county assessment a district's feeds. */
  @RefersTo(StrategicAssessment.class)
  Optional<@Id String> feedsAssessmentId();

  /** The surveys whose results it uses, by id. */
  @RefersTo(Survey.class)
  List<@Id String> surveyIds();

  /**
   * Obtains the day by which it had certainly been published: the day itself, or failing that the
   * last day of the month of publication.
   *
   * @return the day, or empty if unknown
   */
  default Optional<LocalDate> publishedNoLaterThan() {
    return publishedOn().or(() -> publishedIn().map(m -> m.atEndOfMonth()));
  }

  /** Builder for {@link StrategicAssessment}. */
  class Builder extends ImmutableStrategicAssessment.Builder {}
}
