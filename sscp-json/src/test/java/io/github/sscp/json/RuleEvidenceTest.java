package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.Partnership;
import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.compliance.Examples;
import io.github.sscp.rules.compliance.Finding;
import io.github.sscp.rules.compliance.Jurisdiction;
import io.github.sscp.rules.compliance.Outcome;
import io.github.sscp.rules.compliance.Rule;
import io.github.sscp.rules.compliance.RuleDescription;
import io.github.sscp.rules.compliance.RuleVersion;
import io.github.sscp.testkit.PartnershipRecipes;
import io.github.sscp.testkit.PartnershipSize;
import io.github.sscp.testkit.SscpSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Fixes that work: every finding that calls for action carries the YAML that records what would
 * satisfy it, and that YAML, added to the partnership's file, turns the finding met. Checked on
 * each rule's explanation example (the minimal partnerships of {@link Examples}, at every dated
 * version), on the Southampton example, and on generated partnerships at random dates (seed
 * below). "Added" means merged as a user would paste it: objects merged, list items with the same
 * {@code id} (a revision's {@code version}) merged, other items appended.
 */
class RuleEvidenceTest {

  static final long SEED = 20261206L;
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final YAMLMapper YAML = YAMLMapper.builder().build();
  static final SscpJson SSCP = SscpJson.standard();
  /** Rules that apply only once a record exists that no minimal partnership has. */
  static final Set<String> NEED_RECORDS = Set.of("CDA98-S6-4A-PCC-MEETINGS",
      "SI2007-R14A-PCC-MEETING", "WSI2010-R3-3A-PROBATION-JOINT-APPOINT",
      "DHR-GUIDANCE-TIMESCALES", "VPA24-S19-DARDR");
  /** A rule that judges what was done by past dates: no record added now can change it. */
  static final Set<String> HISTORICAL = Set.of("DHR-GUIDANCE-TIMESCALES");

  /** Adds a YAML fragment to a partnership's document, as a user pastes it into the file. */
  static Partnership add(Partnership p, String yaml) {
    ObjectNode envelope = (ObjectNode) JSON.readTree(SSCP.write(p, Format.JSON));
    JsonNode fragment = YAML.readTree(yaml);
    if (fragment != null && fragment.isObject()) {
      merge((ObjectNode) envelope.get("document"), (ObjectNode) fragment);
    }
    return SSCP.read(envelope.toString(), Format.JSON, DocumentKind.PARTNERSHIP);
  }

  static void merge(ObjectNode into, ObjectNode from) {
    for (Map.Entry<String, JsonNode> e : from.properties()) {
      JsonNode existing = into.get(e.getKey());
      if (existing instanceof ObjectNode o && e.getValue() instanceof ObjectNode f) {
        merge(o, f);
      } else if (existing instanceof ArrayNode a && e.getValue() instanceof ArrayNode f) {
        for (JsonNode item : f) {
          Optional<ObjectNode> same = matching(a, item);
          if (same.isPresent() && item instanceof ObjectNode i) {
            merge(same.get(), i);
          } else if (!contains(a, item)) {
            a.add(item);
          }
        }
      } else {
        into.set(e.getKey(), e.getValue());
      }
    }
  }

  static Optional<ObjectNode> matching(ArrayNode a, JsonNode item) {
    for (String key : List.of("id", "version")) {
      if (item.has(key)) {
        for (JsonNode x : a) {
          if (x instanceof ObjectNode o && item.get(key).equals(o.get(key))) {
            return Optional.of(o);
          }
        }
      }
    }
    return Optional.empty();
  }

  static boolean contains(ArrayNode a, JsonNode item) {
    for (Iterator<JsonNode> it = a.iterator(); it.hasNext();) {
      if (it.next().equals(item)) {
        return true;
      }
    }
    return false;
  }

  static Finding evaluate(Rule rule, Partnership p, LocalDate on) {
    return Catalogue.statutory().evaluate(p, on).findings().stream()
        .filter(f -> f.ruleId().equals(rule.id())).findFirst()
        .orElseGet(() -> new Finding(rule.id(), rule.title(), Outcome.NOT_APPLICABLE,
            rule.holder(), List.of(), rule.holder().words(), "prospective", List.of(), "", Optional.empty(),
            Optional.empty(), rule.versions().get(0).confidence()));
  }

  /** Applies a finding's YAML and checks the finding is then met; says what happened. */
  static String fixes(Rule rule, Partnership p, LocalDate on, String where) {
    Finding f = evaluate(rule, p, on);
    if (f.outcome() == Outcome.MET || f.outcome() == Outcome.NOT_APPLICABLE) {
      return "";
    }
    if (f.record().isEmpty() && HISTORICAL.contains(rule.id())) {
      return "";
    }
    assertThat(f.record()).as("%s on %s (%s): %s", rule.id(), on, where, f.sentence())
        .isPresent();
    Partnership fixed = add(p, f.record().get());
    Finding after = evaluate(rule, fixed, on);
    assertThat(after.outcome()).as("%s on %s (%s): %s%nafter adding:%n%s%nit says: %s",
        rule.id(), on, where, f.sentence(), f.record().get(), after.sentence())
        .isEqualTo(Outcome.MET);
    return rule.id();
  }

  static List<LocalDate> dates(Rule rule) {
    List<LocalDate> out = new ArrayList<>();
    out.add(Examples.date(rule));
    for (RuleVersion v : rule.versions()) {
      if (!v.repeal()) {
        v.from().filter(d -> d.isBefore(Examples.ON)).ifPresent(d -> out.add(d.plusDays(40)));
      }
    }
    return out;
  }

  @Test
  void everyRulesExampleTurnsItsFindingMetOnMinimalPartnershipsAtEveryVersion() {
    Set<String> fixed = new TreeSet<>();
    for (Rule rule : Catalogue.statutory().rules()) {
      for (Jurisdiction j : Jurisdiction.values()) {
        for (Partnership p : Examples.settings(j)) {
          for (LocalDate on : dates(rule)) {
            if (rule.versionOn(j, on).isPresent()) {
              String id = fixes(rule, p, on, j + " " + p.structure() + (p.merged() ? " merged" : ""));
              if (!id.isEmpty()) {
                fixed.add(id);
              }
            }
          }
        }
      }
    }
    Set<String> all = new TreeSet<>();
    Catalogue.statutory().rules().forEach(r -> all.add(r.id()));
    all.removeAll(NEED_RECORDS);
    assertThat(fixed).containsExactlyInAnyOrderElementsOf(all);
    assertThat(all).hasSizeGreaterThan(40);
  }

  @Test
  void theExplanationsYamlIsTheExampleThatWasChecked() {
    for (RuleDescription d : Catalogue.statutory().describe().rules()) {
      assertThat(d.evidence()).as(d.id()).isNotBlank().doesNotContain("_");
      assertThat(d.example().isPresent()).as(d.id()).isEqualTo(!NEED_RECORDS.contains(d.id()));
    }
  }

  @Test
  void aCommissionersMeetingFixRecordsEveryAuthoritysAttendance() {
    Partnership base = Examples.withRecords();
    Partnership p = add(base, """
        organisations:
        - {id: council, name: The council, type: LOCAL_AUTHORITY, localAuthorityTier: UNITARY}
        - {id: police, name: The police, type: POLICE_FORCE}
        - {id: pcc, name: The commissioner, type: LOCAL_POLICING_BODY, policingBodyKind: POLICE_AND_CRIME_COMMISSIONER}
        memberships:
        - {organisationId: council, role: RESPONSIBLE_AUTHORITY, responsibleAuthorityType: LOCAL_AUTHORITY}
        - {organisationId: police, role: RESPONSIBLE_AUTHORITY, responsibleAuthorityType: CHIEF_OFFICER_OF_POLICE}
        - {organisationId: pcc, role: LOCAL_POLICING_BODY}
        governanceBodies:
        - {id: board, name: The board, type: STRATEGIC_BOARD}
        meetings:
        - {id: pcc-meeting, bodyId: board, date: 2026-02-01, status: HELD, calledByOrganisationId: pcc, attendeeOrganisationIds: [council]}
        """);
    Rule rule = Catalogue.statutory().rules().stream()
        .filter(r -> r.id().equals("SI2007-R14A-PCC-MEETING")).findFirst().orElseThrow();
    assertThat(evaluate(rule, p, Examples.ON).outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(fixes(rule, p, Examples.ON, "a meeting the police were absent from"))
        .isEqualTo("SI2007-R14A-PCC-MEETING");
  }

  @Test
  void theSouthamptonExamplesFixesTurnTheirFindingsMet() throws Exception {
    Partnership southampton = SSCP.readPartnership(Path.of(
        "../examples/southampton/southampton-safe-city-partnership.yaml"));
    Set<String> fixed = new TreeSet<>();
    for (LocalDate on : List.of(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 7, 1))) {
      for (Rule rule : Catalogue.statutory().rules()) {
        String id = fixes(rule, southampton, on, "Southampton");
        if (!id.isEmpty()) {
          fixed.add(id);
        }
      }
    }
    assertThat(fixed).contains("CDA98-S6-1D-SERIOUS-VIOLENCE", "SI2007-R10-11-PARTNERSHIP-PLAN");
    assertThat(Files.exists(Path.of("../examples/southampton"))).isTrue();
  }

  @Test
  void generatedPartnershipsFixesTurnTheirFindingsMet() {
    Random random = new Random(SEED);
    int fixedCount = 0;
    for (Partnership p : SscpSamples.of(PartnershipRecipes.partnership(PartnershipSize.typical()),
        SEED, 12)) {
      LocalDate on = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(365 * 18));
      for (Rule rule : Catalogue.statutory().rules()) {
        if (!fixes(rule, p, on, "seed " + SEED + ", " + p.id()).isEmpty()) {
          fixedCount++;
        }
      }
    }
    assertThat(fixedCount).isPositive();
  }
}
