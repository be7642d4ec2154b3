package io.github.sscp.examples.southampton;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.base.Provenance;
import io.github.sscp.model.base.ProvenanceKind;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.funding.FundingBid;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.Risk;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationSeries;
import io.github.sscp.model.measure.SeriesBreak;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.governance.Officeholder;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.Annex;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.KeyCrimeIssue;
import io.github.sscp.model.strategy.PlanAlignment;
import io.github.sscp.model.strategy.Programme;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyRevision;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.model.validation.Violation;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints the Southampton Safe City Partnership as the model holds it, in plain words: the
 * partnership and its officeholders, partners by role, the strategy with its priorities, key crime
 * issues and obsessions (data summary, what needs to be done, actions and measures of success),
 * tactical activities, the communications plan, evidence, meetings, real recorded-crime figures,
 * funding and risks. Every illustrative or inferred value is labelled where it is shown. Run it
 * with the README's main job command.
 */
public final class SouthamptonExample {

  private final PrintStream out;
  private final Partnership p;
  private final Set<String> notes = new LinkedHashSet<>();

  SouthamptonExample(PrintStream out, Partnership partnership) {
    this.out = out;
    this.p = partnership;
  }

  /**
   * Builds, validates and prints the partnership.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Partnership sscp = SouthamptonSafeCityPartnership.build();
    List<Violation> violations = ModelValidator.shared().validate(sscp);
    if (!violations.isEmpty()) {
      violations.forEach(v -> System.err.println("invalid: " + v));
      System.exit(1);
    }
    new SouthamptonExample(System.out, sscp).print();
  }

  void print() {
    LocalDate asOf = SouthamptonSafeCityPartnership.briefingMonth().atEndOfMonth();
    printPartnership(asOf);
    printPartners();
    for (Strategy s : p.strategies()) {
      printStrategy(s, asOf);
    }
    printEvidenceAndMeetings();
    printRecordedCrime();
    printFundingAndRisks();
    out.println();
    out.println("Labels");
    notes.forEach(n -> out.println("  " + n));
    out.println("  Recorded-crime figures are real: " + SouthamptonRecordedCrime.SOURCE + ". "
        + SouthamptonRecordedCrime.HOME_OFFICE_CSP_DATA.attribution().orElse(""));
  }

  private void printPartnership(LocalDate asOf) {
    out.println(p.name() + p.shortName().map(s -> " (" + s + ")").orElse(""));
    out.println("  Community Safety Partnership for " + p.area().name()
        + p.area().code().map(c -> " (" + c + ")").orElse(" (GSS code not known)") + ", "
        + Words.structure(p.structure()) + " in " + Words.of(p.nation()) + (p.merged() ? ", merged" : ""));
    p.policeForceAreas().forEach(a -> out.println("  Police force area: " + a.name()
        + a.code().map(c -> " (" + c + ")").orElse("")));
    p.managingTeam().ifPresent(t -> out.println("  Managed by " + name(t.organisationId()) + "'s "
        + t.name() + " team" + (t.onBehalfOfStatutoryPartners() ? " on behalf of the statutory partners"
            : "")));
    for (Officeholder o : p.officeholders()) {
      if (o.office() == Office.CONTACT_OFFICER) {
        continue;
      }
      io.github.sscp.model.organisation.Person person = o.personId().flatMap(p::person).orElseThrow();
      out.println("  " + Words.of(o.office()) + ": " + person.displayName()
          + o.portfolio().map(x -> ", Cabinet Member for " + x).orElse("")
          + (o.portfolio().isEmpty() ? person.roleTitle()
              .filter(t -> !t.toLowerCase(java.util.Locale.ROOT)
                  .startsWith(Words.of(o.office()).toLowerCase(java.util.Locale.ROOT)))
              .map(x -> ", " + x).orElse("") : "")
          + o.selection().map(x -> " (" + Words.of(x) + ")").orElse("") + label(o.provenance()));
    }
    p.officeholders().stream().filter(o -> o.office() == Office.CONTACT_OFFICER).findFirst()
        .flatMap(o -> o.personId().flatMap(p::person)).ifPresent(c -> out.println("  Contact: "
            + c.displayName() + c.contact().map(x -> " (contact details held as personal data)")
                .orElse("")));
    out.println("  Chair on " + Words.date(asOf) + ": " + p.chairs(asOf).stream()
        .map(x -> x.displayName()).collect(Collectors.joining(" and ")));
  }

  private void printPartners() {
    heading("Statutory partners (responsible authorities, Crime and Disorder Act 1998 s5)");
    for (Membership m : p.statutoryMemberships()) {
      out.println("  " + Words.responsibleAuthority(m) + ": " + name(m.organisationId())
          + label(m.provenance()) + label(p.organisation(m.organisationId()).orElseThrow().provenance()));
    }
    heading("Non-statutory partners on the board");
    for (Membership m : p.nonStatutoryMemberships()) {
      out.println("  " + name(m.organisationId()) + " ("
          + m.partnerCategory().map(Words::of).orElse(Words.of(m.role())) + ")");
    }
  }

  private void printStrategy(Strategy s, LocalDate asOf) {
    heading(s.title() + " (" + Words.of(s.status()) + ")");
    out.println("  Period: " + Words.date(s.period().start()) + " to " + Words.date(s.period().endInclusive())
        + label(s.periodProvenance()));
    out.println("  Statutory strands the strategy declares: " + s.statutoryStrands().stream().sorted()
        .map(x -> Words.of(x) + " (" + x.provision() + ")").collect(Collectors.joining("; ")));
    for (StrategyRevision r : s.revisions()) {
      out.println("  Revised: " + r.version() + r.agreedOn().map(d -> ", agreed " + Words.date(d)).orElse("")
          + ". Why: " + String.join("; ", r.reasons()) + ".");
      r.changes().forEach(c -> out.println("    " + c));
    }
    out.println("  Priorities:");
    s.priorities().forEach(x -> out.println("    " + x.order() + ". " + x.title()
        + (x.aliases().isEmpty() ? "" : " (also worded: " + String.join("; ", x.aliases()) + ")")));
    Optional<ReportingPeriod> issuePeriod = s.keyCrimeIssues().stream().map(KeyCrimeIssue::period).findFirst();
    out.println("  Key crime issues" + issuePeriod.map(x -> ", " + Words.financialYears(x)).orElse("")
        + s.keyCrimeIssues().stream().findFirst().map(k -> label(k.provenance())).orElse("") + ":");
    s.keyCrimeIssues().forEach(k -> out.println("    " + k.order() + ". " + k.title()
        + k.approach().map(a -> " " + a).orElse("")
        + (k.subIssues().isEmpty() ? "" : ": " + k.subIssues().stream().map(x -> x.title())
            .collect(Collectors.joining(", ")))));
    List<FocusArea> obsessions = s.focusAreas(FocusAreaKind.OBSESSION);
    out.println("  Obsessions (" + obsessions.size() + ")" + obsessions.stream().findFirst()
        .flatMap(f -> f.agreedAtMeetingId()).flatMap(this::meeting)
        .map(m -> ", agreed at the " + bodyName(m.bodyId()) + " " + Words.of(m.format()) + " on "
            + Words.date(m.date())).orElse("") + ":");
    for (FocusArea f : obsessions) {
      out.println("    * " + f.title() + label(f.provenance()));
      f.dataSummary().ifPresent(x -> out.println("        Data summary: " + x));
      f.whatNeedsToBeDone().forEach(x -> out.println("        What needs to be done: " + x));
      f.howWeWillDoIt().forEach(a -> out.println("        How we will do it: " + action(a, asOf)));
      for (MeasureBinding b : f.measuresOfSuccess()) {
        out.println("        Measure of success: " + measure(b));
      }
    }
    out.println("  Tactical activities:");
    s.programmes().forEach(x -> out.println("    " + programme(x)));
    s.communicationsPlan().ifPresent(c -> out.println("  Communications plan: " + c.status()
        + c.launch().map(l -> "; launch " + l).orElse("") + (c.regularUpdateProgrammeIds().isEmpty() ? ""
            : "; then regular updates on " + c.regularUpdateProgrammeIds().stream()
                .map(id -> s.programmes().stream().filter(x -> x.id().equals(id)).findFirst()
                    .map(Programme::name).orElse(id)).collect(Collectors.joining(", ")))));
    s.kpiReviewBodyId().ifPresent(b -> out.println("  Progress and KPIs managed by: " + bodyName(b)));
    s.scheduledReviews().forEach(r -> out.println("  " + r.description() + " in " + r.when()));
    for (PlanAlignment a : s.alignments()) {
      out.println("  Fits: " + a.planName() + a.externalPriority().map(x -> ", '" + x + "'").orElse("")
          + a.commitment().map(c -> ": " + c).orElse(""));
    }
    for (Annex a : s.annexes()) {
      out.println("  Annex " + a.number() + ": " + a.title() + (a.published() ? "" : " (not published)")
          + (a.measureIds().isEmpty() ? "" : "; crime types shown below: " + a.measureIds().stream()
              .map(id -> p.measure(id).map(MeasureDefinition::name).orElse(id))
              .collect(Collectors.joining(", ")))
          + label(a.provenance()));
    }
  }

  private String action(Action a, LocalDate asOf) {
    List<String> facts = new ArrayList<>();
    facts.add(name(a.ownerOrganisationId()));
    a.dueDate().ifPresent(d -> facts.add("due " + Words.date(d)));
    facts.add(Words.of(a.statusOn(asOf)));
    if (a.isOverdue(asOf)) {
      facts.add("overdue at " + Words.date(asOf));
    }
    return a.title() + " (" + String.join("; ", facts) + ")" + label(a.provenance());
  }

  private String measure(MeasureBinding b) {
    MeasureDefinition m = p.measure(b.measureId()).orElseThrow();
    StringBuilder text = new StringBuilder(m.name() + " (" + m.unit() + ", " + Words.of(m.polarity())
        + ", " + Words.of(m.frequency()) + ")");
    b.baseline().ifPresent(x -> text.append("; baseline ").append(x.value().toPlainString())
        .append(" in ").append(x.period()).append(label(x.provenance())));
    for (Target t : b.targets()) {
      text.append("; target: ").append(Words.target(t, m.polarity())).append(label(t.provenance()));
    }
    return text.toString();
  }

  private String programme(Programme x) {
    List<String> parts = new ArrayList<>();
    x.fundingStream().ifPresent(parts::add);
    x.leadOrganisationId().map(this::name).ifPresent(parts::add);
    String detail = parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    return x.name() + detail + (x.focuses().isEmpty() ? "" : ": " + String.join(", ", x.focuses()))
        + (x.interventions().isEmpty() ? "" : "; including " + String.join(", ", x.interventions()));
  }

  private void printEvidenceAndMeetings() {
    heading("Evidence");
    for (StrategicAssessment a : p.strategicAssessments()) {
      out.println("  " + a.title() + ", published " + a.publishedOn().map(Words::date)
          .or(() -> a.publicationNote()).orElse("(date not known)")
          + a.publisher().map(x -> " on the " + x).orElse("") + a.approach().map(x -> " (" + x + ")").orElse("")
          + a.url().map(u -> ": " + u).orElse(""));
    }
    p.surveys().forEach(x -> out.println("  " + x.title() + x.description().map(d -> ": " + d).orElse("")));
    heading("Meetings and decisions");
    for (Meeting m : p.meetings()) {
      out.println("  " + Words.date(m.date()) + ", " + bodyName(m.bodyId()) + " " + Words.of(m.format())
          + " (" + Words.of(m.status()) + ")" + label(m.provenance()));
      m.decisions().forEach(d -> out.println("    " + d.summary() + " - " + Words.of(d.outcome())));
    }
  }

  private void printRecordedCrime() {
    heading("Annex 2 crime types: real quarterly police recorded crime for Southampton");
    for (String id : List.of(SouthamptonSafeCityPartnership.RESIDENTIAL_BURGLARY,
        SouthamptonSafeCityPartnership.THEFT_OF_MOTOR_VEHICLE)) {
      MeasureDefinition m = p.measure(id).orElseThrow();
      ObservationSeries series = p.ownSeries(id);
      List<Observation> obs = series.observations();
      Observation last = obs.get(obs.size() - 1);
      FinancialYear lastYear = FinancialYear.from(last.period().start());
      BigDecimal yearTotal = obs.stream().filter(o -> lastYear.encloses(o.period()))
          .map(o -> o.value().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
      out.println("  " + m.name() + ": " + obs.size() + " quarters, " + obs.get(0).period() + " to "
          + last.period() + "; " + lastYear + " total " + yearTotal.toPlainString() + " offences; latest"
          + " quarter " + last.value().map(BigDecimal::toPlainString).orElse("suppressed"));
      for (SeriesBreak b : m.breaks()) {
        out.println("    Series break from " + Words.date(b.date()) + ": " + b.description());
      }
    }
  }

  private void printFundingAndRisks() {
    heading("Funding");
    out.println("  Core budget from the council or any other partner: "
        + (p.funding().hasCoreBudget() ? "yes" : "none"));
    for (FundingBid b : p.funding().bids()) {
      out.println("  " + b.title() + ": " + Words.of(b.status())
          + b.amountAwarded().map(a -> ", " + (b.approximate() ? "approximately " : "") + a.abbreviated()
              + " (" + a.formatted() + ")").orElse("")
          + b.ledByPersonId().flatMap(p::person).map(x -> "; led by " + x.displayName()
              + x.roleTitle().map(t -> ", " + t).orElse("")).orElse("")
          + (b.funderOrganisationIds().isEmpty() ? "" : "; from " + b.funderOrganisationIds().stream()
              .map(this::name).collect(Collectors.joining(" and ")))
          + (b.purposes().isEmpty() ? "" : "; to tackle " + String.join(", ", b.purposes())));
    }
    heading("Risks");
    for (Risk r : p.risks()) {
      out.println("  " + Words.capitalised(r.category()) + ", held by " + name(r.ownerOrganisationId()) + ": "
          + r.description());
      r.mitigations().forEach(x -> out.println("    Mitigation: " + x));
    }
  }

  private void heading(String text) {
    out.println();
    out.println(text);
  }

  private String name(String organisationId) {
    return p.organisation(organisationId).map(o -> o.name()).orElse(organisationId);
  }

  private String bodyName(String bodyId) {
    return p.governanceBody(bodyId).map(b -> b.name()).orElse(bodyId);
  }

  private Optional<Meeting> meeting(String id) {
    return p.meetings().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** A short label for content that is not simply supplied or sourced; the note goes to the key. */
  private String label(Provenance provenance) {
    if (provenance.kind() == ProvenanceKind.ILLUSTRATIVE || provenance.kind() == ProvenanceKind.INFERRED) {
      String word = provenance.kind() == ProvenanceKind.ILLUSTRATIVE ? "illustrative" : "inferred";
      notes.add("[" + word + "] " + provenance.note().orElse(""));
      return " [" + word + "]";
    }
    return "";
  }
}
