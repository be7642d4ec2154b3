package io.github.sscp.cli;

import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes the partnership file {@code sscp init} starts a new partnership with: the responsible
 * authorities the law requires for the nation and structure, the elected policing body, a board, a
 * strategy skeleton with the statutory strands, and a commented line for each value the user did
 * not give, marked ILLUSTRATIVE with what to put there.
 *
 * @param name the partnership's name
 * @param nation the nation whose law applies
 * @param structure how local government is organised there
 * @param councils the councils, each a responsible authority (district first in a two-tier area)
 * @param police the police force, or empty for a placeholder
 * @param fire the fire and rescue authority, or empty for a placeholder
 * @param health the health body (an ICB in England, a Local Health Board in Wales), or empty
 * @param probation the probation provider, or empty
 * @param date the day the file is written
 */
record PartnershipTemplate(String name, Nation nation, LocalGovernmentStructure structure,
    List<String> councils, Optional<String> police, Optional<String> fire,
    Optional<String> health, Optional<String> probation, LocalDate date) {

  /** The file name of the schema written beside the partnership file. */
  static final String SCHEMA_FILE = "sscp-partnership.schema.json";

  /** The file's text. */
  String yaml() {
    List<String> out = new ArrayList<>();
    out.add("# yaml-language-server: $schema=" + SCHEMA_FILE);
    out.add("# " + name + ": an sscp partnership file, started with sscp init on " + date + ".");
    out.add("#");
    out.add("# Lines under a \"TO DO\" comment hold placeholders marked ILLUSTRATIVE: replace the value,");
    out.add("# then change its provenance to SUPPLIED (kind: SUPPLIED, no note). " + SCHEMA_FILE);
    out.add("# beside this file lets an editor with the YAML language server complete and check");
    out.add("# each field as you type. Then:  sscp validate FILE   sscp check FILE   sscp report FILE");
    out.add("# The field guide is docs/GUIDE.md; sscp rules --explain RULE shows what each duty asks.");
    out.add("");
    out.add("format: sscp");
    out.add("version: 1");
    out.add("kind: partnership");
    out.add("document:");
    out.add("  id: " + slug(name));
    out.add("  name: " + q(name));
    out.add("  nation: " + nation.name());
    out.add("  structure: " + structure.name());
    if (councils.size() > 1 && structure != LocalGovernmentStructure.TWO_TIER_DISTRICT) {
      out.add("  # several councils: the partnerships of their districts merged into this one");
      out.add("  merged: true");
    }
    out.add("");
    out.add("  # Where the partnership works");
    out.add("  area:");
    out.add("    type: COMMUNITY_SAFETY_PARTNERSHIP");
    out.add("    name: " + q(councils.isEmpty() ? name : areaName(councils.get(0))));
    out.add("    # TO DO: add the partnership's GSS code, e.g. code: " + (nation == Nation.WALES
        ? "W14000015" : "E22000120") + " (ONS lookup of districts to partnerships)");
    out.add("  # the local authority districts the partnership covers");
    out.add("  coveredAreas:");
    int districts = structure == LocalGovernmentStructure.TWO_TIER_DISTRICT ? 1 : councils.size();
    for (int i = 0; i < districts; i++) {
      out.add("  - type: LOCAL_AUTHORITY_DISTRICT");
      out.add("    name: " + q(areaName(councils.get(i))));
    }
    out.add("");
    out.add("  # The responsible authorities and the elected policing body");
    out.add("  organisations:");
    List<String[]> members = new ArrayList<>();
    for (int i = 0; i < councils.size(); i++) {
      String id = slug(councils.get(i));
      out.add("  - id: " + id);
      out.add("    name: " + q(councils.get(i)));
      out.add("    type: LOCAL_AUTHORITY");
      out.add("    localAuthorityTier: " + tier(i));
      members.add(new String[] {id, "LOCAL_AUTHORITY"});
    }
    members.add(organisation(out, police, "police", "POLICE_FORCE", "CHIEF_OFFICER_OF_POLICE",
        "the police force (its chief officer is the responsible authority)",
        structure == LocalGovernmentStructure.LONDON_BOROUGH
            ? "    chiefOfficer: COMMISSIONER_OF_POLICE_OF_THE_METROPOLIS"
            : "    chiefOfficer: CHIEF_CONSTABLE"));
    members.add(organisation(out, fire, "fire-and-rescue", "FIRE_AND_RESCUE",
        "FIRE_AND_RESCUE_AUTHORITY", "the fire and rescue authority", null));
    members.add(organisation(out, health, nation == Nation.WALES ? "local-health-board"
            : "integrated-care-board", "HEALTH_BODY", "HEALTH_BODY", nation == Nation.WALES
            ? "the Local Health Board" : "the integrated care board", null));
    members.add(organisation(out, probation, "probation-service", "PROBATION",
        "PROBATION_PROVIDER", "the Probation Service region", null));
    Optional<String> policing = policingBody();
    if (policing.isPresent()) {
      out.add("  # TO DO: the elected local policing body for the police area (s10 PRSRA 2011)");
      out.add("  - id: policing-body");
      out.add("    name: " + q(policing.get()));
      out.add("    type: LOCAL_POLICING_BODY");
      out.add("    policingBodyKind: " + policingKind());
      out.add("    provenance:");
      out.add("      kind: ILLUSTRATIVE");
      out.add("      note: \"Put the name of the commissioner's office (or mayor) for your police area\"");
    }
    out.add("");
    out.add("  # Who sits on the partnership: the responsible authorities (Crime and Disorder Act s5)");
    out.add("  memberships:");
    for (String[] m : members) {
      out.add("  - organisationId: " + m[0]);
      out.add("    role: RESPONSIBLE_AUTHORITY");
      out.add("    responsibleAuthorityType: " + m[1]);
      if (m[1].equals("HEALTH_BODY")) {
        out.add("    healthBodyKind: " + (nation == Nation.WALES ? "LOCAL_HEALTH_BOARD"
            : "INTEGRATED_CARE_BOARD"));
      }
      out.add("    onBoard: true");
    }
    if (policing.isPresent()) {
      out.add("  - organisationId: policing-body");
      out.add("    role: LOCAL_POLICING_BODY");
    }
    out.add("");
    out.add("  # The board that acts as the strategy group");
    out.add("  governanceBodies:");
    out.add("  # TO DO: your board's name");
    out.add("  - id: board");
    out.add("    name: " + q(name + " board"));
    out.add("    type: STRATEGIC_BOARD");
    out.add("    provenance:");
    out.add("      kind: ILLUSTRATIVE");
    out.add("      note: \"Put your board's name; add its seats (who sits, appointed by whom)\"");
    out.add("");
    out.add("  # The partnership plan: its priorities, focus areas, actions and measures");
    out.add("  strategies:");
    int year = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    out.add("  # TO DO: your strategy in force: its title and years (status DRAFT if not adopted yet)");
    out.add("  - id: community-safety-strategy");
    out.add("    title: " + q("Community Safety Strategy " + year + "-"
        + String.format(Locale.ROOT, "%02d", (year + 3) % 100)));
    out.add("    kind: PARTNERSHIP_PLAN");
    out.add("    period: " + LocalDate.of(year, 4, 1) + "/" + LocalDate.of(year + 3, 4, 1));
    out.add("    status: ACTIVE");
    out.add("    # the strands the law requires the strategy to address (s6)");
    out.add("    statutoryStrands: [" + String.join(", ", strands()) + "]");
    out.add("    priorities:");
    out.add("    # TO DO: your priorities, in order");
    out.add("    - id: first-priority");
    out.add("      title: " + q("Our first priority"));
    out.add("      order: 1");
    out.add("      provenance:");
    out.add("        kind: ILLUSTRATIVE");
    out.add("        note: \"Put your first priority's name; add the others after it\"");
    out.add("    focusAreas:");
    out.add("    # TO DO: what the partnership will focus on under each priority, with the measures");
    out.add("    # that show success (measureId, role, targets)");
    out.add("    - id: first-focus-area");
    out.add("      title: " + q("Our first focus area"));
    out.add("      kind: OBJECTIVE");
    out.add("      priorityIds: [first-priority]");
    out.add("      measuresOfSuccess: []");
    out.add("      provenance:");
    out.add("        kind: ILLUSTRATIVE");
    out.add("        note: \"Put your first focus area and its measures of success\"");
    out.add("    provenance:");
    out.add("      kind: ILLUSTRATIVE");
    out.add("      note: \"Put your strategy's title and years; ACTIVE means the board adopted it\"");
    if (councils.size() > 1 && structure != LocalGovernmentStructure.TWO_TIER_DISTRICT) {
      out.add("");
      out.add("  # TO DO: a merged partnership rests on a combination agreement (s5A); record it:");
      out.add("  # statutory:");
      out.add("  #   combinationAgreement:");
      out.add("  #     madeOn: YYYY-MM-DD");
      out.add("  #     partyOrganisationIds: [every responsible authority and the policing body]");
      out.add("  #     secretaryOfStateParty: false");
    }
    out.add("");
    out.add("  # What the board measures: each measure's id, name, unit, how often and which way is");
    out.add("  # better (see docs/GUIDE.md)");
    out.add("  measures: []");
    out.add("");
    out.add("  # Data files the figures are read from, beside this file (police.uk downloads, Home");
    out.add("  # Office tables or tidy CSV: measure,period,value), e.g.");
    out.add("  #   - path: our-figures.csv");
    out.add("  #   - path: police-uk-download.zip");
    out.add("  #     feeds: {police-uk/anti-social-behaviour: asb-incidents}");
    out.add("  dataFiles: []");
    return String.join("\n", out) + "\n";
  }

  private String[] organisation(List<String> out, Optional<String> given, String id, String type,
      String authority, String what, @Nullable String extra) {
    String orgId = given.map(PartnershipTemplate::slug).orElse(id);
    if (given.isEmpty()) {
      out.add("  # TO DO: the name of " + what);
    }
    out.add("  - id: " + orgId);
    out.add("    name: " + q(given.orElse("The " + what.replaceFirst("^the ", "")
        .replaceFirst(" \\(.*", ""))));
    out.add("    type: " + type);
    if (extra != null) {
      out.add(extra);
    }
    if (given.isEmpty()) {
      out.add("    provenance:");
      out.add("      kind: ILLUSTRATIVE");
      out.add("      note: \"Put the name of " + what.replaceFirst(" \\(.*", "") + "\"");
    }
    return new String[] {orgId, authority};
  }

  private String tier(int i) {
    return switch (structure) {
      case TWO_TIER_DISTRICT -> i == 0 ? "DISTRICT" : "COUNTY";
      case COUNTY -> "COUNTY";
      case LONDON_BOROUGH -> "LONDON_BOROUGH";
      case METROPOLITAN_DISTRICT -> "METROPOLITAN_DISTRICT";
      case WELSH_PRINCIPAL_AREA -> "WELSH_PRINCIPAL_AREA";
      case CITY_OF_LONDON -> "CITY_OF_LONDON";
      default -> "UNITARY";
    };
  }

  /** The elected policing body's placeholder name, none in the City of London. */
  private Optional<String> policingBody() {
    return switch (structure) {
      case CITY_OF_LONDON -> Optional.empty();
      case LONDON_BOROUGH -> Optional.of("Mayor's Office for Policing and Crime");
      default -> Optional.of("The police and crime commissioner");
    };
  }

  private String policingKind() {
    return structure == LocalGovernmentStructure.LONDON_BOROUGH
        ? "MAYORS_OFFICE_FOR_POLICING_AND_CRIME" : "POLICE_AND_CRIME_COMMISSIONER";
  }

  private static List<String> strands() {
    return List.of("CRIME_AND_DISORDER", "SUBSTANCE_MISUSE", "REOFFENDING",
        "SERIOUS_VIOLENCE_PREVENT_INVOLVEMENT", "SERIOUS_VIOLENCE_REDUCE_INSTANCES");
  }

  private String areaName(String first) {
    String area = first.replaceAll("(?i)\\b(city|county|borough|district|metropolitan)?\\s*"
        + "council\\b", "").replaceAll("(?i)^(the|london borough of|royal borough of)\\s+", "")
        .strip();
    return area.isEmpty() ? name : area;
  }

  /** An id from a name: lower case, words joined by hyphens. */
  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "partnership" : s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "")
        : s;
  }

  /** A double-quoted YAML string. */
  static String q(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
