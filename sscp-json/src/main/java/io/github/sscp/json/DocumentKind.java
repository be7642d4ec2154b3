package io.github.sscp.json;

import io.github.sscp.model.Partnership;
import io.github.sscp.rules.compliance.ComplianceReport;
import io.github.sscp.rules.kpi.KpiAssessment;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of document the format holds, each with its name in the envelope and its Java type.
 *
 * @param <T> the document's Java type
 */
public final class DocumentKind<T> {

  /** A partnership, with its strategy, records and observations. */
  public static final DocumentKind<Partnership> PARTNERSHIP =
      new DocumentKind<>("partnership", Partnership.class);
  /** A compliance report. */
  public static final DocumentKind<ComplianceReport> COMPLIANCE_REPORT =
      new DocumentKind<>("compliance-report", ComplianceReport.class);
  /** A KPI assessment of one measure. */
  public static final DocumentKind<KpiAssessment> KPI_ASSESSMENT =
      new DocumentKind<>("kpi-assessment", KpiAssessment.class);

  private final String name;
  private final Class<T> type;

  private DocumentKind(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  /**
   * Obtains every kind.
   *
   * @return the kinds, not null
   */
  public static List<DocumentKind<?>> all() {
    return List.of(PARTNERSHIP, COMPLIANCE_REPORT, KPI_ASSESSMENT);
  }

  /**
   * Finds a kind by its name in the envelope.
   *
   * @param name e.g. "partnership", not null
   * @return the kind, or empty
   */
  public static Optional<DocumentKind<?>> named(String name) {
    return all().stream().filter(k -> k.name.equals(name)).findFirst();
  }

  /**
   * Obtains the kind's name in the envelope.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Obtains the Java type.
   *
   * @return the type, not null
   */
  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
