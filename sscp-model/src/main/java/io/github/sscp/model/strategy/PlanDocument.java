package io.github.sscp.model.strategy;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.IdScope;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A planning document under a strategy, e.g. the partnership plan as published, or a district's
 * annual action plan (Annex B) that is RAG-rated six-monthly: its period, status, the dates it was
 * revised and sent to the police and crime commissioner, and the actions it holds.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@IdScope(Strategy.class)
public interface PlanDocument extends WithPlanDocument, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The document's id, unique in its strategy. */
  @Id
  String id();

  /** What kind of document it is. */
  PlanDocumentKind kind();

  /** Its title. */
  @NotBlank
  String title();

  /** The period it covers. */
  ReportingPeriod period();

  /** Where it is in its life. */
  StrategyStatus status();

  /** The dates it was revised, oldest first. */
  List<LocalDate> revisedOn();

  /** When it was sent to the police and crime commissioner (SI 2007/1830 reg 13A, England). */
  Optional<LocalDate> sentToPccOn();

  /** When it was published. */
  Optional<LocalDate> publishedOn();

  /** Where it is published. */
  Optional<@NotBlankIfPresent String> url();

  /** The actions it holds, by id. */
  @RefersTo(value = Action.class, within = Strategy.class)
  List<@Id String> actionIds();

  /** Builder for {@link PlanDocument}. */
  class Builder extends ImmutablePlanDocument.Builder {}
}
