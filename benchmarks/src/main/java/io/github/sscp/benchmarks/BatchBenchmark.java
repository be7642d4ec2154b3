package io.github.sscp.benchmarks;

import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.KpiEngine;
import io.github.sscp.rules.kpi.KpiRequest;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.testkit.Series;
import io.github.sscp.testkit.SeriesShape;
import io.github.sscp.testkit.SscpSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A national-scale batch: 63,000 monthly series (about 300 CSPs × 14 crime types × 15 years of
 * months) through {@link KpiEngine} with the default policy, on one thread and as a parallel stream
 * on a pool of two. One operation is the whole batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class BatchBenchmark {

  /** Series in the batch. */
  public static final int SERIES = 63_000;
  /** Crime types per CSP: the means differ by type. */
  static final double[] MEANS = {4, 9, 15, 22, 30, 45, 60, 80, 100, 140, 180, 250, 320, 400};

  List<KpiRequest> requests;
  KpiEngine engine;
  ForkJoinPool pool;

  /** Generates the batch once: 180 months each, seeded by position. */
  @Setup(Level.Trial)
  public void setUp() {
    engine = KpiEngine.standard();
    pool = new ForkJoinPool(2);
    CalendarMonth start = CalendarMonth.of(2010, 4);
    List<Optional<ReportingPeriod>> months = new ArrayList<>();
    for (int i = 0; i < 180; i++) {
      months.add(Optional.of(start.plusMonths(i)));
    }
    requests = new ArrayList<>(SERIES);
    for (int s = 0; s < SERIES; s++) {
      double mean = MEANS[s % MEANS.length];
      SeriesShape shape = SeriesShape.monthly(start, 180, mean).withSeasonality(0.15);
      if (s % 5 == 0) {
        shape = shape.withStepAt(150, 0.8);
      }
      double[] values = SscpSamples.of(Series.of(shape), s).values();
      List<SeriesPoint> points = new ArrayList<>(values.length);
      for (int i = 0; i < values.length; i++) {
        points.add(new SeriesPoint(months.get(i), values[i]));
      }
      requests.add(KpiRequest.builder().measureId("crime-" + (s % MEANS.length))
          .polarity(Polarity.LOWER_IS_BETTER).points(points).build());
    }
  }

  /** Shuts the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdown();
  }

  /**
   * The batch on the benchmark's own thread.
   *
   * @return how many were improving, so that no assessment is dead code
   */
  @Benchmark
  public long oneThread() {
    long improving = 0;
    for (KpiRequest r : requests) {
      improving += count(engine.assess(r));
    }
    return improving;
  }

  /**
   * The batch as a parallel stream on a pool of two threads.
   *
   * @return how many were improving
   * @throws ExecutionException if an assessment fails
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public long twoThreads() throws ExecutionException, InterruptedException {
    return pool.submit(() -> requests.parallelStream().mapToLong(r -> count(engine.assess(r))).sum())
        .get();
  }

  private static long count(KpiAssessment a) {
    return a.status().ordinal() == 0 ? 1 : 0;
  }
}
