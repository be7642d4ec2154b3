package io.github.sscp.benchmarks;

import io.github.sscp.data.files.DataFiles;
import io.github.sscp.data.files.DataRequest;
import io.github.sscp.data.lookup.AreaLookup;
import io.github.sscp.data.population.CensusPopulations;
import io.github.sscp.examples.southampton.SouthamptonSafeCityPartnership;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.rules.board.BoardPack;
import io.github.sscp.rules.board.PackPreparation;
import io.github.sscp.rules.kpi.PartnershipAssessment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The board pack against its same-run baseline, the KPI assessments alone: Southampton's pack as
 * of 1 July 2026, and a pack for every partnership of the bundled Home Office extract (each with
 * Southampton's strategy and its own recorded crime, the others as its peers). The assessments are
 * cut at the same date and compare peers on rate with the same populations, so the difference is
 * what the pack adds: the law, the sentences, the attention list and the rest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class BoardPackBenchmark {

  static final LocalDate LAW = LocalDate.of(2026, 7, 1);
  static final LocalDate DATA_TO = LocalDate.of(2026, 3, 31);
  static final String EXTRACT = "/io/github/sscp/examples/southampton/"
      + "ho-csp-extract-southampton-and-peers.csv";
  /** The partnerships of the bundled extract. */
  static final List<String> PARTNERSHIPS = List.of("Southampton", "Portsmouth", "Plymouth",
      "Reading", "Southend-on-Sea", "Stoke-on-Trent");

  Partnership southampton;
  List<Partnership> all;

  /** Joins each partnership's data from the extract. */
  @Setup
  public void setUp() {
    AreaLookup lookup = AreaLookup.ons2019();
    Partnership template = SouthamptonSafeCityPartnership.build();
    all = new ArrayList<>();
    for (String name : PARTNERSHIPS) {
      Partnership bare = Partnership.builder().from(template)
          .area(GeographyRef.builder().name(name).code(lookup.partnershipCode(name))
              .type(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).build())
          .observations(ObservationLog.of(List.of())).build();
      all.add(withData(bare));
    }
    southampton = all.get(0);
  }

  static Partnership withData(Partnership p) {
    try (InputStream in = BoardPackBenchmark.class.getResourceAsStream(EXTRACT)) {
      return DataFiles.read(Objects.requireNonNull(in, EXTRACT), "extract.csv",
          DataRequest.forPartnership(p)).joinTo(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BoardPack pack(Partnership p) {
    return PackPreparation.of(p, LAW).withPopulations(CensusPopulations.bundled()::partnership)
        .prepare();
  }

  static int assessments(Partnership p) {
    return PartnershipAssessment.of(p).asOf(DATA_TO).withPopulations(code -> CensusPopulations
        .bundled().partnership(code).map(x -> OptionalDouble.of(x.residents()))
        .orElse(OptionalDouble.empty())).assess().assessments().size();
  }

  /**
   * Southampton's pack.
   *
   * @return the pack
   */
  @Benchmark
  public BoardPack southamptonPack() {
    return pack(southampton);
  }

  /**
   * The baseline: Southampton's assessments alone.
   *
   * @return how many measures were assessed
   */
  @Benchmark
  public int southamptonAssessments() {
    return assessments(southampton);
  }

  /**
   * A pack for every partnership of the extract.
   *
   * @return how many measure rows the packs hold
   */
  @Benchmark
  public int everyPartnershipPacks() {
    int rows = 0;
    for (Partnership p : all) {
      rows += pack(p).rows().size();
    }
    return rows;
  }

  /**
   * The baseline: every partnership's assessments alone.
   *
   * @return how many measures were assessed
   */
  @Benchmark
  public int everyPartnershipAssessments() {
    int n = 0;
    for (Partnership p : all) {
      n += assessments(p);
    }
    return n;
  }
}
