package io.github.sscp.model.organisation;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation's role in a partnership, with the dates it holds it. A responsible authority
 * carries its {@link ResponsibleAuthorityType} (and a health body its {@link HealthBodyKind}); a
 * non-statutory partner carries its {@link PartnerCategory}. Whether a member is statutory is
 * derived from the role, never stored twice.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Membership extends WithMembership, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a responsible-authority membership.
   *
   * @param organisationId the organisation's id, not null
   * @param type the kind of responsible authority, not {@code HEALTH_BODY}
   * @return the membership, not null
   */
  static Membership responsibleAuthority(String organisationId, ResponsibleAuthorityType type) {
    return builder().organisationId(organisationId).role(MembershipRole.RESPONSIBLE_AUTHORITY)
        .responsibleAuthorityType(type).build();
  }

  /**
   * Obtains the health responsible-authority membership.
   *
   * @param organisationId the organisation's id, not null
   * @param kind the kind of health body, not null
   * @return the membership, not null
   */
  static Membership healthBody(String organisationId, HealthBodyKind kind) {
    return builder().organisationId(organisationId).role(MembershipRole.RESPONSIBLE_AUTHORITY)
        .responsibleAuthorityType(ResponsibleAuthorityType.HEALTH_BODY).healthBodyKind(kind).build();
  }

  /**
   * Obtains a non-statutory membership.
   *
   * @param organisationId the organisation's id, not null
   * @param category what the partner brings, not null
   * @return the membership, not null
   */
  static Membership nonStatutory(String organisationId, PartnerCategory category) {
    return builder().organisationId(organisationId).role(MembershipRole.NON_STATUTORY_PARTNER)
        .partnerCategory(category).build();
  }

  /** The member organisation's id. */
  @Id
  @RefersTo(Organisation.class)
  String organisationId();

  /** The role in the partnership. */
  MembershipRole role();

  /** For a responsible authority: which kind (s5(1)). */
  Optional<ResponsibleAuthorityType> responsibleAuthorityType();

  /** For a health responsible authority: the kind of NHS body. */
  Optional<HealthBodyKind> healthBodyKind();

  /** For any other member: what it brings. Required for a non-statutory partner. */
  Optional<PartnerCategory> partnerCategory();

  /** The person who represents the organisation, by id. */
  @RefersTo(Person.class)
  Optional<@Id String> representativeId();

  /** Whether the organisation sits on the partnership's strategic board. */
  @Value.Default
  default boolean onBoard() {
    return true;
  }

  /** The days the membership is held; unbounded at an end that is not known or not yet reached. */
  @Value.Default
  default DateRange validity() {
    return DateRange.all();
  }

  /** A note, e.g. the local name of the probation delivery unit. */
  Optional<@NotBlankIfPresent String> note();

  /**
   * Checks if the member is a statutory partner (a responsible authority).
   *
   * @return true for a responsible authority
   */
  default boolean isStatutory() {
    return role().isStatutory();
  }

  /**
   * Checks if the membership is held on a date, its first and last days included.
   *
   * @param date the date, not null
   * @return true if the date lies within {@link #validity()}
   */
  default boolean isValidOn(LocalDate date) {
    return validity().contains(Objects.requireNonNull(date, "date"));
  }

  /** Construction invariants tying the role to its type, kind and category. */
  @Value.Check
  default void check() {
    java.util.function.Supplier<String> who = () -> "membership of " + organisationId();
    boolean ra = role() == MembershipRole.RESPONSIBLE_AUTHORITY;
    InvalidValueException.require(ra == responsibleAuthorityType().isPresent(),
        () -> "responsibleAuthorityType: " + who.get() + " has role " + role()
            + (ra ? " and needs a responsibleAuthorityType" : " and must not have one"));
    boolean health = responsibleAuthorityType().filter(
        t -> t == ResponsibleAuthorityType.HEALTH_BODY).isPresent();
    InvalidValueException.require(health == healthBodyKind().isPresent(),
        () -> "healthBodyKind: " + who.get()
            + (health ? " as HEALTH_BODY needs a healthBodyKind" : " is not a HEALTH_BODY and must not have one"));
    InvalidValueException.require(!ra || partnerCategory().isEmpty(),
        () -> "partnerCategory: " + who.get() + " is a responsible authority and must not have one");
    InvalidValueException.require(
        role() != MembershipRole.NON_STATUTORY_PARTNER || partnerCategory().isPresent(),
        () -> "partnerCategory: " + who.get() + " is a non-statutory partner and needs a partnerCategory");
  }

  /** Builder for {@link Membership}. */
  class Builder extends ImmutableMembership.Builder {}
}
