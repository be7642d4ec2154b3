package io.github.sscp.model.organisation;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import io.github.sscp.model.InvalidValueException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation's role in a partnership, with validity dates. A responsible authority carries its
 * {@link ResponsibleAuthorityType} (and a health body its {@link HealthBodyKind}); a non-statutory
 * partner carries its {@link PartnerCategory}. Whether a member is statutory is derived from the
 * role, never stored twice.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Membership extends WithMembership {

  /** Obtains a new builder. */
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
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
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
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> representativeId();

  /** Whether the organisation sits on the partnership's strategic board. */
  @Value.Default
  default boolean onBoard() {
    return true;
  }

  /** The first day of membership, if known. */
  Optional<LocalDate> validFrom();

  /** The last day of membership, if it has ended. */
  Optional<LocalDate> validTo();

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
   * Checks if the membership is in effect on a date.
   *
   * @param date the date, not null
   * @return true if the date lies within the validity dates
   */
  default boolean isValidOn(LocalDate date) {
    return validFrom().map(from -> !date.isBefore(from)).orElse(true)
        && validTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /** Construction invariants tying the role to its type, kind and category. */
  @Value.Check
  default void check() {
    boolean ra = role() == MembershipRole.RESPONSIBLE_AUTHORITY;
    InvalidValueException.require(ra == responsibleAuthorityType().isPresent(),
        "responsibleAuthorityType: membership of " + organisationId() + " has role " + role()
            + (ra ? " and needs a responsibleAuthorityType" : " and must not have one"));
    boolean health = responsibleAuthorityType().filter(
        t -> t == ResponsibleAuthorityType.HEALTH_BODY).isPresent();
    InvalidValueException.require(health == healthBodyKind().isPresent(),
        "healthBodyKind: membership of " + organisationId()
            + (health ? " as HEALTH_BODY needs a healthBodyKind" : " is not a HEALTH_BODY and must not have one"));
    InvalidValueException.require(!ra || partnerCategory().isEmpty(),
        "partnerCategory: responsible authority " + organisationId() + " must not have one");
    InvalidValueException.require(
        role() != MembershipRole.NON_STATUTORY_PARTNER || partnerCategory().isPresent(),
        "partnerCategory: non-statutory partner " + organisationId() + " needs a partnerCategory");
    if (validFrom().isPresent() && validTo().isPresent()) {
      InvalidValueException.require(!validTo().get().isBefore(validFrom().get()),
          "validTo: " + validTo().get() + " is before validFrom " + validFrom().get());
    }
  }

  /** Builder for {@link Membership}. */
  class Builder extends ImmutableMembership.Builder {}
}
