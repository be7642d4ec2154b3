package io.github.sscp.examples.southampton;

import io.github.sscp.data.ImportLog;
import io.github.sscp.data.lookup.AreaLookup;
import io.github.sscp.data.policeuk.AreaSelection;
import io.github.sscp.data.policeuk.PoliceUkCounts;
import io.github.sscp.data.policeuk.PoliceUkReader;
import io.github.sscp.model.measure.CrimeCategories;
import io.github.sscp.model.measure.CrimeCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads real data the way a partnership's analyst would: thirteen months of police.uk street-level
 * files for Southampton (a zip, as the bulk download comes) placed in the partnership through the
 * ONS district lookup, and the Home Office recorded-crime extract; prints each import's summary and
 * the monthly counts by crime type. Run it with the README's data command.
 */
public final class SouthamptonDataExample {

  /** The police.uk files: Southampton's rows of Hampshire Constabulary's monthly files. */
  static final String STREET_FILES = "southampton-police-uk-street.zip";

  private final PrintStream out;

  SouthamptonDataExample(PrintStream out) {
    this.out = out;
  }

  /**
   * Reads and prints.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new SouthamptonDataExample(System.out).print(streetCounts());
  }

  /**
   * Counts the police.uk files in the Southampton partnership's area.
   *
   * @return the counts, with the import's summary, not null
   */
  static PoliceUkCounts streetCounts() {
    PoliceUkReader reader = PoliceUkReader.of(AreaSelection.partnership(AreaLookup.ons2019(),
        "Southampton")).withForce("Hampshire Constabulary");
    try (InputStream in = SouthamptonDataExample.class.getResourceAsStream(STREET_FILES)) {
      Objects.requireNonNull(in, () -> "missing resource " + STREET_FILES);
      return reader.countZip(in, STREET_FILES, ImportLog.lenient(), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void print(PoliceUkCounts street) {
    out.println("police.uk street-level crime, Southampton partnership (E22000120), read from "
        + STREET_FILES);
    out.println("Contains public sector information licensed under the Open Government Licence v3.0.");
    out.print(indent(street.summary().render()));
    SortedSet<YearMonth> months = new TreeSet<>();
    street.counts().keySet().forEach(k -> months.add(k.month()));
    List<CrimeCategory> categories = CrimeCategories.policeUk();
    out.println();
    out.printf(Locale.ROOT, "%-30s", "Crime type");
    months.forEach(m -> out.printf(Locale.ROOT, " %7s", m));
    out.println();
    for (CrimeCategory c : categories) {
      out.printf(Locale.ROOT, "%-30s", c.label());
      months.forEach(m -> out.printf(Locale.ROOT, " %7d", street.count(m, c.id())));
      out.println();
    }
    out.printf(Locale.ROOT, "%-30s", "All");
    months.forEach(m -> out.printf(Locale.ROOT, " %7d",
        categories.stream().mapToLong(c -> street.count(m, c.id())).sum()));
    out.println();
    out.println("(\"Violence and sexual offences\" jumps from April 2017, a recording change; the"
        + " months are those the repository holds, not a continuous run.)");
    out.println();
    out.println("Home Office police recorded crime by CSP (extract), read from "
        + SouthamptonRecordedCrime.RESOURCE);
    out.print(indent(SouthamptonRecordedCrime.counts().summary().render()));
    out.println("  Southampton observations: " + SouthamptonRecordedCrime.observations().size()
        + " (residential burglary and theft of a motor vehicle, 44 quarters each)");
  }

  private static String indent(String text) {
    return text.lines().map(l -> "  " + l + "\n").reduce("", String::concat);
  }
}
