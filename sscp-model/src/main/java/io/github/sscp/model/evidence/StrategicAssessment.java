package io.github.sscp.model.evidence;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import io.github.sscp.model.time.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strategic assessment: the annual analysis of crime, disorder and substance misuse that gives the
 * strategy its evidence, e.g. the Safe City Strategic Assessment 2022-23.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface StrategicAssessment extends WithStrategicAssessment {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The assessment's id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String id();

  /** Its title. */
  @NotBlank
  String title();

  /** The kind of assessment, where the source says. */
  Optional<AssessmentType> type();

  /** The period it analyses, e.g. 2022/23. */
  ReportingPeriod periodCovered();

  /** Whether it is published. */
  boolean published();

  /** When it was published, to the month if known. */
  Optional<YearMonth> publishedIn();

  /** Publication timing as the source words it when no month is given, e.g. "late 2023". */
  Optional<@NotBlankIfPresent String> publicationNote();

  /** Where it is published. */
  Optional<@NotBlankIfPresent String> url();

  /** Who publishes it, e.g. "Southampton Data Observatory". */
  Optional<@NotBlankIfPresent String> publisher();

  /** Its approach, e.g. "data-led". */
  Optional<@NotBlankIfPresent String> approach();

  /** The surveys whose results it uses, by id. */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> surveyIds();

  /** Builder for {@link StrategicAssessment}. */
  class Builder extends ImmutableStrategicAssessment.Builder {}
}
