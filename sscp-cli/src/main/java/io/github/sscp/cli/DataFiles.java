package io.github.sscp.cli;

import io.github.sscp.data.ImportException;
import io.github.sscp.data.ImportLog;
import io.github.sscp.data.ImportSummary;
import io.github.sscp.data.Publication;
import io.github.sscp.data.homeoffice.Grouping;
import io.github.sscp.data.homeoffice.HomeOfficeCounts;
import io.github.sscp.data.homeoffice.HomeOfficeCsp;
import io.github.sscp.data.homeoffice.HomeOfficeLayout;
import io.github.sscp.data.policeuk.AreaSelection;
import io.github.sscp.data.policeuk.PoliceUkCounts;
import io.github.sscp.data.policeuk.PoliceUkLayout;
import io.github.sscp.data.policeuk.PoliceUkReader;
import io.github.sscp.data.tidy.TidyCsv;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.rules.kpi.peer.PeerArea;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The data a command was given: police.uk street files (a file, a folder or zip archives), Home
 * Office recorded crime by CSP, or tidy CSV, told apart by their header. Observations are joined to
 * the partnership's own; a Home Office file with other partnerships gives each measure its peers.
 */
final class DataFiles {

  /** What was read. */
  record Loaded(List<Observation> observations, Map<String, List<PeerArea>> peers,
      Set<String> attributions, List<ImportSummary> summaries) {

    /** The partnership with these observations added; a new one replaces an old one of its id. */
    Partnership joinedTo(Partnership p) {
      if (observations.isEmpty()) {
        return p;
      }
      Set<String> ids = new LinkedHashSet<>();
      observations.forEach(o -> ids.add(o.id()));
      List<Observation> all = new ArrayList<>();
      p.observations().entries().stream().filter(o -> !ids.contains(o.id())).forEach(all::add);
      all.addAll(observations);
      return Partnership.builder().from(p).observations(ObservationLog.of(all)).build();
    }
  }

  private DataFiles() {}

  /**
   * Reads data files for a partnership.
   *
   * @param files the files, not null
   * @param area the partnership's name in the data (Home Office CSP name, police.uk LSOA prefix)
   * @param measures each data key (police.uk category id or Home Office offence key) to a measure
   * @param progress the progress display
   * @return what was read
   */
  static Loaded load(List<Path> files, String area, Map<String, String> measures, Progress progress) {
    List<Observation> observations = new ArrayList<>();
    Map<String, List<PeerArea>> peers = new LinkedHashMap<>();
    Set<String> attributions = new LinkedHashSet<>();
    List<ImportSummary> summaries = new ArrayList<>();
    List<Path> street = new ArrayList<>();
    for (Path file : files) {
      switch (kind(file)) {
        case POLICE_UK -> street.add(file);
        case HOME_OFFICE -> {
          HomeOfficeCounts counts = homeOffice(file, progress);
          summaries.add(counts.summary());
          attributions.add(Publication.HOME_OFFICE_CSP.cite(file.getFileName().toString()));
          observations.addAll(counts.toObservations(area, measures, Optional.empty()));
          peers.putAll(peers(counts, area, measures));
        }
        case TIDY -> {
          ImportLog log = ImportLog.lenient();
          try (InputStream in = Files.newInputStream(file)) {
            observations.addAll(TidyCsv.read(in, file.getFileName().toString(), log));
          } catch (IOException e) {
            throw new CliException(Sscp.USAGE, file + ": cannot be read (" + e.getMessage() + ")");
          }
          summaries.add(log.summary());
        }
      }
    }
    if (!street.isEmpty()) {
      PoliceUkCounts counts = policeUk(street, AreaSelection.localAuthority(area), progress);
      summaries.add(counts.summary());
      attributions.add(Publication.POLICE_UK.cite(""));
      observations.addAll(counts.toObservations(measures, Optional.empty(), true));
    }
    return new Loaded(observations, peers, attributions, summaries);
  }

  enum Kind { POLICE_UK, HOME_OFFICE, TIDY }

  /** Tells a file's kind from its name (folders and zips are police.uk) or its header. */
  static Kind kind(Path file) {
    if (Files.isDirectory(file) || file.getFileName().toString().toLowerCase(Locale.ROOT)
        .endsWith(".zip")) {
      return Kind.POLICE_UK;
    }
    List<String> header = header(file);
    if (PoliceUkLayout.detect(header).isPresent()) {
      return Kind.POLICE_UK;
    }
    if (HomeOfficeLayout.detect(header).isPresent()) {
      return Kind.HOME_OFFICE;
    }
    if (header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList()
        .containsAll(TidyCsv.COLUMNS.subList(0, 3))) {
      return Kind.TIDY;
    }
    throw new CliException(Sscp.INVALID, file + ": not a police.uk street file, a Home Office CSP"
        + " table or tidy CSV (header: " + String.join(",", header) + ")");
  }

  /** The first line that is not a comment, split on commas. */
  private static List<String> header(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(64 * 1024);
    } catch (IOException e) {
      throw new CliException(Sscp.USAGE, file + ": cannot be read (" + e.getMessage() + ")");
    }
    try (BufferedReader r = new BufferedReader(new StringReader(
        new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "")))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          return Arrays.stream(line.split(",", -1)).map(s -> s.replace("\"", "").strip()).toList();
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return List.of();
  }

  static HomeOfficeCounts homeOffice(Path file, Progress progress) {
    ImportLog log = ImportLog.lenient();
    try (InputStream in = Files.newInputStream(file)) {
      return progress.during(log, () -> HomeOfficeCsp.read(in, file.getFileName().toString(),
          Grouping.OFFENCE_SUBGROUP, csp -> true, log));
    } catch (IOException e) {
      throw new CliException(Sscp.USAGE, file + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /** Reads the bundled example's Home Office extract. */
  static HomeOfficeCounts exampleHomeOffice() {
    ImportLog log = ImportLog.strict();
    return HomeOfficeCsp.read(new ByteArrayInputStream(Inputs.resource(Inputs.EXAMPLE_HOME_OFFICE)),
        "ho-csp-extract-southampton-and-peers.csv", Grouping.OFFENCE_SUBGROUP, csp -> true, log);
  }

  static PoliceUkCounts policeUk(List<Path> files, AreaSelection area, Progress progress) {
    ImportLog log = ImportLog.lenient();
    for (Path f : files) {
      if (!Files.exists(f)) {
        throw new CliException(Sscp.USAGE, f + ": no such file");
      }
    }
    try {
      return progress.during(log, () -> PoliceUkReader.of(area).count(files, log, false));
    } catch (ImportException e) {
      throw new CliException(Sscp.USAGE, String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Each mapped measure's peer panel from a Home Office table: every partnership's latest four
   * quarters against the four before, the area's own latest quarter deciding which.
   */
  static Map<String, List<PeerArea>> peers(HomeOfficeCounts counts, String area,
      Map<String, String> measures) {
    Map<String, List<PeerArea>> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> m : measures.entrySet()) {
      Map<String, SortedMap<Quarter, Long>> byArea = counts.byPartnership(m.getKey());
      SortedMap<Quarter, Long> own = byArea.get(area);
      if (own == null || own.size() < 8 || byArea.size() < 2) {
        continue;
      }
      Quarter latest = own.lastKey();
      List<PeerArea> panel = new ArrayList<>();
      byArea.forEach((name, series) -> {
        Optional<Long> now = sum(series, latest, 0);
        Optional<Long> before = sum(series, latest, 4);
        if (now.isPresent() && before.isPresent()) {
          panel.add(PeerArea.withChange(name, now.get(), before.get()));
        }
      });
      out.put(m.getValue(), panel);
    }
    return out;
  }

  private static Optional<Long> sum(Map<Quarter, Long> counts, Quarter latest, int back) {
    long sum = 0;
    for (int i = 0; i < 4; i++) {
      Long c = counts.get(latest.plusQuarters(-back - i));
      if (c == null) {
        return Optional.empty();
      }
      sum += c;
    }
    return Optional.of(sum);
  }

  /** Parses {@code KEY=MEASURE} options. */
  static Map<String, String> measures(List<String> pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new CliException(Sscp.USAGE, "--measure takes KEY=MEASURE, e.g."
            + " burglary_residential=residential-burglary; got '" + pair + "'");
      }
      out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return out;
  }
}
