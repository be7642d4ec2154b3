package io.github.sscp.rules.compliance;

import java.util.List;

/** Related duties that are not the partnership's, and pending changes: listed, never scored. */
final class NotTheCsps {

  private NotTheCsps() {}

  static final List<Information> ITEMS = List.of(
      new Information("DAA21-PT4-SAFE-ACCOMMODATION", "Domestic Abuse Act 2021 Part 4: safe"
          + " accommodation", "in force (England); not a partnership duty", "The duty is on tier-one"
          + " councils in England; a partnership plan may cross-refer to the council's domestic"
          + " abuse strategy, but it is never scored against the partnership.",
          "https://legislation.gov.uk/ukpga/2021/17/part/4"),
      new Information("CTSA15-S26-PREVENT", "Counter-Terrorism and Security Act 2015 s26: Prevent",
          "in force; not a partnership duty", "The Prevent duty is on specified authorities, not"
          + " the partnership, even where the partnership hosts the Prevent board.",
          "https://www.legislation.gov.uk/ukpga/2015/6/section/26"),
      new Information("PCSC22-OWHR", "Offensive weapons homicide reviews", "pilot only (from 1 April"
          + " 2023 in named areas); not a partnership duty", "Review partners are the police, the"
          + " council and the ICB (LHB in Wales) for the area of death.",
          "https://zoomlaw.co.uk/2023-227-uksi.html"),
      new Information("ASB-PENDING-CPB2025", "Crime and Policing Bill 2025: ASB case review changes",
          "pending: not law (Lords Report stage, 25 February 2026)", "Local policing body reviews of"
          + " ASB case reviews, ASB data to the Secretary of State, Respect Orders.",
          "https://gov.uk/government/collections/crime-and-policing-bill-2025"),
      new Information("CSP-REVIEW-PHASE-2", "Home Office review of community safety partnerships,"
          + " phase 2", "planned; outputs and dates unverified", "A more strategic phase on funding,"
          + " capacity and the legislative framework may follow the 2023 consultation.",
          "http://www.local.gov.uk/parliament/briefings-and-responses/community-safety-partnerships-review-and-anti-social-behaviour"));
}
