package io.github.sscp.model.organisation;

import io.github.sscp.model.governance.Office;
import io.github.sscp.model.governance.Officeholder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipTest {

  @Test
  void roleDecidesTypeKindAndCategory() {
    assertThat(Membership.healthBody("icb", HealthBodyKind.INTEGRATED_CARE_BOARD).isStatutory()).isTrue();
    assertThat(Membership.nonStatutory("vs", PartnerCategory.VICTIM_SERVICES).isStatutory()).isFalse();
    assertThat(Membership.builder().organisationId("pcc").role(MembershipRole.LOCAL_POLICING_BODY).build()
        .isStatutory()).isFalse();
    assertThatThrownBy(() -> Membership.builder().organisationId("x")
        .role(MembershipRole.RESPONSIBLE_AUTHORITY).build())
        .hasMessageStartingWith("responsibleAuthorityType:").hasMessageContaining("membership of x");
    assertThatThrownBy(() -> Membership.responsibleAuthority("x", ResponsibleAuthorityType.HEALTH_BODY))
        .hasMessageStartingWith("healthBodyKind:");
    assertThatThrownBy(() -> Membership.builder().from(Membership.responsibleAuthority("x",
            ResponsibleAuthorityType.PROBATION_PROVIDER)).healthBodyKind(HealthBodyKind.INTEGRATED_CARE_BOARD)
        .build()).hasMessageStartingWith("healthBodyKind:");
    assertThatThrownBy(() -> Membership.builder().organisationId("x")
        .role(MembershipRole.NON_STATUTORY_PARTNER).build())
        .hasMessageStartingWith("partnerCategory:");
    assertThatThrownBy(() -> Membership.builder().from(Membership.responsibleAuthority("x",
            ResponsibleAuthorityType.PROBATION_PROVIDER)).partnerCategory(PartnerCategory.OTHER).build())
        .hasMessageStartingWith("partnerCategory:");
    assertThatThrownBy(() -> Membership.builder().from(Membership.nonStatutory("x", PartnerCategory.OPCC))
        .responsibleAuthorityType(ResponsibleAuthorityType.LOCAL_AUTHORITY).build())
        .hasMessageStartingWith("responsibleAuthorityType:");
  }

  @Test
  void isValidOnItsFirstAndLastDaysAndNotOutside() {
    Membership m = Membership.builder().from(Membership.nonStatutory("x", PartnerCategory.OPCC))
        .validity(DateRange.ofClosed(LocalDate.of(2022, 7, 1), LocalDate.of(2024, 3, 31))).build();
    assertThat(m.isValidOn(LocalDate.of(2022, 6, 30))).isFalse();
    assertThat(m.isValidOn(LocalDate.of(2022, 7, 1))).isTrue();
    assertThat(m.isValidOn(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(m.isValidOn(LocalDate.of(2024, 4, 1))).isFalse();
    assertThat(Membership.nonStatutory("y", PartnerCategory.OPCC).isValidOn(LocalDate.of(1999, 1, 1))).isTrue();
  }

  @Test
  void officeholderHoldsOfficeForTheDaysOfItsTerm() {
    Officeholder chair = Officeholder.builder().office(Office.CHAIR).personId("p")
        .term(DateRange.ofUnboundedEnd(LocalDate.of(2024, 5, 1))).build();
    assertThat(chair.holdsOfficeOn(LocalDate.of(2024, 4, 30))).isFalse();
    assertThat(chair.holdsOfficeOn(LocalDate.of(2024, 5, 1))).isTrue();
    assertThat(chair.holdsOfficeOn(LocalDate.of(2030, 1, 1))).isTrue();
  }
}
