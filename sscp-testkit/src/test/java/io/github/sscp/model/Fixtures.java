package io.github.sscp.model;

import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.measure.DataSource;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.organisation.ChiefOfficerKind;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.LocalAuthorityTier;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyStatus;
import io.github.sscp.model.time.DateRange;
import java.time.LocalDate;

/** A small valid partnership for tests to break one piece at a time. */
public final class Fixtures {

  public static final GssCode CSP = GssCode.of("E22000120");

  private Fixtures() {}

  public static Organisation organisation(String id, OrganisationType type) {
    return Organisation.builder().id(id).name("Organisation " + id).type(type).build();
  }

  public static Organisation council(String id, LocalAuthorityTier tier) {
    return Organisation.builder().id(id).name("Council " + id).type(OrganisationType.LOCAL_AUTHORITY)
        .localAuthorityTier(tier).build();
  }

  public static MeasureDefinition measure(String id) {
    return MeasureDefinition.builder().id(id).name("Measure " + id).valueType(ValueType.COUNT)
        .unit("offences").polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.MONTHLY)
        .dataSource(DataSource.of("police.uk")).addCrimeCategoryId("police-uk/burglary").build();
  }

  public static Strategy strategy() {
    return Strategy.builder().id("plan").title("Community Safety Plan")
        .period(DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 4, 1)))
        .status(StrategyStatus.ACTIVE)
        .addPriority(Priority.builder().id("safer").order(1).title("Safer streets").build())
        .addFocusArea(FocusArea.builder().id("burglary").kind(FocusAreaKind.OBSESSION)
            .title("Burglary").addPriorityId("safer")
            .addHowWeWillDoIt(Action.builder().id("cctv").title("Install CCTV")
                .ownerOrganisationId("council").dueDate(LocalDate.of(2025, 3, 31)).build())
            .addMeasuresOfSuccess(MeasureBinding.of("burglaries"))
            .build())
        .build();
  }

  public static Partnership partnership() {
    return Partnership.builder().id("test-csp").name("Test Community Safety Partnership")
        .nation(Nation.ENGLAND).area(GeographyRef.of(CSP, "Test"))
        .structure(LocalGovernmentStructure.UNITARY)
        .addOrganisation(council("council", LocalAuthorityTier.UNITARY))
        .addOrganisation(Organisation.builder().from(organisation("police", OrganisationType.POLICE_FORCE))
            .chiefOfficer(ChiefOfficerKind.CHIEF_CONSTABLE).build())
        .addOrganisation(organisation("icb", OrganisationType.HEALTH_BODY))
        .addMembership(Membership.responsibleAuthority("council", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addMembership(Membership.responsibleAuthority("police",
            ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE))
        .addMembership(Membership.healthBody("icb", HealthBodyKind.INTEGRATED_CARE_BOARD))
        .addMeasure(measure("burglaries"))
        .addStrategy(strategy())
        .build();
  }
}
