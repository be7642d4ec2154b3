package io.github.sscp.model.statutory;

import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Serious Violence Duty partnership for the area (PCSC Act 2022 Part 2 Chapter 1), often led
 * through the CSP: its specified authorities (a list of its own), the forum that leads it, the
 * local definition of serious violence, the strategic needs assessment, the strategy and the
 * consultation of educational, prison and youth custody authorities.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface SeriousViolenceDuty extends WithSeriousViolenceDuty {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The specified authorities taking part. */
  List<@Valid SpecifiedAuthority> specifiedAuthorities();

  /** The forum that leads the work, by id. */
  @RefersTo(GovernanceBody.class)
  Optional<@Id String> leadBodyId();

  /** The local definition of serious violence. */
  Optional<@NotBlankIfPresent String> localDefinition();

  /** The strategic needs assessments, by id. */
  @RefersTo(StrategicAssessment.class)
  List<@Id String> needsAssessmentIds();

  /** The strategy. */
  Optional<@Valid SeriousViolenceStrategy> strategy();

  /** Consultations of relevant authorities on the strategy. */
  List<@Valid SvdConsultation> consultations();

  /** Builder for {@link SeriousViolenceDuty}. */
  class Builder extends ImmutableSeriousViolenceDuty.Builder {}
}
