package io.github.sscp.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.organisation.LocalPolicingBodyKind;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyStatus;
import io.github.sscp.model.time.DateRange;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parts the rules lean on, each on its own: who the policing body is from the police area
 * alone, how a body's name takes its article, which strategies count, what a rule says where or
 * when it does not apply, a parameter's value on a date, and the report's two verdict lines.
 */
class CompliancePiecesTest {

  static final LocalDate ON = LocalDate.of(2026, 4, 1);

  static Partnership inForceArea(String code, String name) {
    return Csp.england().addPoliceForceArea(GeographyRef.of(GssCode.of(code), name)).build();
  }

  @Test
  void thePoliceAreaAloneSaysWhoThePolicingBodyIs() {
    Partnership city = inForceArea("E23000034", "London, City of");
    assertThat(PolicingBodies.cityOfLondon(city)).isTrue();
    assertThat(PolicingBodies.london(city)).isFalse();
    assertThat(PolicingBodies.electedKind(city, ON)).isEmpty();
    Partnership london = inForceArea("E23000001", "Metropolitan Police");
    assertThat(PolicingBodies.london(london)).isTrue();
    assertThat(PolicingBodies.cityOfLondon(london)).isFalse();
    assertThat(PolicingBodies.electedName(london, ON))
        .isEqualTo("the Mayor's Office for Policing and Crime");
    assertThat(PolicingBodies.electedKind(london, LocalDate.of(2012, 1, 15))).isEmpty();
    Partnership elsewhere = inForceArea("E23000030", "Hampshire");
    assertThat(PolicingBodies.electedName(elsewhere, ON)).isEqualTo("the police and crime"
        + " commissioner");
    assertThat(PolicingBodies.mayorFrom(elsewhere)).isEmpty();
    assertThat(PolicingBodies.electedKind(elsewhere, LocalDate.of(2012, 11, 21))).isEmpty();
    // an area named without a code tells nothing; the next one does
    Partnership uncoded = Csp.england().addPoliceForceArea(GeographyRef.builder().name("Somewhere")
        .type(GeographyType.POLICE_FORCE_AREA).build())
        .addPoliceForceArea(GeographyRef.of(GssCode.of("E23000005"), "Greater Manchester")).build();
    assertThat(PolicingBodies.mayorFrom(uncoded)).hasValue(LocalDate.of(2017, 5, 8));
    // a recorded MOPAC or Common Council says so without the area
    Partnership mopac = Csp.england().addOrganisation(Organisation.builder().id("mopac")
        .name("Mayor's Office for Policing and Crime").type(OrganisationType.LOCAL_POLICING_BODY)
        .policingBodyKind(LocalPolicingBodyKind.MAYORS_OFFICE_FOR_POLICING_AND_CRIME).build())
        .build();
    assertThat(PolicingBodies.london(mopac)).isTrue();
    assertThat(PolicingBodies.electedName(mopac, ON)).isEqualTo("the Mayor's Office for Policing"
        + " and Crime");
    // a police authority existed only until commissioners took office
    Organisation authority = Organisation.builder().id("pa").name("Test Police Authority")
        .type(OrganisationType.LOCAL_POLICING_BODY)
        .policingBodyKind(LocalPolicingBodyKind.POLICE_AUTHORITY).build();
    assertThat(PolicingBodies.existed(elsewhere, authority, LocalDate.of(2012, 11, 21))).isTrue();
    assertThat(PolicingBodies.existed(elsewhere, authority, LocalDate.of(2012, 11, 22))).isFalse();
    Organisation mayor = Organisation.builder().id("gmca").name("Combined Authority")
        .type(OrganisationType.LOCAL_POLICING_BODY)
        .policingBodyKind(LocalPolicingBodyKind.COMBINED_AUTHORITY_MAYOR).build();
    assertThat(PolicingBodies.existed(uncoded, mayor, LocalDate.of(2017, 5, 7))).isFalse();
    assertThat(PolicingBodies.existed(uncoded, mayor, LocalDate.of(2017, 5, 8))).isTrue();
    assertThat(PolicingBodies.existed(elsewhere, mayor, LocalDate.of(2017, 5, 8))).isTrue();
  }

  @Test
  void aBodysNameTakesTheArticleEnglishGivesIt() {
    assertThat(PolicingBodies.withArticle("Office of the Police and Crime Commissioner"))
        .isEqualTo("the Office of the Police and Crime Commissioner");
    assertThat(PolicingBodies.withArticle("Police, Fire and Crime Commissioner for Essex"))
        .isEqualTo("the Police, Fire and Crime Commissioner for Essex");
    assertThat(PolicingBodies.withArticle("The Mayor's Office")).isEqualTo("The Mayor's Office");
    assertThat(PolicingBodies.withArticle("  Hampshire County Council "))
        .isEqualTo("Hampshire County Council");
    assertThat(Phrases.capitalised("the council")).isEqualTo("The council");
    assertThat(Phrases.capitalised("")).isEmpty();
    assertThat(Phrases.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
  }

  static Strategy plan(String id, StrategyStatus status, LocalDate from, LocalDate to) {
    return Strategy.builder().from(Csp.strategy(EnumSet.allOf(StatutoryStrand.class))).id(id)
        .status(status).period(DateRange.of(from, to)).build();
  }

  @Test
  void onlyAdoptedStrategiesInForceCountAndASupersededOneUntilItsSuccessorStarts() {
    LocalDate y2020 = LocalDate.of(2020, 4, 1);
    LocalDate y2024 = LocalDate.of(2024, 4, 1);
    LocalDate y2030 = LocalDate.of(2030, 4, 1);
    for (StrategyStatus notAdopted : List.of(StrategyStatus.DRAFT, StrategyStatus.CONSULTATION,
        StrategyStatus.WITHDRAWN)) {
      Partnership p = Csp.england().strategies(List.of(plan("p", notAdopted, y2020, y2030)))
          .build();
      assertThat(Evidence.strategies(p, ON)).as("%s", notAdopted).isEmpty();
    }
    Partnership both = Csp.england().strategies(List.of(
        plan("old", StrategyStatus.SUPERSEDED, y2020, y2030),
        plan("new", StrategyStatus.ACTIVE, y2024, y2030))).build();
    assertThat(Evidence.strategies(both, LocalDate.of(2024, 3, 31)))
        .extracting(a -> a.value().id()).containsExactly("old");
    assertThat(Evidence.strategies(both, y2024)).extracting(a -> a.value().id())
        .containsExactly("new");
    assertThat(Evidence.strategies(both, y2024).get(0).path()).isEqualTo("strategies[1]");
    // a superseded one whose successor is only a draft still stands
    Partnership draftSuccessor = Csp.england().strategies(List.of(
        plan("old", StrategyStatus.SUPERSEDED, y2020, y2030),
        plan("new", StrategyStatus.DRAFT, y2024, y2030))).build();
    assertThat(Evidence.strategies(draftSuccessor, ON)).extracting(a -> a.value().id())
        .containsExactly("old");
  }

  @Test
  void aRuleSaysWhyItDoesNotApplyHereOrNow() {
    Partnership england = Csp.england().build();
    Finding welsh = Catalogue.statutory().evaluate(england, ON).finding("WSI2007-R3-STRATEGY-GROUP");
    assertThat(welsh.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(welsh.sentence()).startsWith("Wales only: SI 2007/3076");
    Finding early = Catalogue.statutory().evaluate(Csp.wales(), LocalDate.of(2007, 1, 1))
        .finding("WSI2007-R3-STRATEGY-GROUP");
    assertThat(early.sentence()).isEqualTo("Not in force until 19 November 2007.");
    Rule local = StatutoryRule.builder("LOCAL-BOARD-QUORUM", "The board is quorate")
        .source("Terms of reference", "para 4", "https://example.org/tor")
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(LocalDate.of(2020, 1, 1), "a quorum of three",
            Confidence.HIGH).in(Jurisdiction.ENGLAND))
        .check(c -> c.met("Quorate.", List.of())).build();
    Finding elsewhere = Catalogue.empty().with(local).evaluate(Csp.wales(), ON)
        .finding("LOCAL-BOARD-QUORUM");
    assertThat(elsewhere.sentence()).isEqualTo("This rule does not apply in Wales.");
    assertThat(Catalogue.isStatutory("WSI2007-R3-STRATEGY-GROUP")).isTrue();
    assertThat(Catalogue.isStatutory("LOCAL-BOARD-QUORUM")).isFalse();
  }

  @Test
  void aParameterHasTheValueThatStartedLatestOnOrBeforeTheDate() {
    LawParameter first = new LawParameter("x", "a threshold", "3",
        Optional.of(LocalDate.of(2014, 10, 20)), "Act s1", Confidence.HIGH);
    LawParameter later = new LawParameter("x", "a threshold", "4",
        Optional.of(LocalDate.of(2027, 1, 1)), "Act s1, as amended", Confidence.HIGH);
    LawParameter other = new LawParameter("y", "another", "9", Optional.empty(), "Act s2",
        Confidence.HIGH);
    List<LawParameter> all = List.of(later, other, first);
    assertThat(LawParameters.on(all, "x", LocalDate.of(2026, 12, 31))).isEqualTo(first);
    assertThat(LawParameters.on(all, "x", LocalDate.of(2027, 1, 1))).isEqualTo(later);
    // before its first date, the first value (the rule reading it is not yet in force)
    assertThat(LawParameters.on(all, "x", LocalDate.of(2000, 1, 1))).isEqualTo(first);
    assertThat(LawParameters.on(all, "y", LocalDate.of(2000, 1, 1))).isEqualTo(other);
    assertThatThrownBy(() -> LawParameters.on(all, "z", ON))
        .hasMessage("no law parameter z");
    assertThat(LawParameters.date(LawParameters.PCCS)).isEqualTo(LocalDate.of(2012, 11, 22));
    assertThat(Catalogue.parameters()).isEqualTo(LawParameters.all())
        .extracting(LawParameter::id).contains(LawParameters.ASB_THRESHOLD);
    assertThat(Catalogue.statutory().describe().rule("WSI2007-R3-STRATEGY-GROUP")).isPresent();
    assertThat(Catalogue.statutory().describe().rule("NOPE")).isEmpty();
  }

  @Test
  void theReportSaysTheTwoVerdictsApart() {
    Finding own = new Finding("A", "Own duty", Outcome.MET, DutyHolder.PARTNERSHIP, List.of(),
        "the partnership", "Met.", List.of(), "Act", Optional.empty(), Optional.empty(),
        Confidence.HIGH);
    Finding theirs = new Finding("B", "Council's duty", Outcome.NOT_MET, DutyHolder.COUNCIL,
        List.of("council"), "the council (Council)", "Not met.", List.of("meetings[0]"), "Act s2",
        Optional.of("Meet."), Optional.of("meetings:\n- id: m\n"), Confidence.HIGH);
    ComplianceReport r = new ComplianceReport("Test", ON, Jurisdiction.ENGLAND,
        List.of(own, theirs));
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.verdictOnEveryHolder()).isEqualTo(Verdict.NOT_COMPLIANT);
    assertThat(r.render()).contains("The partnership's own duties: compliant; 1 met\n")
        .contains("they do not decide the partnership's verdict): not compliant; 1 not met\n")
        .contains("[NOT MET] B: Council's duty\n  Owed by the council (Council).\n  Not met.\n"
            + "  To satisfy it: Meet.\n  Record it:\n    meetings:\n    - id: m\n"
            + "  Evidence: meetings[0]\n  Law: Act s2 (high confidence)\n");
    ComplianceReport ownOnly = new ComplianceReport("Test", ON, Jurisdiction.ENGLAND,
        List.of(own));
    assertThat(ownOnly.render()).doesNotContain("Duties others owe")
        .doesNotContain("Evidence:").doesNotContain("Record it");
  }
}
