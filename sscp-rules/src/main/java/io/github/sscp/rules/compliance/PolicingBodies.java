package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.organisation.LocalPolicingBodyKind;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who the policing body is, by police area and date, keeping the statutes' three terms apart: the
 * <em>local policing body</em> (Police Act 1996 s101(1): every one below, the Common Council of the
 * City of London included); the <em>elected local policing body</em> (Police Reform and Social
 * Responsibility Act 2011 s102: a police and crime commissioner, the Mayor's Office for Policing
 * and Crime, and a mayor treated as a commissioner); and the <em>police and crime
 * commissioner</em> (a commissioner, or a mayor treated as one — not MOPAC, not the Common
 * Council).
 */
final class PolicingBodies {

  static final GssCode METROPOLITAN = GssCode.of("E23000001");
  static final GssCode CITY_OF_LONDON = GssCode.of("E23000034");
  static final GssCode GREATER_MANCHESTER = GssCode.of("E23000005");
  static final GssCode NORTH_YORKSHIRE = GssCode.of("E23000009");
  static final GssCode WEST_YORKSHIRE = GssCode.of("E23000010");
  static final GssCode SOUTH_YORKSHIRE = GssCode.of("E23000011");

  private PolicingBodies() {}

  /** Whether the partnership's police area is the City of London's. */
  static boolean cityOfLondon(Partnership p) {
    return p.policeForceAreas().stream().anyMatch(a -> a.code().equals(Optional.of(CITY_OF_LONDON)))
        || p.organisations().stream().anyMatch(o -> o.policingBodyKind().equals(Optional.of(
            LocalPolicingBodyKind.COMMON_COUNCIL_OF_THE_CITY_OF_LONDON)));
  }

  /** Whether the partnership's police area is the Metropolitan Police District. */
  static boolean london(Partnership p) {
    return p.policeForceAreas().stream().anyMatch(a -> a.code().equals(Optional.of(METROPOLITAN)))
        || p.organisations().stream().anyMatch(o -> o.policingBodyKind().equals(Optional.of(
            LocalPolicingBodyKind.MAYORS_OFFICE_FOR_POLICING_AND_CRIME)));
  }

  /** Whether a kind is an elected local policing body on a date (it existed then). */
  static boolean isElected(LocalPolicingBodyKind kind, LocalDate date) {
    return switch (kind) {
      case POLICE_AND_CRIME_COMMISSIONER, POLICE_FIRE_AND_CRIME_COMMISSIONER, COMBINED_AUTHORITY_MAYOR ->
          !date.isBefore(LawParameters.date(LawParameters.PCCS));
      case MAYORS_OFFICE_FOR_POLICING_AND_CRIME -> !date.isBefore(LawParameters.date(
          LawParameters.MOPAC));
      default -> false;
    };
  }

  /** Whether a kind is a police and crime commissioner, or treated as one, on a date. */
  static boolean isCommissioner(LocalPolicingBodyKind kind, LocalDate date) {
    return isElected(kind, date) && kind != LocalPolicingBodyKind.MAYORS_OFFICE_FOR_POLICING_AND_CRIME;
  }

  /**
   * The kind of elected local policing body a partnership's police area has on a date: the one
   * recorded, or else the one the law gives its police area.
   */
  static Optional<LocalPolicingBodyKind> electedKind(Partnership p, LocalDate date) {
    Optional<Organisation> recorded = recorded(p, date);
    if (recorded.isPresent()) {
      return recorded.get().policingBodyKind();
    }
    if (cityOfLondon(p)) {
      return Optional.empty();
    }
    if (london(p)) {
      return isElected(LocalPolicingBodyKind.MAYORS_OFFICE_FOR_POLICING_AND_CRIME, date)
          ? Optional.of(LocalPolicingBodyKind.MAYORS_OFFICE_FOR_POLICING_AND_CRIME)
          : Optional.empty();
    }
    if (date.isBefore(LawParameters.date(LawParameters.PCCS))) {
      return Optional.empty();
    }
    Optional<LocalDate> mayor = mayorFrom(p);
    return Optional.of(mayor.isPresent() && !date.isBefore(mayor.get())
        ? LocalPolicingBodyKind.COMBINED_AUTHORITY_MAYOR
        : LocalPolicingBodyKind.POLICE_AND_CRIME_COMMISSIONER);
  }

  /**
   * The day a mayor took over the police and crime commissioner's functions in the partnership's
   * police area, if its area is one of those: Greater Manchester, West Yorkshire, South Yorkshire,
   * York and North Yorkshire.
   */
  static Optional<LocalDate> mayorFrom(Partnership p) {
    for (GeographyRef area : p.policeForceAreas()) {
      Optional<GssCode> code = area.code();
      if (code.isEmpty()) {
        continue;
      }
      LocalDate mayor = code.get().equals(GREATER_MANCHESTER)
          ? LawParameters.date(LawParameters.MAYOR_GREATER_MANCHESTER)
          : code.get().equals(WEST_YORKSHIRE) ? LawParameters.date(
              LawParameters.MAYOR_WEST_YORKSHIRE)
          : code.get().equals(SOUTH_YORKSHIRE) || code.get().equals(NORTH_YORKSHIRE)
              ? LawParameters.date(LawParameters.MAYORS_2024) : null;
      if (mayor != null) {
        return Optional.of(mayor);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a recorded policing body existed on a date: a police authority until commissioners
   * took office, the Common Council always, MOPAC and commissioners from their commencement, and
   * a mayor from the day the mayor took over the police area (or, where the area is not known,
   * from when commissioners took office).
   */
  static boolean existed(Partnership p, Organisation o, LocalDate date) {
    return o.policingBodyKind().map(k -> switch (k) {
      case POLICE_AUTHORITY -> date.isBefore(LawParameters.date(LawParameters.PCCS));
      case COMMON_COUNCIL_OF_THE_CITY_OF_LONDON -> true;
      case COMBINED_AUTHORITY_MAYOR -> isElected(k, date)
          && mayorFrom(p).map(d -> !date.isBefore(d)).orElse(true);
      default -> isElected(k, date);
    }).orElse(true);
  }

  /** The body's name in words, for a sentence or a new record. */
  static String name(LocalPolicingBodyKind kind) {
    return switch (kind) {
      case POLICE_AND_CRIME_COMMISSIONER -> "the police and crime commissioner";
      case POLICE_FIRE_AND_CRIME_COMMISSIONER -> "the police, fire and crime commissioner";
      case MAYORS_OFFICE_FOR_POLICING_AND_CRIME -> "the Mayor's Office for Policing and Crime";
      case COMBINED_AUTHORITY_MAYOR -> "the mayor, who exercises the police and crime"
          + " commissioner's functions";
      case COMMON_COUNCIL_OF_THE_CITY_OF_LONDON -> "the Common Council of the City of London";
      case POLICE_AUTHORITY -> "the police authority";
    };
  }

  /**
   * Names the elected local policing body of a partnership on a date: the recorded body's name,
   * or the law's name for its police area's body.
   */
  static String electedName(Partnership p, LocalDate date) {
    Optional<Organisation> recorded = recorded(p, date);
    if (recorded.isPresent()) {
      return withArticle(recorded.get().name());
    }
    return electedKind(p, date).map(PolicingBodies::name).orElse("the elected local policing body");
  }

  /**
   * Puts "the" before a body's name where English needs it: "the Office of the Police and Crime
   * Commissioner", "the Mayor's Office for Policing and Crime", but "Hampshire County Council".
   */
  static String withArticle(String name) {
    String n = name.strip();
    if (n.regionMatches(true, 0, "the ", 0, 4)) {
      return n;
    }
    for (String start : new String[] {"Office ", "Mayor", "Police ", "Police, ", "Common Council",
        "Commissioner"}) {
      if (n.startsWith(start)) {
        return "the " + n;
      }
    }
    return n;
  }

  /**
   * The recorded elected local policing body on a date: among the organisations acting as one
   * that existed then, a member with that role first, then by id, so that the answer does not
   * depend on the order of records.
   */
  static Optional<Organisation> recorded(Partnership p, LocalDate date) {
    java.util.Set<String> members = new java.util.HashSet<>();
    p.memberships().stream().filter(m -> m.isValidOn(date)
        && m.role() == io.github.sscp.model.organisation.MembershipRole.LOCAL_POLICING_BODY)
        .forEach(m -> members.add(m.organisationId()));
    return p.organisations().stream()
        .filter(o -> o.actsAs(OrganisationType.LOCAL_POLICING_BODY, date)
            && o.policingBodyKind().map(k -> isElected(k, date)).orElse(false)
            && existed(p, o, date))
        .min(java.util.Comparator.comparing((Organisation o) -> !members.contains(o.id()))
            .thenComparing(Organisation::id));
  }
}
