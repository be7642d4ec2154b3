package io.github.sscp.data.files;

import io.github.sscp.data.ImportException;
import io.github.sscp.data.ImportLog;
import io.github.sscp.data.Publication;
import io.github.sscp.data.RowProblem;
import io.github.sscp.data.homeoffice.Grouping;
import io.github.sscp.data.homeoffice.HomeOfficeCounts;
import io.github.sscp.data.homeoffice.HomeOfficeCsp;
import io.github.sscp.data.homeoffice.HomeOfficeLayout;
import io.github.sscp.data.lookup.AreaLookup;
import io.github.sscp.data.policeuk.AreaSelection;
import io.github.sscp.data.policeuk.PoliceUkCounts;
import io.github.sscp.data.policeuk.PoliceUkLayout;
import io.github.sscp.data.policeuk.PoliceUkReader;
import io.github.sscp.data.tidy.TidyCsv;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.base.Provenance;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.ComparatorSource;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.Observation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads data files for a partnership, whatever their kind, told apart by their header: police.uk
 * street files (a file, a folder or zip archives, read together as one import and placed through
 * the ONS lookup when the partnership is in it, else by LSOA name), Home Office recorded crime by
 * partnership (the partnership's own rows, and its peers' with their GSS codes), and tidy CSV.
 * Every file is read leniently: bad rows are counted, listed by line and left out, never stop the
 * read; each import's summary says what happened, and the caller decides what a bad row means.
 *
 * <p>Thread-safe: stateless.
 */
public final class DataFiles {

  /** The most bytes of a file read to find its header. */
  static final int HEADER_BYTES = 64 * 1024;

  private DataFiles() {}

  /**
   * Tells a file's kind: a folder or a {@code .zip} is police.uk; otherwise the header decides.
   *
   * @param file the file, not null
   * @return the kind, not null
   * @throws ImportException naming the file if it does not exist, cannot be read, or is none of
   *     the kinds
   */
  public static DataFileKind kindOf(Path file) {
    if (Files.isDirectory(file) || file.getFileName().toString().toLowerCase(Locale.ROOT)
        .endsWith(".zip")) {
      if (!Files.exists(file)) {
        throw new ImportException(new RowProblem(file.toString(), 0, "no such file", "it does not"
            + " exist"));
      }
      return DataFileKind.POLICE_UK;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEADER_BYTES);
    } catch (NoSuchFileException e) {
      throw new ImportException(new RowProblem(file.toString(), 0, "no such file",
          "it does not exist"), e);
    } catch (IOException e) {
      throw new ImportException(new RowProblem(file.toString(), 0, "unreadable",
          String.valueOf(e.getMessage())), e);
    }
    return kindOf(head, file.toString());
  }

  /**
   * Tells a file's kind from its first bytes (at least its header line).
   *
   * @param head the file's first bytes, not null
   * @param name the file's name, for messages, not null
   * @return the kind, not null
   * @throws ImportException naming the file if it is none of the kinds
   */
  public static DataFileKind kindOf(byte[] head, String name) {
    List<String> header = header(head);
    if (PoliceUkLayout.detect(header).isPresent()) {
      return DataFileKind.POLICE_UK;
    }
    if (HomeOfficeLayout.detect(header).isPresent()) {
      return DataFileKind.HOME_OFFICE;
    }
    if (header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList()
        .containsAll(TidyCsv.COLUMNS.subList(0, 3))) {
      return DataFileKind.TIDY;
    }
    String shown = String.join(",", header);
    throw new ImportException(new RowProblem(name, header.isEmpty() ? 0 : 1,
        "unknown kind of data file", header.isEmpty() ? "it has no header line" : "not a police.uk"
            + " street file, a Home Office CSP table or tidy CSV (measure,period,value); its header"
            + " is '" + (shown.length() > 120 ? shown.substring(0, 120) + "…" : shown) + "'"));
  }

  /** The first line that is not a comment or blank, split on commas. */
  private static List<String> header(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
    for (String line : text.split("\r?\n", -1)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        return Arrays.stream(line.split(",", -1)).map(s -> s.replace("\"", "").strip()).toList();
      }
    }
    return List.of();
  }

  /**
   * Reads data files for a partnership.
   *
   * @param files the files, folders and archives, not null
   * @param request the partnership's name in the data, its measures and peers, not null
   * @return what was read, not null
   * @throws ImportException naming the path if a file does not exist, cannot be read or is of no
   *     known kind
   */
  public static DataImport read(List<Path> files, DataRequest request) {
    List<Part> parts = new ArrayList<>();
    List<Path> street = new ArrayList<>();
    AreaLookup lookup = AreaLookup.ons2019();
    for (Path file : files) {
      DataFileKind kind = kindOf(file);
      if (kind == DataFileKind.POLICE_UK) {
        street.add(file);
        continue;
      }
      try (InputStream in = Files.newInputStream(file)) {
        parts.add(kind == DataFileKind.HOME_OFFICE
            ? homeOffice(in, file.toString(), file.getFileName().toString(), request, lookup,
                Optional.empty())
            : tidy(in, file.toString(), file.getFileName().toString(), request));
      } catch (IOException e) {
        throw new ImportException(new RowProblem(file.toString(), 0, "unreadable",
            String.valueOf(e.getMessage())), e);
      }
    }
    if (!street.isEmpty()) {
      ImportLog log = ImportLog.lenient();
      PoliceUkCounts counts = request.watch().during(log, () ->
          PoliceUkReader.of(selection(request, lookup)).count(street, log, false));
      parts.add(policeUk(counts, street.stream().map(Path::toString).toList(),
          k -> request.measureFor(k, Optional.of(k)), Optional.empty()));
    }
    return combine(parts);
  }

  /**
   * Reads the data files a partnership names ({@link Partnership#dataFiles()}), each with its own
   * feeds and area: a path is resolved against the folder of the partnership file. A request's own
   * measures (given on the command line, say) take precedence over a file's feeds, and a request
   * whose area was set explicitly over a file's area.
   *
   * @param partnership the partnership, not null
   * @param folder the folder of the file that names the data, not null
   * @param request the request the files' feeds and areas are added to, not null
   * @param areaGiven whether the request's area was given explicitly and overrides the files'
   * @return what was read, in the order named; no files gives an empty import, not null
   * @throws ImportException naming the path if a file does not exist, cannot be read or is of no
   *     known kind
   */
  public static DataImport readNamed(Partnership partnership, Path folder, DataRequest request,
      boolean areaGiven) {
    DataImport all = new DataImport(List.of(), List.of(), Set.of(), Optional.empty(), List.of(),
        Map.of());
    for (io.github.sscp.model.measure.DataFile f : partnership.dataFiles()) {
      Path path;
      try {
        path = folder.resolve(f.path()).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        throw new ImportException(new RowProblem(f.path(), 0, "not a path",
            "the partnership's dataFiles names '" + f.path() + "', which is not a path here"), e);
      }
      if (!Files.exists(path)) {
        throw new ImportException(new RowProblem(path.toString(), 0, "no such file",
            "the partnership's dataFiles names '" + f.path() + "', which is not there (paths are"
                + " read from the partnership file's folder)"));
      }
      Map<String, String> feeds = new java.util.LinkedHashMap<>(f.feeds());
      feeds.putAll(request.measures());
      DataRequest r = request.withMeasures(feeds);
      if (!areaGiven && f.area().isPresent()) {
        r = r.withArea(f.area().get());
      }
      all = all.plus(read(List.of(path), r));
    }
    return all;
  }

  /**
   * Reads one data file from a stream, such as a resource or a download, telling its kind from its
   * header: a police.uk street file, a Home Office CSP table or tidy CSV.
   *
   * @param in the file's bytes, not null; not closed
   * @param name the file's name, for messages and attribution, not null
   * @param request the partnership's name in the data, its measures and peers, not null
   * @return what was read, not null
   * @throws ImportException naming the file if it cannot be read or is of no known kind
   */
  public static DataImport read(InputStream in, String name, DataRequest request) {
    BufferedInputStream buffered = new BufferedInputStream(in, HEADER_BYTES + 1);
    buffered.mark(HEADER_BYTES + 1);
    DataFileKind kind;
    try {
      byte[] head = buffered.readNBytes(HEADER_BYTES);
      buffered.reset();
      kind = kindOf(head, name);
    } catch (IOException e) {
      throw new ImportException(new RowProblem(name, 0, "unreadable",
          String.valueOf(e.getMessage())), e);
    }
    AreaLookup lookup = AreaLookup.ons2019();
    Part part = switch (kind) {
      case HOME_OFFICE -> homeOffice(buffered, name, name, request, lookup, Optional.empty());
      case TIDY -> tidy(buffered, name, name, request);
      case POLICE_UK -> {
        ImportLog log = ImportLog.lenient();
        PoliceUkCounts counts = request.watch().during(log, () ->
            PoliceUkReader.of(selection(request, lookup)).count(buffered, name, log, false));
        yield policeUk(counts, List.of(name), k -> request.measureFor(k, Optional.of(k)),
            Optional.empty());
      }
    };
    return combine(List.of(part));
  }

  /**
   * Counts police.uk street files for an area, every crime category feeding a measure of its own
   * id ({@code police-uk/burglary}): what {@code sscp ingest police-uk} writes.
   *
   * @param files the files, folders and archives, not null
   * @param selection the area, not null
   * @param watch who watches the import, not null
   * @return what was read, not null
   * @throws ImportException naming the path if a file cannot be read
   */
  public static DataImport countPoliceUk(List<Path> files, AreaSelection selection,
      ImportWatch watch) {
    return countPoliceUk(files, selection, Optional.empty(), watch);
  }

  /**
   * Counts police.uk street files for an area, as {@link #countPoliceUk(List, AreaSelection,
   * ImportWatch)} does, placing the counts in an area.
   *
   * @param files the files, folders and archives, not null
   * @param selection the rows to count, not null
   * @param area the GSS code of the area the selection is, or empty, not null
   * @param watch who watches the import, not null
   * @return what was read, not null
   * @throws ImportException naming the path if a file cannot be read
   */
  public static DataImport countPoliceUk(List<Path> files, AreaSelection selection,
      Optional<GssCode> area, ImportWatch watch) {
    for (Path f : files) {
      if (!Files.exists(f)) {
        throw new ImportException(new RowProblem(f.toString(), 0, "no such file", "it does not exist"));
      }
    }
    ImportLog log = ImportLog.lenient();
    PoliceUkCounts counts = watch.during(log, () -> PoliceUkReader.of(selection).count(files, log,
        false));
    return combine(List.of(policeUk(counts, files.stream().map(Path::toString).toList(),
        Optional::of, area)));
  }

  /**
   * Reads one partnership of a Home Office table, every offence feeding a measure named after it
   * ({@code burglary_residential} feeds {@code burglary-residential}): what {@code sscp ingest
   * ho-csp} writes.
   *
   * @param file the table, not null
   * @param partnership the partnership's name in the table, not null
   * @param watch who watches the import, not null
   * @return what was read; no observations if the partnership is not in the table, not null
   * @throws ImportException naming the path if the file cannot be read or is not a Home Office table
   */
  public static DataImport countHomeOffice(Path file, String partnership, ImportWatch watch) {
    if (kindOf(file) != DataFileKind.HOME_OFFICE) {
      throw new ImportException(new RowProblem(file.toString(), 1, "not a Home Office CSP table",
          "its header is not the Home Office open-data or extract layout"));
    }
    DataRequest request = new DataRequest(partnership, Map.of(), Map.of(), List.of(), false, watch);
    try (InputStream in = Files.newInputStream(file)) {
      return combine(List.of(homeOffice(in, file.toString(), file.getFileName().toString(),
          request, null, AreaLookup.ons2019().partnershipCode(partnership))));
    } catch (IOException e) {
      throw new ImportException(new RowProblem(file.toString(), 0, "unreadable",
          String.valueOf(e.getMessage())), e);
    }
  }

  /** The measure an offence key feeds when nothing else names one: the key as an id. */
  static String slug(String key) {
    String s = key.toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("[^a-z0-9/.]+", "-")
        .replaceAll("^[-./]+|[-./]+$", "");
    return s.isEmpty() ? "offence" : s;
  }

  private static AreaSelection selection(DataRequest request, AreaLookup lookup) {
    return lookup.districtsOf(request.area()).isEmpty()
        ? AreaSelection.localAuthority(request.area())
        : AreaSelection.partnership(lookup, request.area());
  }

  /** One import's contribution. */
  private record Part(List<Observation> observations, FileImport file, Set<String> attributions,
      Optional<ComparatorGroup> group, List<String> notes, Map<String, String> origins) {}

  private static DataImport combine(List<Part> parts) {
    List<Observation> observations = new ArrayList<>();
    List<FileImport> imports = new ArrayList<>();
    Set<String> attributions = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    Map<String, String> origins = new TreeMap<>();
    Optional<ComparatorGroup> group = Optional.empty();
    for (Part p : parts) {
      observations.addAll(p.observations());
      imports.add(p.file());
      attributions.addAll(p.attributions());
      notes.addAll(p.notes());
      origins.putAll(p.origins());
      if (group.isEmpty()) {
        group = p.group();
      }
    }
    return new DataImport(observations, imports, attributions, group, notes, origins);
  }

  private static Part tidy(InputStream in, String path, String name, DataRequest request) {
    ImportLog log = ImportLog.lenient();
    Map<String, String> origins = new TreeMap<>();
    List<Observation> read = request.watch().during(log, () -> TidyCsv.read(in, name, log,
        (o, line) -> origins.put(o.id(), path + ":" + line)));
    SortedSet<String> keys = new TreeSet<>();
    read.forEach(o -> keys.add(o.measureId()));
    Map<String, String> mapping = new TreeMap<>();
    keys.forEach(k -> mapping.put(k, k));
    return new Part(read, new FileImport(DataFileKind.TIDY, List.of(path), log.summary(), keys,
        mapping), Set.of(), Optional.empty(), List.of(), origins);
  }

  private static Part policeUk(PoliceUkCounts counts, List<String> paths,
      java.util.function.Function<String, Optional<String>> measureFor, Optional<GssCode> area) {
    SortedSet<String> keys = new TreeSet<>();
    counts.counts().keySet().forEach(k -> keys.add(k.categoryId()));
    Map<String, String> mapping = new TreeMap<>();
    for (String k : keys) {
      measureFor.apply(k).ifPresent(m -> mapping.put(k, m));
    }
    List<Observation> observations = counts.toObservations(mapping, area, true);
    Map<String, String> origins = new TreeMap<>();
    Map<String, String> keyOf = new TreeMap<>();
    mapping.forEach((k, m) -> keyOf.put(m, k));
    String where = String.join(", ", paths);
    observations.forEach(o -> origins.put(o.id(), where + " (" + keyOf.get(o.measureId()) + ")"));
    List<String> notes = new ArrayList<>();
    if (mapping.isEmpty() && !keys.isEmpty()) {
      notes.add(where + ": no crime type in it feeds a measure of the partnership. It holds "
          + String.join(", ", keys) + ": give a measure one of these crime categories, or map one"
          + " with --measure KEY=MEASURE");
    }
    return new Part(observations,
        new FileImport(DataFileKind.POLICE_UK, paths, counts.summary(), keys, mapping),
        Set.of(Publication.POLICE_UK.cite("")), Optional.empty(), notes, origins);
  }

  /**
   * A Home Office table: the partnership's own rows, and its peers' placed by GSS code. Without a
   * lookup (ingest), every offence feeds a measure named after it and no peer is kept.
   */
  private static Part homeOffice(InputStream in, String path, String name, DataRequest request,
      @Nullable AreaLookup lookup, Optional<GssCode> ownArea) {
    String own = request.area();
    Map<String, GeographyRef> peersByName = new LinkedHashMap<>();
    request.peers().forEach(r -> peersByName.put(r.name().toLowerCase(Locale.ROOT), r));
    boolean peers = lookup != null;
    ImportLog log = ImportLog.lenient();
    java.util.function.Predicate<String> offences = peers
        ? k -> request.measureFor(k, HomeOfficeCsp.categoryOf(k)).isPresent() : k -> true;
    HomeOfficeCounts counts = request.watch().during(log, () -> HomeOfficeCsp.read(in, name,
        Grouping.OFFENCE_SUBGROUP, csp -> csp.equalsIgnoreCase(own) || peers
            && (request.everyPartnershipIsAPeer()
                || peersByName.containsKey(csp.toLowerCase(Locale.ROOT))), offences, log));
    SortedSet<String> keys = new TreeSet<>(counts.offencesSeen());
    Set<String> partnerships = new LinkedHashSet<>();
    counts.counts().keySet().forEach(k -> partnerships.add(k.partnership()));
    Map<String, String> mapping = new TreeMap<>();
    for (String k : keys) {
      Optional<String> m = peers ? request.measureFor(k, HomeOfficeCsp.categoryOf(k))
          : Optional.of(slug(k));
      m.ifPresent(x -> mapping.put(k, x));
    }
    String ownName = partnerships.stream().filter(p -> p.equalsIgnoreCase(own)).findFirst()
        .orElse(own);
    List<Observation> observations = new ArrayList<>(counts.toObservations(ownName, mapping,
        ownArea));
    List<String> notes = new ArrayList<>();
    if (peers && mapping.isEmpty() && !keys.isEmpty()) {
      Optional<String> category = keys.stream().map(HomeOfficeCsp::categoryOf)
          .flatMap(Optional::stream).findFirst();
      notes.add(name + ": no offence in it feeds a measure of the partnership. It holds "
          + String.join(", ", keys) + ": "
          + category.map(c -> "give a measure the offence's crime category (such as " + c
              + "), or ").orElse("") + "map one with --measure KEY=MEASURE");
    } else if (counts.summary().rowsRead() > 0
        && !partnerships.stream().anyMatch(p -> p.equalsIgnoreCase(own))) {
      // peers' rows without the partnership's own would compare nothing with them
      Set<String> seen = new TreeSet<>(counts.summary().otherAreas());
      seen.addAll(partnerships);
      log.fileProblem(new RowProblem(path, 0, "no row for the partnership", "no row is for '"
          + own + "'" + nearest(own, seen) + "; name the partnership as"
          + " the table does with --area"));
    }
    List<GeographyRef> members = new ArrayList<>();
    for (String p : partnerships) {
      if (p.equalsIgnoreCase(own) || lookup == null) {
        continue;
      }
      GeographyRef named = peersByName.get(p.toLowerCase(Locale.ROOT));
      Optional<GssCode> code = named != null && named.code().isPresent() ? named.code()
          : lookup.partnershipCode(p);
      if (code.isEmpty()) {
        notes.add(name + ": " + p + " has no GSS code in the ONS lookup, so its rows cannot be"
            + " used as a peer's");
        continue;
      }
      observations.addAll(counts.toObservations(p, mapping, code));
      members.add(GeographyRef.builder().name(p).code(code)
          .type(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).build());
    }
    Optional<ComparatorGroup> group = Optional.empty();
    if (lookup != null && request.everyPartnershipIsAPeer() && !members.isEmpty()) {
      List<GeographyRef> all = new ArrayList<>();
      all.add(GeographyRef.builder().name(ownName).code(lookup.partnershipCode(ownName))
          .type(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).build());
      all.addAll(members);
      group = Optional.of(ComparatorGroup.builder()
          .id("partnerships-in-" + slug(name.replace('.', '-')))
          .name("The partnerships in " + name).source(ComparatorSource.CUSTOM).members(all)
          .addTopics("police recorded crime")
          .provenance(Provenance.sourced(Publication.HOME_OFFICE_CSP.cite(name))).build());
    }
    Map<String, String> origins = new TreeMap<>();
    Map<String, String> keyOf = new TreeMap<>();
    mapping.forEach((k, m) -> keyOf.put(m, k));
    observations.forEach(o -> origins.put(o.id(), path + " (" + keyOf.get(o.measureId()) + ")"));
    return new Part(observations, new FileImport(DataFileKind.HOME_OFFICE, List.of(path),
        log.summary(), keys, mapping), Set.of(Publication.HOME_OFFICE_CSP.cite(name)), group,
        notes, origins);
  }

  /**
   * The names nearest a name, for "did you mean": up to three, closest first by edit distance
   * (ignoring case), as " (nearest: A, B)", or "" when none is close.
   *
   * @param name the name given, not null
   * @param seen the names in the data, not null
   * @return the phrase, not null
   */
  public static String nearest(String name, java.util.Collection<String> seen) {
    List<String> close = seen.stream()
        .map(s -> Map.entry(s, distance(name.toLowerCase(Locale.ROOT), s.toLowerCase(Locale.ROOT))))
        .filter(e -> e.getValue() <= Math.max(2, name.length() / 2))
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(3).map(Map.Entry::getKey).toList();
    return close.isEmpty() ? "" : " (nearest: " + String.join(", ", close) + ")";
  }

  /** Levenshtein distance, for names of at most a few dozen characters. */
  private static int distance(String a, String b) {
    if (a.length() > 200 || b.length() > 200) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
