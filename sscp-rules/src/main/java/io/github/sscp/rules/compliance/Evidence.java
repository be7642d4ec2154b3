package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingStatus;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Queries the rules share: records in force on a date, each with its path in the model. */
final class Evidence {

  private Evidence() {}

  /**
   * A record and its path.
   *
   * @param <T> the record's type
   * @param path the path, in the validator's syntax, e.g. "memberships[2]"
   * @param value the record
   */
  record At<T>(String path, T value) {}

  static List<At<Membership>> memberships(Partnership p, LocalDate asOf, Predicate<Membership> which) {
    List<At<Membership>> out = new ArrayList<>();
    for (int i = 0; i < p.memberships().size(); i++) {
      Membership m = p.memberships().get(i);
      if (m.isValidOn(asOf) && which.test(m)) {
        out.add(new At<>("memberships[" + i + "]", m));
      }
    }
    return out;
  }

  static Predicate<Membership> responsibleAuthority(ResponsibleAuthorityType type) {
    return m -> m.role() == MembershipRole.RESPONSIBLE_AUTHORITY
        && m.responsibleAuthorityType().equals(Optional.of(type));
  }

  static Optional<Organisation> organisation(Partnership p, String id) {
    return p.organisation(id);
  }

  static List<String> councils(Partnership p, LocalDate asOf) {
    return memberships(p, asOf, responsibleAuthority(ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .stream().map(a -> a.value().organisationId()).distinct().toList();
  }

  /**
   * The local policing bodies on a date: organisations acting as one that day (a policing body
   * counts only from the day its kind existed), members with that role first.
   */
  static List<String> policingBodies(Partnership p, LocalDate asOf) {
    List<String> ids = new ArrayList<>();
    memberships(p, asOf, m -> m.role() == MembershipRole.LOCAL_POLICING_BODY)
        .forEach(a -> p.organisation(a.value().organisationId())
            .filter(o -> PolicingBodies.existed(p, o, asOf)).ifPresent(o -> ids.add(o.id())));
    for (Organisation o : p.organisations()) {
      if (o.actsAs(OrganisationType.LOCAL_POLICING_BODY, asOf) && PolicingBodies.existed(p, o, asOf)
          && !ids.contains(o.id())) {
        ids.add(o.id());
      }
    }
    return ids;
  }

  /**
   * The adopted strategies in force on a date: period covering it, never a draft or one out for
   * consultation, and a superseded one only until a later adopted strategy starts.
   */
  static List<At<Strategy>> strategies(Partnership p, LocalDate asOf) {
    List<At<Strategy>> out = new ArrayList<>();
    for (int i = 0; i < p.strategies().size(); i++) {
      Strategy s = p.strategies().get(i);
      if (s.isInForceOn(asOf) && adopted(s) && !(s.status() == StrategyStatus.SUPERSEDED
          && p.strategies().stream().anyMatch(o -> o != s && adopted(o)
              && o.status() != StrategyStatus.SUPERSEDED && o.isInForceOn(asOf)
              && o.period().start().isAfter(s.period().start())))) {
        out.add(new At<>("strategies[" + i + "]", s));
      }
    }
    return out;
  }

  /** Whether a strategy was adopted and stands: not a draft, out for consultation or withdrawn. */
  static boolean adopted(Strategy s) {
    return s.status() != StrategyStatus.DRAFT && s.status() != StrategyStatus.CONSULTATION
        && s.status() != StrategyStatus.WITHDRAWN;
  }

  static List<At<GovernanceBody>> bodies(Partnership p, LocalDate asOf, Predicate<GovernanceBody> which) {
    List<At<GovernanceBody>> out = new ArrayList<>();
    for (int i = 0; i < p.governanceBodies().size(); i++) {
      GovernanceBody b = p.governanceBodies().get(i);
      if (b.existsOn(asOf) && which.test(b)) {
        out.add(new At<>("governanceBodies[" + i + "]", b));
      }
    }
    return out;
  }

  /** Meetings held on or before a date, latest first, that pass a test. */
  static List<At<Meeting>> meetingsHeld(Partnership p, LocalDate asOf, Predicate<Meeting> which) {
    List<At<Meeting>> out = new ArrayList<>();
    for (int i = 0; i < p.meetings().size(); i++) {
      Meeting m = p.meetings().get(i);
      if (!m.date().isAfter(asOf) && m.status() == MeetingStatus.HELD && which.test(m)) {
        out.add(new At<>("meetings[" + i + "]", m));
      }
    }
    out.sort((a, b) -> b.value().date().compareTo(a.value().date()));
    return out;
  }

  /** Whether a date lies in the 12 months ending on another (after it minus 12 months). */
  static boolean within12Months(LocalDate date, LocalDate asOf) {
    return !date.isAfter(asOf) && date.isAfter(asOf.minusMonths(12));
  }

  /** The organisations' names, sorted, so that a sentence does not depend on record order. */
  static String names(Partnership p, List<String> ids) {
    return String.join(", ", ids.stream().map(id -> p.organisation(id).map(Organisation::name)
        .orElse(id)).sorted().toList());
  }

  static List<String> paths(List<? extends At<?>> records) {
    return records.stream().map(At::path).toList();
  }
}
