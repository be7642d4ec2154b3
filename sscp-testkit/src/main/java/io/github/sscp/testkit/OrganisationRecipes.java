package io.github.sscp.testkit;

import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.organisation.ChiefOfficerKind;
import io.github.sscp.model.organisation.ContactDetails;
import io.github.sscp.model.organisation.FireAuthorityKind;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.LocalAuthorityTier;
import io.github.sscp.model.organisation.LocalPolicingBodyKind;
import io.github.sscp.model.organisation.ManagingTeam;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.governance.Officeholder;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.PartnerCategory;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.organisation.Selection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Recipes for the {@code organisation} package: organisations with the refinements their type
 * takes, memberships whose role fits the organisation, people, officeholders and managing teams.
 */
public final class OrganisationRecipes {

  /** The council tiers that fit each local government structure. */
  static final Map<LocalGovernmentStructure, List<LocalAuthorityTier>> TIERS = Map.of(
      LocalGovernmentStructure.UNITARY, List.of(LocalAuthorityTier.UNITARY),
      LocalGovernmentStructure.TWO_TIER_DISTRICT,
      List.of(LocalAuthorityTier.DISTRICT, LocalAuthorityTier.COUNTY),
      LocalGovernmentStructure.COUNTY, List.of(LocalAuthorityTier.COUNTY, LocalAuthorityTier.DISTRICT),
      LocalGovernmentStructure.LONDON_BOROUGH, List.of(LocalAuthorityTier.LONDON_BOROUGH),
      LocalGovernmentStructure.METROPOLITAN_DISTRICT, List.of(LocalAuthorityTier.METROPOLITAN_DISTRICT),
      LocalGovernmentStructure.WELSH_PRINCIPAL_AREA, List.of(LocalAuthorityTier.WELSH_PRINCIPAL_AREA),
      LocalGovernmentStructure.CITY_OF_LONDON, List.of(LocalAuthorityTier.CITY_OF_LONDON));

  private OrganisationRecipes() {}

  /**
   * Obtains organisations of every type, with the refinement each type takes.
   *
   * @return the recipe, not null
   */
  public static Recipe<Organisation> organisation() {
    return d -> organisation(d, Parts.id(d, "org"), d.pick(OrganisationType.class),
        LocalGovernmentStructure.UNITARY);
  }

  static Organisation organisation(Draws d, String id, OrganisationType type,
      LocalGovernmentStructure structure) {
    Organisation.Builder b = Organisation.builder().id(id).name(Parts.words(d, 4)).type(type)
        .provenance(GeographyRecipes.provenance().make(d));
    switch (type) {
      case LOCAL_AUTHORITY -> b.localAuthorityTier(d.pick(java.util.Objects.requireNonNull(TIERS.get(structure), "tiers")));
      case LOCAL_POLICING_BODY -> b.policingBodyKind(d.pick(LocalPolicingBodyKind.class));
      case FIRE_AND_RESCUE -> b.fireAuthorityKind(d.pick(FireAuthorityKind.class));
      case POLICE_FORCE -> b.chiefOfficer(d.pick(ChiefOfficerKind.class));
      default -> { }
    }
    if (d.chance(20)) {
      b.addAlias(Parts.words(d, 2));
    }
    if (d.chance(20)) {
      b.putIdentifier("charity", String.valueOf(d.between(1_000_000, 1_199_999)));
    }
    return b.build();
  }

  /**
   * Obtains memberships of every role, consistent with their type, kind and category.
   *
   * @return the recipe, not null
   */
  public static Recipe<Membership> membership() {
    return d -> membership(d, Parts.id(d, "org"), d.pick(MembershipRole.class), Nation.ENGLAND);
  }

  static Membership membership(Draws d, String organisationId, MembershipRole role, Nation nation) {
    Membership.Builder b = Membership.builder().organisationId(organisationId).role(role)
        .provenance(GeographyRecipes.provenance().make(d));
    if (role == MembershipRole.RESPONSIBLE_AUTHORITY) {
      ResponsibleAuthorityType type = d.pick(ResponsibleAuthorityType.class);
      b.responsibleAuthorityType(type);
      if (type == ResponsibleAuthorityType.HEALTH_BODY) {
        b.healthBodyKind(nation == Nation.WALES ? HealthBodyKind.LOCAL_HEALTH_BOARD
            : d.pick(List.of(HealthBodyKind.INTEGRATED_CARE_BOARD,
                HealthBodyKind.CLINICAL_COMMISSIONING_GROUP, HealthBodyKind.PRIMARY_CARE_TRUST)));
      }
    } else if (role == MembershipRole.NON_STATUTORY_PARTNER || d.chance(50)) {
      b.partnerCategory(d.pick(PartnerCategory.class));
    }
    if (d.chance(30)) {
      b.validity(TimeRecipes.validity().make(d));
    }
    return b.build();
  }

  /**
   * Obtains the organisation type a membership needs.
   *
   * @param m the membership, not null
   * @param d draws for a member whose role does not fix the type
   * @return the type, not null
   */
  static OrganisationType typeFor(Membership m, Draws d) {
    if (m.role() == MembershipRole.LOCAL_POLICING_BODY) {
      return OrganisationType.LOCAL_POLICING_BODY;
    }
    return m.responsibleAuthorityType().map(t -> switch (t) {
      case LOCAL_AUTHORITY -> OrganisationType.LOCAL_AUTHORITY;
      case CHIEF_OFFICER_OF_POLICE -> OrganisationType.POLICE_FORCE;
      case FIRE_AND_RESCUE_AUTHORITY -> OrganisationType.FIRE_AND_RESCUE;
      case HEALTH_BODY -> OrganisationType.HEALTH_BODY;
      case PROBATION_PROVIDER -> OrganisationType.PROBATION;
    }).orElseGet(() -> d.pick(OTHER_TYPES));
  }

  private static final List<OrganisationType> OTHER_TYPES = List.copyOf(EnumSet.complementOf(
      EnumSet.of(OrganisationType.LOCAL_POLICING_BODY)));

  /**
   * Obtains contact details with an e-mail address and, sometimes, a telephone number.
   *
   * @return the recipe, not null
   */
  public static Recipe<ContactDetails> contactDetails() {
    return d -> {
      ContactDetails.Builder b = ContactDetails.builder()
          .email(d.pick(Parts.WORDS) + "." + d.pick(Parts.WORDS) + "@example.org");
      if (d.chance(50)) {
        b.telephone("023 8083 " + String.format("%04d", d.between(0, 9999)));
      }
      return b.build();
    };
  }

  /**
   * Obtains people, sometimes with contact details.
   *
   * @return the recipe, not null
   */
  public static Recipe<Person> person() {
    return d -> person(d, Parts.id(d, "person"), List.of());
  }

  static Person person(Draws d, String id, List<String> organisationIds) {
    Person.Builder b = Person.builder().id(id).displayName(Parts.words(d, 2))
        .provenance(GeographyRecipes.provenance().make(d));
    if (d.chance(50)) {
      b.roleTitle(Parts.words(d, 3));
    }
    if (!organisationIds.isEmpty() && d.chance(70)) {
      b.organisationId(d.pick(organisationIds));
    }
    if (d.chance(30)) {
      b.contact(contactDetails().make(d));
    }
    return b.build();
  }

  /**
   * Obtains officeholders of every office, with terms of every shape.
   *
   * @return the recipe, not null
   */
  public static Recipe<Officeholder> officeholder() {
    return d -> officeholder(d, Parts.id(d, "person"), List.of(), List.of());
  }

  static Officeholder officeholder(Draws d, String personId, List<String> bodyIds,
      List<String> organisationIds) {
    Officeholder.Builder b = Officeholder.builder().office(d.pick(Office.class)).personId(personId)
        .provenance(GeographyRecipes.provenance().make(d));
    if (d.chance(50)) {
      b.selection(d.pick(Selection.class));
    }
    if (d.chance(30)) {
      b.portfolio(Parts.words(d, 3));
    }
    if (d.chance(40)) {
      b.term(TimeRecipes.validity().make(d));
    }
    if (!bodyIds.isEmpty() && d.chance(30)) {
      b.bodyId(d.pick(bodyIds));
    }
    if (!organisationIds.isEmpty() && d.chance(30)) {
      b.representingOrganisationId(d.pick(organisationIds));
    }
    return b.build();
  }

  /**
   * Obtains managing teams.
   *
   * @return the recipe, not null
   */
  public static Recipe<ManagingTeam> managingTeam() {
    return d -> ManagingTeam.of(Parts.words(d, 2), Parts.id(d, "org"));
  }
}
