package io.github.sscp.examples.southampton;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.Provenance;
import io.github.sscp.model.ProvenanceKind;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.Officeholder;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.model.validation.Violation;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the Southampton Safe City Partnership's structure: partners by role, priorities, key crime
 * issues, obsessions with their measures, the review schedule, funding and risks. Run it with the
 * README's main job command.
 */
public final class SouthamptonExample {

  /** Held so that the level set in {@link #main} stays in force. */
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  private final PrintStream out;

  SouthamptonExample(PrintStream out) {
    this.out = out;
  }

  /**
   * Builds, validates and prints the partnership.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    Partnership sscp = SouthamptonSafeCityPartnership.build();
    List<Violation> violations = ModelValidator.shared().validate(sscp);
    if (!violations.isEmpty()) {
      violations.forEach(v -> System.err.println("invalid: " + v));
      System.exit(1);
    }
    new SouthamptonExample(System.out).print(sscp);
  }

  void print(Partnership p) {
    LocalDate asOf = SouthamptonSafeCityPartnership.briefingMonth().atEndOfMonth();
    out.println(p.name() + " (" + p.shortName().orElse("") + ") - " + p.area().code() + ", "
        + p.areaType() + ", " + p.nation() + ", police force area "
        + p.policeForceArea().map(a -> a.name() + " " + a.code()).orElse("unknown"));
    p.managingTeam().ifPresent(t -> out.println("Managed by the " + t.name() + " team of "
        + name(p, t.organisationId()) + " on behalf of the statutory partners"));
    for (Officeholder o : p.officeholders()) {
      out.println("  " + o.office() + ": " + p.person(o.personId()).map(x -> x.displayName()).orElse("?")
          + o.portfolio().map(x -> " (" + x + ")").orElse("")
          + o.selection().map(x -> ", " + x.name().toLowerCase()).orElse(""));
    }

    heading("Statutory partners (responsible authorities, CDA 1998 s5)");
    for (Membership m : p.statutoryMemberships()) {
      out.println("  " + m.responsibleAuthorityType().orElseThrow()
          + m.healthBodyKind().map(k -> " (" + k + ")").orElse("") + ": " + name(p, m.organisationId()));
    }
    heading("Non-statutory partners");
    for (Membership m : p.nonStatutoryMemberships()) {
      out.println("  " + m.partnerCategory().map(Enum::name).orElse(m.role().name()) + ": "
          + name(p, m.organisationId()));
    }

    for (Strategy s : p.strategies()) {
      heading(s.title() + " (" + s.period().start() + " to " + s.period().endInclusive() + ", "
          + s.status() + ")");
      out.println("  Statutory strands declared: " + s.statutoryStrands().stream()
          .map(x -> x.provision() + " " + x.name()).sorted().collect(Collectors.joining("; ")));
      s.revisions().forEach(r -> out.println("  Revision: " + r.version() + " - " + r.reasons().get(0)));
      out.println("  Priorities:");
      s.priorities().forEach(x -> out.println("    " + x.order() + ". " + x.title()
          + (x.aliases().isEmpty() ? "" : "  (also worded: " + String.join("; ", x.aliases()) + ")")));
      out.println("  Key crime issues:");
      s.keyCrimeIssues().forEach(k -> out.println("    " + k.order() + ". " + k.title()
          + k.approach().map(a -> " " + a).orElse("")
          + (k.subIssues().isEmpty() ? "" : ": " + k.subIssues().stream().map(x -> x.title())
              .collect(Collectors.joining(", ")))));
      out.println("  Obsessions (" + s.focusAreas(FocusAreaKind.OBSESSION).size() + "):");
      for (FocusArea f : s.focusAreas(FocusAreaKind.OBSESSION)) {
        out.println("    * " + f.title() + label(f.provenance()));
        f.howWeWillDoIt().forEach(a -> out.println("        action: " + a.title() + " [" + a.status()
            + (a.isOverdue(asOf) ? ", OVERDUE at " + asOf : "") + "]"));
        for (MeasureBinding b : f.measuresOfSuccess()) {
          MeasureDefinition m = p.measure(b.measureId()).orElseThrow();
          out.println("        measure: " + m.name() + " (" + m.unit() + ", " + m.polarity() + ", "
              + m.frequency() + ")" + b.baseline().map(x -> "; baseline " + x.period() + " = "
                  + x.value().toPlainString()).orElse("")
              + b.targets().stream().map(t -> "; target " + t.type() + t.value().map(v -> " "
                  + v.toPlainString()).orElse("") + " by " + t.by()).collect(Collectors.joining()));
        }
      }
      out.println("  Tactical activities: " + s.programmes().stream().map(x -> x.name())
          .collect(Collectors.joining("; ")));
      s.scheduledReviews().forEach(r -> out.println("  Review: " + r.kind() + " - " + r.description()
          + " in " + r.when()));
      s.kpiReviewBodyId().ifPresent(b -> out.println("  KPI reviews managed by: " + b));
      s.alignments().forEach(a -> out.println("  Aligned with: " + a.planName() + " - '"
          + a.externalPriority() + "'" + a.commitment().map(c -> ": " + c).orElse("")));
    }

    heading("Evidence and meetings");
    p.strategicAssessments().forEach(a -> out.println("  " + a.title() + ", published "
        + a.publicationNote().orElse("") + ": " + a.url().orElse("")));
    p.meetings().forEach(m -> out.println("  " + m.date() + " " + m.bodyId() + " (" + m.format() + ", "
        + m.status() + "): " + m.decisions().stream().map(d -> d.summary() + " [" + d.outcome() + "]")
        .collect(Collectors.joining("; ")) + label(m.provenance())));

    heading("Annex 2 measures: real quarterly figures for Southampton");
    for (String id : List.of(SouthamptonSafeCityPartnership.RESIDENTIAL_BURGLARY,
        SouthamptonSafeCityPartnership.THEFT_OF_MOTOR_VEHICLE)) {
      List<Observation> series = p.observations().current(id);
      Observation last = series.get(series.size() - 1);
      out.println("  " + p.measure(id).orElseThrow().name() + ": " + series.size() + " quarters, "
          + series.get(0).period() + " to " + last.period() + "; latest " + last.value() + " offences");
    }
    out.println("  Source: " + SouthamptonRecordedCrime.SOURCE + ". "
        + SouthamptonRecordedCrime.HOME_OFFICE_CSP_DATA.attribution().orElse(""));

    heading("Funding");
    out.println("  Core budget from the council or partners: "
        + (p.funding().hasCoreBudget() ? "yes" : "none"));
    p.funding().bids().forEach(b -> out.println("  " + b.title() + ": "
        + (b.approximate() ? "approximately " : "") + b.amountAwarded().map(Object::toString).orElse("-")
        + " for " + String.join(", ", b.purposes())));
    heading("Risks");
    p.risks().forEach(r -> out.println("  " + r.category() + ": " + r.description()));
    out.println();
    out.println("Content marked [illustrative] is made up to show the structure; Annex 1 is not public.");
  }

  private void heading(String text) {
    out.println();
    out.println(text);
  }

  private static String name(Partnership p, String organisationId) {
    return p.organisation(organisationId).map(o -> o.name()).orElse(organisationId);
  }

  private static String label(Provenance provenance) {
    return provenance.kind() == ProvenanceKind.ILLUSTRATIVE ? " [illustrative]"
        : provenance.kind() == ProvenanceKind.INFERRED ? " [inferred: " + provenance.note().orElse("")
            + "]" : "";
  }
}
