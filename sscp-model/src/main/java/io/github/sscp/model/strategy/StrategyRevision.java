package io.github.sscp.model.strategy;

import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.governance.Decision;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A revision of a strategy, e.g. the 2024 mid-term refresh prompted by a new chair. A revision
 * that restates the statutory strands (adding serious violence, say) lists them, and they apply
 * from its effective date; one that lists none leaves them as they were.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface StrategyRevision extends WithStrategyRevision {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The version label, e.g. "2024 refresh". */
  @NotBlank
  String version();

  /** The kind of revision. */
  RevisionKind kind();

  /** The year the revision was made, e.g. 2024. */
  int year();

  /** The date it was agreed, if known. */
  Optional<LocalDate> agreedOn();

  /** The date it takes effect, if not the date it was agreed. */
  Optional<LocalDate> effectiveFrom();

  /** The statutory strands the revised strategy declares; empty when unchanged. */
  Set<StatutoryStrand> statutoryStrands();

  /** Why it was made, e.g. the election of a new chair. */
  List<@NotBlank String> reasons();

  /** What changed and what stayed. */
  List<@NotBlank String> changes();

  /** The decisions that agreed it, by id. */
  @RefersTo(Decision.class)
  List<@Id String> decisionIds();

  /** When the revised plan was sent to the police and crime commissioner (reg 13A, England). */
  Optional<LocalDate> sentToPccOn();

  /** When it was published. */
  Optional<LocalDate> publishedOn();

  /**
   * Obtains the day the revision takes effect: its effective date, or failing that the day it was
   * agreed.
   *
   * @return the day, or empty if neither is known
   */
  default Optional<LocalDate> effectiveOn() {
    return effectiveFrom().or(this::agreedOn);
  }

  /** Builder for {@link StrategyRevision}. */
  class Builder extends ImmutableStrategyRevision.Builder {}
}
