package io.github.sscp.benchmarks;

import io.github.sscp.examples.southampton.SouthamptonSafeCityPartnership;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingStatus;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.PartnerCategory;
import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.compliance.ComplianceReport;
import io.github.sscp.rules.compliance.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
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
 * The compliance engine: the full Southampton evaluation on one date; a larger partnership (50
 * members, ten years of monthly board meetings) on one date; and a 15-year timeline of the larger
 * one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ComplianceBenchmark {

  static final LocalDate BOARD_DATE = LocalDate.of(2024, 7, 1);

  Catalogue law;
  Partnership southampton;
  Partnership large;

  /** Builds Southampton, and the larger partnership from it. */
  @Setup
  public void setUp() {
    law = Catalogue.statutory();
    southampton = SouthamptonSafeCityPartnership.build();
    Partnership.Builder b = Partnership.builder().from(southampton);
    for (int i = southampton.memberships().size(); i < 50; i++) {
      b.addOrganisation(Organisation.builder().id("partner-" + i).name("Partner " + i)
          .type(OrganisationType.VOLUNTARY_OR_COMMUNITY).build());
      b.addMembership(Membership.nonStatutory("partner-" + i,
          PartnerCategory.values()[i % PartnerCategory.values().length]));
    }
    String board = southampton.governanceBodies().get(0).id();
    for (int m = 0; m < 120; m++) {
      b.addMeeting(Meeting.builder().id("board-" + m).bodyId(board)
          .date(LocalDate.of(2014, 4, 15).plusMonths(m)).status(MeetingStatus.HELD).build());
    }
    large = b.build();
  }

  /**
   * Southampton as of the board date.
   *
   * @return the report
   */
  @Benchmark
  public ComplianceReport southampton() {
    return law.evaluate(southampton, BOARD_DATE);
  }

  /**
   * The larger partnership as of the board date.
   *
   * @return the report
   */
  @Benchmark
  public ComplianceReport largePartnership() {
    return law.evaluate(large, BOARD_DATE);
  }

  /**
   * The larger partnership's timeline over 15 years.
   *
   * @return the changes
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<TimelineEntry> timeline15Years() {
    return law.timeline(large, LocalDate.of(2011, 4, 1), LocalDate.of(2026, 3, 31));
  }
}
