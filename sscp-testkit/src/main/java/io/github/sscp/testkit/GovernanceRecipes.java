package io.github.sscp.testkit;

import io.github.sscp.model.governance.BodySeat;
import io.github.sscp.model.governance.Decision;
import io.github.sscp.model.governance.DecisionOutcome;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.GovernanceBodyType;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingBusiness;
import io.github.sscp.model.governance.MeetingFormat;
import io.github.sscp.model.governance.MeetingStatus;
import io.github.sscp.model.governance.PublicAccess;
import io.github.sscp.model.governance.ReportKind;
import io.github.sscp.model.governance.ReportingLine;
import io.github.sscp.model.governance.Risk;
import io.github.sscp.model.governance.RiskCategory;
import io.github.sscp.model.governance.StatutoryFunction;
import io.github.sscp.model.measure.Frequency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Recipes for the {@code governance} package: bodies with seats, public access, cadence,
 * statutory functions and reporting lines; meetings with business, attendees and decisions; risks.
 */
public final class GovernanceRecipes {

  private GovernanceRecipes() {}

  /**
   * Obtains governance bodies naming no other body or organisation.
   *
   * @return the recipe, not null
   */
  public static Recipe<GovernanceBody> governanceBody() {
    return d -> governanceBody(d, Parts.id(d, "body"), List.of(), List.of());
  }

  static GovernanceBody governanceBody(Draws d, String id, List<String> otherBodyIds,
      List<String> organisationIds) {
    return governanceBody(d, id, otherBodyIds, organisationIds, List.of());
  }

  static GovernanceBody governanceBody(Draws d, String id, List<String> otherBodyIds,
      List<String> organisationIds, List<String> personIds) {
    GovernanceBody.Builder b = GovernanceBody.builder().id(id).name(Parts.words(d, 3))
        .type(d.pick(GovernanceBodyType.class))
        .statutoryFunctions(subset(d, StatutoryFunction.class, 20))
        .provenance(GeographyRecipes.provenance().make(d));
    if (d.chance(50)) {
      b.publicAccess(d.pick(PublicAccess.class));
    }
    if (d.chance(50)) {
      b.meetingFrequency(d.pick(Frequency.class));
    }
    if (d.chance(20)) {
      b.validity(TimeRecipes.validity().make(d));
    }
    if (!organisationIds.isEmpty()) {
      b.ownerOrganisationIds(Parts.list(d, 0, 2, i -> d.pick(organisationIds)));
      b.seats(Parts.list(d, 0, 3, i -> {
        BodySeat.Builder s = BodySeat.builder().organisationId(d.pick(organisationIds))
            .senior(d.chance(50));
        if (d.chance(60)) {
          s.appointedByOrganisationId(d.pick(organisationIds));
        }
        if (!personIds.isEmpty() && d.chance(40)) {
          s.personId(d.pick(personIds));
        }
        return s.build();
      }));
    }
    if (!otherBodyIds.isEmpty() && d.chance(50)) {
      b.addReportsTo(ReportingLine.builder().toBodyId(d.pick(otherBodyIds))
          .frequency(d.pick(Frequency.class)).reports(subsetOfAtLeastOne(d, ReportKind.class)).build());
    }
    return b.build();
  }

  /**
   * Obtains decisions with a settled outcome.
   *
   * @return the recipe, not null
   */
  public static Recipe<Decision> decision() {
    return d -> Decision.builder().id(Parts.id(d, "decision")).summary(Parts.words(d, 6))
        .outcome(d.pick(List.of(DecisionOutcome.AGREED, DecisionOutcome.APPROVED,
            DecisionOutcome.RECOMMENDED, DecisionOutcome.NOTED, DecisionOutcome.REJECTED)))
        .build();
  }

  /**
   * Obtains meetings, held with decisions or scheduled with pending items.
   *
   * @return the recipe, not null
   */
  public static Recipe<Meeting> meeting() {
    return d -> meeting(d, Parts.id(d, "meeting"), Parts.id(d, "body"), List.of());
  }

  static Meeting meeting(Draws d, String id, String bodyId, List<String> organisationIds) {
    boolean held = !d.chance(30);
    Meeting.Builder b = Meeting.builder().id(id).bodyId(bodyId).date(Parts.date(d))
        .format(d.pick(MeetingFormat.class))
        .status(held ? MeetingStatus.HELD : MeetingStatus.SCHEDULED)
        .business(subset(d, MeetingBusiness.class, 25))
        .decisions(Parts.list(d, 0, 2, i -> Decision.builder().id(id + "-decision-" + i)
            .summary(Parts.words(d, 6))
            .outcome(held ? d.pick(List.of(DecisionOutcome.AGREED, DecisionOutcome.APPROVED,
                DecisionOutcome.NOTED)) : DecisionOutcome.PENDING).build()))
        .provenance(GeographyRecipes.provenance().make(d));
    if (!organisationIds.isEmpty()) {
      b.attendeeOrganisationIds(Parts.list(d, 0, 3, i -> d.pick(organisationIds)));
      if (d.chance(10)) {
        b.calledByOrganisationId(d.pick(organisationIds));
      }
    }
    return b.build();
  }

  /**
   * Obtains risks.
   *
   * @return the recipe, not null
   */
  public static Recipe<Risk> risk() {
    return d -> risk(d, Parts.id(d, "risk"), Parts.id(d, "org"));
  }

  static Risk risk(Draws d, String id, String ownerOrganisationId) {
    Risk.Builder b = Risk.builder().id(id).description(Parts.words(d, 8))
        .category(d.pick(RiskCategory.class)).ownerOrganisationId(ownerOrganisationId);
    if (d.chance(30)) {
      b.statutoryRule("CDA98-S5-RA-COUNCIL");
    }
    return b.build();
  }

  static <E extends Enum<E>> Set<E> subset(Draws d, Class<E> type, int percentEach) {
    Set<E> out = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (d.chance(percentEach)) {
        out.add(e);
      }
    }
    return out;
  }

  static <E extends Enum<E>> Set<E> subsetOfAtLeastOne(Draws d, Class<E> type) {
    Set<E> out = subset(d, type, 30);
    out.add(d.pick(type));
    return out;
  }
}
