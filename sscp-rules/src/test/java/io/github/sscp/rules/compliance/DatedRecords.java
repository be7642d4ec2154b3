package io.github.sscp.rules.compliance;

import io.github.sscp.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A value type the model does not know, holding dates every way the model holds them. */
@Value.Immutable
public interface DatedRecords {

  /** A date. */
  LocalDate agreed();

  /** A month, if any. */
  Optional<YearMonth> month();

  /** A period. */
  ReportingPeriod period();

  /** Values inside this one. */
  List<DatedRecords> inner();
}
