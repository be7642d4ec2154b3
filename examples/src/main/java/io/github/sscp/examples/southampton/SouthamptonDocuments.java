package io.github.sscp.examples.southampton;

import io.github.sscp.json.Format;
import io.github.sscp.json.SscpJson;
import io.github.sscp.model.Partnership;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Southampton partnership as sscp documents: the files under {@code examples/southampton/}
 * that a CSP copies to start its own, in JSON and in commented YAML. Both are written from
 * {@link SouthamptonSafeCityPartnership#build()}, so they carry its attribution and its
 * illustrative labels; a test keeps them equal to it.
 *
 * <p>Run {@code main} with the folder to write to ({@code examples/southampton}); the tests only
 * compare.
 */
public final class SouthamptonDocuments {

  /** The file name of the JSON document. */
  public static final String JSON_FILE = "southampton-safe-city-partnership.json";
  /** The file name of the YAML document. */
  public static final String YAML_FILE = "southampton-safe-city-partnership.yaml";
  /** The file name of the partnership as recorded before the 2024 refresh, in YAML. */
  public static final String BEFORE_2024_FILE = "southampton-safe-city-partnership-2022.yaml";

  private static final String HEADER = """
      # The Southampton Safe City Partnership as an sscp partnership document (format 1).
      #
      # Source: %s.
      # Recorded-crime figures: Home Office police recorded crime by CSP and police.uk street-level
      # crime (Open Government Licence v3.0), read from the two data files named under dataFiles,
      # which sit beside this file: ./sscp report reads them with it.
      # Values marked ILLUSTRATIVE in their provenance are examples, not Southampton's figures.
      #
      # Start your own partnership from this file (./sscp example southampton --out mine.yaml):
      # change the names, members and strategy, then ./sscp validate mine.yaml and
      # ./sscp report mine.yaml --out report.html. The format is described in docs/FORMAT.md.
      # Comments are yours to keep: sscp reads this file but never rewrites it. Quote values that
      # look like numbers but are text, such as "2024".
      """;

  /** Comments placed before top-level parts of the document, by property name. */
  private static final Map<String, String> SECTIONS = Map.ofEntries(
      Map.entry("area", "Where the partnership works"),
      Map.entry("comparatorGroups", "Peer areas for comparison"),
      Map.entry("crimeCategories", "The crime categories the measures count"),
      Map.entry("dataFiles", "The data files the figures are read from, beside this file"),
      Map.entry("engagements", "Consultation and engagement with the public"),
      Map.entry("funding", "Funding streams and bids"),
      Map.entry("governanceBodies", "The strategic board and its groups"),
      Map.entry("measures", "What the board measures, with baselines and targets"),
      Map.entry("meetings", "Meetings, their business and decisions"),
      Map.entry("memberships", "Who sits on the partnership, dated; statutory roles marked"),
      Map.entry("observations", "Recorded figures, each with its source"),
      Map.entry("officeholders", "Chairs, lead members and other offices, dated"),
      Map.entry("organisations", "Responsible authorities and co-operating bodies"),
      Map.entry("people", "People named in the document (personal data: see the public view)"),
      Map.entry("risks", "The risk register"),
      Map.entry("statutory", "Statutory records: information sharing, reviews, duties"),
      Map.entry("strategicAssessments", "The strategic assessment behind the plan"),
      Map.entry("strategies", "The partnership plan: priorities, objectives, actions, annexes"),
      Map.entry("surveys", "Surveys used as evidence"),
      Map.entry("tolerancePolicies", "How a measure's RAG tolerance is set"));

  private SouthamptonDocuments() {}

  /**
   * Writes the partnership as JSON.
   *
   * @return the document's text, not null
   */
  public static String json() {
    return SscpJson.standard().write(SouthamptonSafeCityPartnership.document(), Format.JSON);
  }

  /**
   * Writes the partnership as YAML with a header and a comment before each main part.
   *
   * @return the document's text, not null
   */
  public static String yaml() {
    return commented(SouthamptonSafeCityPartnership.document(),
        HEADER.formatted(SouthamptonSafeCityPartnership.SEED));
  }

  /**
   * Writes the partnership as recorded before the 2024 refresh, as YAML: the previous version a
   * board pack compares with ({@code sscp report --since}).
   *
   * @return the document's text, not null
   */
  public static String yamlBefore2024() {
    return commented(SouthamptonSafeCityPartnership.before2024Refresh(), """
        # The Southampton Safe City Partnership as recorded before the 2024 refresh (format 1): the
        # strategy for 2022-27 with its priorities and strands, before the new chair, the key crime
        # issues for 2024-28 and the obsessions agreed on 29 January 2024.
        #
        # Source: %s.
        # The briefing says nothing else about 2022: the earlier chair is ILLUSTRATIVE (not named),
        # and every other record is as in southampton-safe-city-partnership.yaml.
        #
        # Compare: ./sscp report southampton-safe-city-partnership.yaml --since this-file.yaml
        """.formatted(SouthamptonSafeCityPartnership.SEED));
  }

  private static String commented(Partnership p, String header) {
    String plain = SscpJson.standard().write(p, Format.YAML);
    StringBuilder out = new StringBuilder(plain.length() + 2048);
    out.append(header).append('\n');
    for (String line : plain.split("\n", -1)) {
      if (line.startsWith("  ") && !line.startsWith("   ")) {
        int colon = line.indexOf(':');
        String comment = colon > 0 ? SECTIONS.get(line.substring(2, colon)) : null;
        if (comment != null) {
          out.append("\n  # ").append(comment).append('\n');
        }
      }
      out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  /**
   * Reads a partnership document in either format, as a user's program would.
   *
   * @param file the file, not null
   * @return the partnership, not null
   * @throws IOException if the file cannot be read
   */
  public static Partnership read(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return SscpJson.standard().readPartnership(in);
    }
  }

  /**
   * Writes both documents into a folder.
   *
   * @param args the folder, by default {@code examples/southampton}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/southampton");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(JSON_FILE), json(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(YAML_FILE), yaml(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(BEFORE_2024_FILE), yamlBefore2024(), StandardCharsets.UTF_8);
  }
}
