package io.github.sscp.rules.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every measure of success of a partnership, assessed: one {@link KpiAssessment} per measure, in
 * the strategy's order, with the date the data was cut at.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param partnershipId the partnership's id, not null
 * @param partnershipName the partnership's name, not null
 * @param asOf the last day a period could end on to be assessed; empty when every period was
 * @param assessments one per measure of success, not null
 */
public record MeasureAssessments(String partnershipId, String partnershipName,
    Optional<LocalDate> asOf, List<KpiAssessment> assessments) {

  /**
   * Creates the assessments, copying the list.
   *
   * @param partnershipId the partnership's id
   * @param partnershipName the partnership's name
   * @param asOf the cut-off
   * @param assessments the assessments
   */
  public MeasureAssessments {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(partnershipName, "partnershipName");
    Objects.requireNonNull(asOf, "asOf");
    assessments = List.copyOf(assessments);
  }

  /**
   * Finds the assessment of a measure.
   *
   * @param measureId the measure's id, not null
   * @return the assessment, or empty if the measure is not a measure of success
   */
  public Optional<KpiAssessment> of(String measureId) {
    return assessments.stream().filter(a -> a.measureId().equals(measureId)).findFirst();
  }
}
