package io.github.sscp.benchmarks;

import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.rules.kpi.series.CheckedSeries;
import io.github.sscp.rules.kpi.spc.Spc;
import io.github.sscp.rules.kpi.spc.SpcOptions;
import io.github.sscp.rules.kpi.spc.SpcResult;
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
 * SPC of a 120-point monthly series (ten years), from a checked series to the full result, against a
 * bare loop over a {@code double[]} computing only the mean and the mean moving range.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SpcBenchmark {

  double[] values;
  CheckedSeries series;

  /** Draws one realistic series with a step, seed 1. */
  @Setup
  public void setUp() {
    Drawn drawn = Drawn.of(SeriesShape.monthly(CalendarMonth.of(2015, 4), 120, 80).withStepAt(90, 0.8), 1L);
    values = drawn.values();
    series = drawn.series();
  }

  /**
   * The full analysis: limits, rules, labels, icons and warnings.
   *
   * @return the result
   */
  @Benchmark
  public SpcResult spc120() {
    return Spc.analyse(series, SpcOptions.DEFAULT);
  }

  /**
   * The baseline: the mean and the mean moving range, nothing else.
   *
   * @return the two figures' sum, so that neither is dead code
   */
  @Benchmark
  public double bareLoop120() {
    double[] y = values;
    double sum = 0;
    double ranges = 0;
    for (int i = 0; i < y.length; i++) {
      sum += y[i];
      if (i > 0) {
        ranges += Math.abs(y[i] - y[i - 1]);
      }
    }
    return sum / y.length + ranges / (y.length - 1);
  }
}
