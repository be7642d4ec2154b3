package io.github.sscp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.funding.BidStatus;
import io.github.sscp.model.funding.FundingBid;
import io.github.sscp.model.funding.Money;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.governance.Decision;
import io.github.sscp.model.governance.DecisionOutcome;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingStatus;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.measure.ObservationStatus;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.organisation.PartnerCategory;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.ActionStatus;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Month;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each construction invariant rejects bad input with a message naming the field. */
class InvariantTest {

  static final GssCode CSP = GssCode.of("E22000120");

  @Test
  void gssCode_rejectsMalformedCodesAndReadsItsPrefix() {
    assertThat(CSP.geographyType()).contains(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP);
    assertThat(GssCode.of("E06000045").geographyType()).contains(GeographyType.LOCAL_AUTHORITY_DISTRICT);
    assertThatThrownBy(() -> GssCode.of("E2200012")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("GSS code").hasMessageContaining("'E2200012'");
    assertThatThrownBy(() -> GssCode.of("X22000120")).isInstanceOf(ValueParseException.class);
  }

  @Test
  void geographyRef_typeMustMatchAKnownPrefix() {
    assertThatThrownBy(() -> GeographyRef.builder().code(CSP).type(GeographyType.POLICE_FORCE_AREA)
        .name("Southampton").build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("type:");
  }

  @Test
  void partnership_areaMustBeAPartnershipGeography() {
    assertThatThrownBy(() -> Partnership.builder().from(Fixtures.partnership())
        .area(GeographyRef.of(GssCode.of("E06000045"), "Southampton")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("area:");
  }

  @Test
  void requiredAttributes_areNamedWhenMissing() {
    assertThatThrownBy(() -> Partnership.builder().id("x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("name")
        .hasMessageContaining("nation");
  }

  @Test
  void money_rejectsFractionsOfAPennyAndIgnoresScale() {
    assertThat(Money.of(new BigDecimal("1.5"))).isEqualTo(Money.of(new BigDecimal("1.50")));
    assertThat(Money.parse("GBP 1100000.00")).isEqualTo(Money.ofPounds(1_100_000));
    assertThat(Money.parse(Money.ofPounds(12).toString())).isEqualTo(Money.ofPounds(12));
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.005"))).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("amount:");
    assertThatThrownBy(() -> Money.parse("£12")).isInstanceOf(ValueParseException.class);
  }

  @Test
  void membership_roleDecidesTypeKindAndCategory() {
    assertThat(Membership.healthBody("icb", HealthBodyKind.INTEGRATED_CARE_BOARD).isStatutory()).isTrue();
    assertThat(Membership.nonStatutory("vs", PartnerCategory.VICTIM_SERVICES).isStatutory()).isFalse();
    assertThatThrownBy(() -> Membership.builder().organisationId("x")
        .role(MembershipRole.RESPONSIBLE_AUTHORITY).build())
        .hasMessageStartingWith("responsibleAuthorityType:");
    assertThatThrownBy(() -> Membership.responsibleAuthority("x", ResponsibleAuthorityType.HEALTH_BODY))
        .hasMessageStartingWith("healthBodyKind:");
    assertThatThrownBy(() -> Membership.builder().organisationId("x")
        .role(MembershipRole.NON_STATUTORY_PARTNER).build())
        .hasMessageStartingWith("partnerCategory:");
    assertThatThrownBy(() -> Membership.builder().from(Membership.nonStatutory("x", PartnerCategory.OPCC))
        .validFrom(LocalDate.of(2024, 1, 2)).validTo(LocalDate.of(2024, 1, 1)).build())
        .hasMessageStartingWith("validTo:");
  }

  @Test
  void action_overdueIsDerivedFromTheDateAskedAbout() {
    Action action = Action.builder().id("a").title("t").ownerOrganisationId("o")
        .dueDate(LocalDate.of(2024, 3, 31)).status(ActionStatus.IN_PROGRESS).build();
    assertThat(action.isOverdue(LocalDate.of(2024, 3, 31))).isFalse();
    assertThat(action.isOverdue(LocalDate.of(2024, 4, 1))).isTrue();
    Action done = Action.builder().from(action).status(ActionStatus.COMPLETE)
        .completedDate(LocalDate.of(2024, 5, 1)).build();
    assertThat(done.isOverdue(LocalDate.of(2024, 6, 1))).isFalse();
    assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThatThrownBy(() -> action.withStatus(ActionStatus.COMPLETE))
        .hasMessageStartingWith("completedDate:");
    assertThatThrownBy(() -> action.withStartDate(LocalDate.of(2024, 4, 1)))
        .hasMessageStartingWith("dueDate:");
  }

  @Test
  void target_carriesAValueExactlyWhenItsTypeNeedsOne() {
    assertThatCode(() -> Target.directionOnly(FinancialYear.of(2025))).doesNotThrowAnyException();
    assertThatThrownBy(() -> Target.builder().type(TargetType.ABSOLUTE).by(FinancialYear.of(2025)).build())
        .hasMessageStartingWith("value:");
    assertThatThrownBy(() -> Target.builder().type(TargetType.DIRECTION_ONLY).value(BigDecimal.ONE)
        .by(FinancialYear.of(2025)).build()).hasMessageStartingWith("value:");
  }

  @Test
  void provenance_sourcedCitesAndIllustrativeExplains() {
    assertThatThrownBy(() -> io.github.sscp.model.ImmutableProvenance.builder()
        .kind(ProvenanceKind.SOURCED).build()).hasMessageStartingWith("provenance.citation:");
    assertThatThrownBy(() -> io.github.sscp.model.ImmutableProvenance.builder()
        .kind(ProvenanceKind.ILLUSTRATIVE).build()).hasMessageStartingWith("provenance.note:");
    assertThat(Provenance.illustrative("made up").isIllustrative()).isTrue();
  }

  @Test
  void meeting_scheduledMeetingsHaveOnlyPendingDecisions() {
    assertThatThrownBy(() -> Meeting.builder().id("m").bodyId("b").date(LocalDate.of(2024, 10, 29))
        .status(MeetingStatus.SCHEDULED).addDecision(Decision.builder().id("d").summary("s")
            .outcome(DecisionOutcome.APPROVED).build()).build())
        .hasMessageStartingWith("decisions:");
  }

  @Test
  void fundingBid_onlyAnAwardHasAnAwardedAmount() {
    assertThatThrownBy(() -> FundingBid.builder().id("b").title("t").status(BidStatus.SUBMITTED)
        .amountAwarded(Money.ofPounds(1)).build()).hasMessageStartingWith("amountAwarded:");
  }

  static Observation obs(String id, long value) {
    return Observation.builder().id(id).measureId("m").geography(CSP).period(Month.of(2024, 5))
        .value(BigDecimal.valueOf(value)).build();
  }

  @Test
  void observationLog_isAppendOnlyAndRevisionsSupersedeLikeEntries() {
    ObservationLog log = ObservationLog.of(java.util.List.of(obs("a", 10)));
    Observation revision = Observation.builder().from(obs("b", 12)).supersedesId("a")
        .status(ObservationStatus.REVISED).build();
    ObservationLog revised = log.append(revision);
    assertThat(log.entries()).hasSize(1);
    assertThat(revised.current()).containsExactly(revision);
    assertThat(revised.history("b")).extracting(Observation::id).containsExactly("a", "b");

    assertThatThrownBy(() -> revised.append(obs("a", 1))).hasMessageContaining("entries[2].id");
    assertThatThrownBy(() -> log.append(Observation.builder().from(obs("c", 1)).supersedesId("zz").build()))
        .hasMessageContaining("entries[1].supersedesId").hasMessageContaining("'zz'");
    assertThatThrownBy(() -> revised.append(Observation.builder().from(obs("c", 1)).supersedesId("a").build()))
        .hasMessageContaining("already superseded");
    assertThatThrownBy(() -> log.append(Observation.builder().from(obs("c", 1))
        .period(Month.of(2024, 6)).supersedesId("a").build())).hasMessageContaining("not m");
    assertThatThrownBy(() -> Observation.builder().from(obs("c", 1)).supersedesId("c").build())
        .hasMessageStartingWith("supersedesId:");
    assertThatThrownBy(() -> Observation.builder().from(obs("c", 1)).status(ObservationStatus.REVISED).build())
        .hasMessageStartingWith("supersedesId:");
  }

  @Test
  void values_haveValueSemanticsAndCopiesLeaveTheOriginal() {
    Partnership a = Fixtures.partnership();
    Partnership b = Fixtures.partnership();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    Partnership renamed = Partnership.builder().from(a).name("Other").build();
    assertThat(renamed).isNotEqualTo(a);
    assertThat(a.name()).isEqualTo("Test Community Safety Partnership");
    assertThatThrownBy(() -> a.memberships().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Partnership.builder().from(a).addOrganisation(
        (io.github.sscp.model.organisation.Organisation) null)).isInstanceOf(NullPointerException.class);
  }
}
