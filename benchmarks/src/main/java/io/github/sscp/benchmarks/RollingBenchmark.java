package io.github.sscp.benchmarks;

import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.rules.kpi.series.CheckedSeries;
import io.github.sscp.rules.kpi.window.WindowComparison;
import io.github.sscp.rules.kpi.window.WindowOptions;
import io.github.sscp.rules.kpi.window.Windows;
import io.github.sscp.testkit.SeriesShape;
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
 * The rolling 12-month comparison of a 36-month series with its exact test and rate-ratio
 * interval, against the bare sums of the two windows of a {@code double[]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RollingBenchmark {

  double[] values;
  CheckedSeries series;

  /** Draws one series of three years, seed 2. */
  @Setup
  public void setUp() {
    Drawn drawn = Drawn.of(SeriesShape.monthly(CalendarMonth.of(2022, 4), 36, 80), 2L);
    values = drawn.values();
    series = drawn.series();
  }

  /**
   * The comparison, test and interval.
   *
   * @return the comparison
   */
  @Benchmark
  public WindowComparison rolling12() {
    return Windows.rolling12(series, WindowOptions.DEFAULT);
  }

  /**
   * The baseline: the two window sums only.
   *
   * @return their difference
   */
  @Benchmark
  public double bareWindowSums() {
    double[] y = values;
    double current = 0;
    double previous = 0;
    for (int i = y.length - 12; i < y.length; i++) {
      current += y[i];
      previous += y[i - 12];
    }
    return current - previous;
  }
}
