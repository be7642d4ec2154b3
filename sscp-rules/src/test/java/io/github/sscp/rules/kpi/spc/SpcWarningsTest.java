package io.github.sscp.rules.kpi.spc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A group with too few points for reliable limits is named, with its periods and its size. */
class SpcWarningsTest {

  @Test
  void aShortGroupIsNamedByNumberPeriodsAndSize() {
    List<SeriesPoint> dated = new ArrayList<>();
    List<SeriesPoint> plain = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      dated.add(SeriesPoint.of(CalendarMonth.of(2022, 1).plusMonths(i), 10 + i % 3));
      plain.add(SeriesPoint.of(10 + i % 3));
    }
    // rebased at the 15th point: a group of 14 (reliable from 13) and one of 6
    SpcResult r = Spc.analyse(dated, SpcOptions.builder()
        .addRebaseAt(CalendarMonth.of(2023, 3)).build());
    assertThat(r.warnings()).containsExactly("group 2 (2023-03 to 2023-08) has 6 points: limits"
        + " from fewer than 13 points are unreliable");
    SpcResult p = Spc.analyse(plain, SpcOptions.builder().addRebaseAtPositions(19).build());
    assertThat(p.warnings()).containsExactly("group 2 has 1 point: limits from fewer than 13"
        + " points are unreliable");
    SpcResult first = Spc.analyse(plain.subList(0, 12), SpcOptions.DEFAULT);
    assertThat(first.warnings()).containsExactly("group 1 has 12 points: limits from fewer than"
        + " 13 points are unreliable");
    assertThat(Spc.analyse(plain.subList(0, 13), SpcOptions.DEFAULT).warnings()).isEmpty();
  }
}
