package io.github.sscp.model;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.base.MissingAttributesException;
import io.github.sscp.model.base.Provenance;
import io.github.sscp.model.base.ProvenanceKind;
import io.github.sscp.model.base.ValueParseException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.funding.BidStatus;
import io.github.sscp.model.funding.BudgetAllocation;
import io.github.sscp.model.funding.FundingBid;
import io.github.sscp.model.funding.Money;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.governance.Decision;
import io.github.sscp.model.governance.DecisionOutcome;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingStatus;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.model.measure.ToleranceMode;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.organisation.LocalAuthorityTier;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.statutory.AsbCaseReviewFigures;
import io.github.sscp.model.statutory.ReviewDecision;
import io.github.sscp.model.statutory.StatutoryReview;
import io.github.sscp.model.statutory.StatutoryReviewKind;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.time.FinancialYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each construction invariant rejects bad input with a message naming the field and the value. */
class InvariantTest {

  @Test
  void gssCode_rejectsMalformedCodesAndReadsItsPrefix() {
    assertThat(Fixtures.CSP.geographyType()).contains(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP);
    assertThat(GssCode.of("E06000045").geographyType()).contains(GeographyType.LOCAL_AUTHORITY_DISTRICT);
    assertThat(GssCode.of("E06000045").entityPrefix()).isEqualTo("E06");
    assertThat(GssCode.of("E99000001").geographyType()).isEmpty();
    assertThatThrownBy(() -> GssCode.of("E2200012")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("GSS code").hasMessageContaining("'E2200012'");
    assertThatThrownBy(() -> GssCode.of("X22000120")).isInstanceOf(ValueParseException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"E22000120X", "E220001201", "E22000120\n", " E22000120", "e22000120"})
  void gssCode_of_acceptsExactlyNineCharacters(String text) {
    assertThatThrownBy(() -> GssCode.of(text)).isInstanceOf(ValueParseException.class);
  }

  @Test
  void gssCode_parse_ignoresSurroundingWhitespaceLikeEveryParser() {
    assertThat(GssCode.parse(" E22000120\t")).isEqualTo(Fixtures.CSP);
    assertThatThrownBy(() -> GssCode.parse("E22000120X")).isInstanceOf(ValueParseException.class);
  }

  @Test
  void geographyRef_typeMustMatchAKnownPrefix_andTheCodeMayBeUnknown() {
    assertThatThrownBy(() -> GeographyRef.builder().code(Fixtures.CSP).type(GeographyType.POLICE_FORCE_AREA)
        .name("Southampton").build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("type:")
        .hasMessageContaining("Southampton");
    GeographyRef unknown = GeographyRef.withoutCode(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP, "New CSP");
    assertThat(unknown.code()).isEmpty();
    assertThatThrownBy(() -> GeographyRef.of(GssCode.of("E99000001"), "Nowhere"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("E99");
  }

  @Test
  void partnership_areaMustBeAPartnershipGeography() {
    assertThatThrownBy(() -> Partnership.builder().from(Fixtures.partnership())
        .area(GeographyRef.of(GssCode.of("E06000045"), "Southampton")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("area:")
        .hasMessageContaining("test-csp");
  }

  @Test
  void requiredAttributes_areNamedWithTheirTypeWhenMissing() {
    assertThatThrownBy(() -> Partnership.builder().id("x").build())
        .isInstanceOf(MissingAttributesException.class).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("name").hasMessageContaining("nation")
        .hasMessageContaining("Partnership needs these attributes")
        .satisfies(e -> assertThat(((MissingAttributesException) e).attributes())
            .containsExactly("name", "nation", "area", "structure"));
    assertThatThrownBy(() -> Priority.builder().id("p").order(1).build())
        .isInstanceOf(MissingAttributesException.class)
        .hasMessage("title: Priority needs this attribute, which was not set");
  }

  @Test
  void organisation_refinementsBelongToTheirOwnType() {
    assertThatCode(() -> Fixtures.council("c", LocalAuthorityTier.DISTRICT)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Organisation.builder().from(Fixtures.organisation("p", OrganisationType.POLICE_FORCE))
        .localAuthorityTier(LocalAuthorityTier.COUNTY).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("localAuthorityTier:")
        .hasMessageContaining("organisation p is a POLICE_FORCE");
    assertThatThrownBy(() -> Organisation.builder().from(Fixtures.organisation("v", OrganisationType.OTHER))
        .policingBodyKind(io.github.sscp.model.organisation.LocalPolicingBodyKind.POLICE_AND_CRIME_COMMISSIONER)
        .build()).hasMessageStartingWith("policingBodyKind:");
    assertThatThrownBy(() -> Organisation.builder().from(Fixtures.organisation("v", OrganisationType.OTHER))
        .fireAuthorityKind(io.github.sscp.model.organisation.FireAuthorityKind.LONDON_FIRE_COMMISSIONER)
        .build()).hasMessageStartingWith("fireAuthorityKind:");
    assertThatThrownBy(() -> Organisation.builder().from(Fixtures.organisation("v", OrganisationType.OTHER))
        .chiefOfficer(io.github.sscp.model.organisation.ChiefOfficerKind.CHIEF_CONSTABLE)
        .build()).hasMessageStartingWith("chiefOfficer:");
  }

  @Test
  void target_carriesAValueExactlyWhenItsTypeNeedsOne() {
    assertThatCode(() -> Target.directionOnly(FinancialYear.of(2025))).doesNotThrowAnyException();
    assertThatThrownBy(() -> Target.builder().type(TargetType.ABSOLUTE).by(FinancialYear.of(2025)).build())
        .hasMessageStartingWith("value:");
    assertThatThrownBy(() -> Target.builder().type(TargetType.DIRECTION_ONLY).value(BigDecimal.ONE)
        .by(FinancialYear.of(2025)).build()).hasMessageStartingWith("value:");
    assertThat(Target.builder().type(TargetType.ABSOLUTE).value(new BigDecimal("900.00"))
        .by(FinancialYear.of(2025)).build())
        .isEqualTo(Target.builder().type(TargetType.ABSOLUTE).value(new BigDecimal("9E+2"))
            .by(FinancialYear.of(2025)).build());
  }

  @Test
  void tolerancePolicy_hasOneToleranceOfZeroOrMoreInCanonicalForm() {
    TolerancePolicy p = TolerancePolicy.relative("board", new BigDecimal("5.0"));
    assertThat(p.tolerance()).isEqualTo(new BigDecimal("5"));
    assertThat(p).isEqualTo(TolerancePolicy.relative("board", new BigDecimal("5.00")));
    assertThatCode(() -> TolerancePolicy.relative("none", BigDecimal.ZERO)).doesNotThrowAnyException();
    assertThatThrownBy(() -> TolerancePolicy.builder().id("x").mode(ToleranceMode.ABSOLUTE)
        .tolerance(BigDecimal.ONE.negate()).build())
        .hasMessage("tolerance: tolerance policy x has a negative tolerance -1");
  }

  @Test
  void meeting_scheduledMeetingsHaveOnlyPendingDecisions() {
    assertThatThrownBy(() -> Meeting.builder().id("m").bodyId("b").date(LocalDate.of(2024, 10, 29))
        .status(MeetingStatus.SCHEDULED).addDecision(Decision.builder().id("d").summary("s")
            .outcome(DecisionOutcome.APPROVED).build()).build())
        .hasMessageStartingWith("decisions:").hasMessageContaining("scheduled meeting m");
    assertThatCode(() -> Meeting.builder().id("m").bodyId("b").date(LocalDate.of(2024, 10, 29))
        .status(MeetingStatus.HELD).addDecision(Decision.builder().id("d").summary("s")
            .outcome(DecisionOutcome.APPROVED).build()).build()).doesNotThrowAnyException();
  }

  @Test
  void fundingBid_onlyAnAwardHasAnAwardedAmount_andNoAmountIsNegative() {
    assertThatThrownBy(() -> FundingBid.builder().id("b").title("t").status(BidStatus.SUBMITTED)
        .amountAwarded(Money.ofPounds(1)).build()).hasMessageStartingWith("amountAwarded:");
    assertThatCode(() -> FundingBid.builder().id("b").title("t").status(BidStatus.PARTIAL)
        .amountAwarded(Money.ofPounds(1)).build()).doesNotThrowAnyException();
    assertThatThrownBy(() -> FundingBid.builder().id("b").title("t").status(BidStatus.AWARDED)
        .amountAwarded(Money.ofPounds(-1)).build()).hasMessageStartingWith("amountAwarded:");
    assertThatThrownBy(() -> FundingBid.builder().id("b").title("t").status(BidStatus.SUBMITTED)
        .amountRequested(Money.ofPounds(-1)).build()).hasMessageStartingWith("amountRequested:");
    assertThatThrownBy(() -> BudgetAllocation.builder().organisationId("c").amount(Money.ofPounds(-5))
        .period(FinancialYear.of(2024)).build()).hasMessageStartingWith("amount:");
  }

  @Test
  void statutoryReview_datesRunInOrderAndOnlyACommissionedReviewHasAReport() {
    StatutoryReview.Builder base = StatutoryReview.builder().id("dhr-1")
        .kind(StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW);
    assertThatThrownBy(() -> base.decision(ReviewDecision.COMMISSIONED).build())
        .hasMessageStartingWith("decidedOn:").hasMessageContaining("dhr-1");
    assertThatThrownBy(() -> StatutoryReview.builder().id("r").kind(StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW)
        .decision(ReviewDecision.PENDING).decidedOn(LocalDate.of(2024, 1, 1)).build())
        .hasMessageStartingWith("decidedOn:");
    assertThatThrownBy(() -> StatutoryReview.builder().id("r").kind(StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW)
        .decision(ReviewDecision.COMMISSIONED).notifiedOn(LocalDate.of(2024, 2, 1))
        .decidedOn(LocalDate.of(2024, 1, 1)).build()).hasMessageStartingWith("decidedOn:");
    assertThatThrownBy(() -> StatutoryReview.builder().id("r").kind(StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW)
        .decision(ReviewDecision.NOT_COMMISSIONED).decidedOn(LocalDate.of(2024, 1, 1))
        .publishedOn(LocalDate.of(2024, 6, 1)).build()).hasMessageStartingWith("publishedOn:");
    assertThatThrownBy(() -> StatutoryReview.builder().id("r").kind(StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW)
        .decision(ReviewDecision.COMMISSIONED).decidedOn(LocalDate.of(2024, 2, 1))
        .publishedOn(LocalDate.of(2024, 1, 1)).build()).hasMessageStartingWith("publishedOn:");
  }

  @Test
  void asbCaseReviewFigures_nest() {
    AsbCaseReviewFigures.Builder b = AsbCaseReviewFigures.builder().period(FinancialYear.of(2024));
    assertThatCode(() -> b.applications(5).thresholdNotMet(2).reviewsCarriedOut(3)
        .reviewsWithRecommendations(3).build()).doesNotThrowAnyException();
    assertThatThrownBy(() -> AsbCaseReviewFigures.builder().period(FinancialYear.of(2024)).applications(5)
        .thresholdNotMet(2).reviewsCarriedOut(3).reviewsWithRecommendations(4).build())
        .hasMessageStartingWith("reviewsWithRecommendations:");
    assertThatThrownBy(() -> AsbCaseReviewFigures.builder().period(FinancialYear.of(2024)).applications(1)
        .thresholdNotMet(2).reviewsCarriedOut(0).reviewsWithRecommendations(0).build())
        .hasMessageStartingWith("thresholdNotMet:");
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
