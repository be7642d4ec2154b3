package io.github.sscp.testkit;

/**
 * Knobs for generated partnerships: how many partners, priorities, measures and observations, each
 * as an inclusive range. Shrinking moves each count toward its minimum.
 *
 * @param minPartners least member organisations, at least 1
 * @param maxPartners most member organisations
 * @param minPriorities least priorities, at least 1
 * @param maxPriorities most priorities
 * @param minMeasures least measure definitions, at least 1
 * @param maxMeasures most measure definitions
 * @param minObservations least observations, at least 0
 * @param maxObservations most observations
 */
public record PartnershipSize(int minPartners, int maxPartners, int minPriorities, int maxPriorities,
    int minMeasures, int maxMeasures, int minObservations, int maxObservations) {

  /**
   * Creates size knobs, checking each range.
   *
   * @param minPartners least partners, at least 1
   * @param maxPartners most partners
   * @param minPriorities least priorities, at least 1
   * @param maxPriorities most priorities
   * @param minMeasures least measures, at least 1
   * @param maxMeasures most measures
   * @param minObservations least observations
   * @param maxObservations most observations
   */
  public PartnershipSize {
    check("partners", minPartners, maxPartners, 1);
    check("priorities", minPriorities, maxPriorities, 1);
    check("measures", minMeasures, maxMeasures, 1);
    check("observations", minObservations, maxObservations, 0);
  }

  private static void check(String what, int min, int max, int floor) {
    if (min < floor || max < min) {
      throw new IllegalArgumentException(what + ": need " + floor + " <= min <= max, got " + min
          + ".." + max);
    }
  }

  /**
   * Obtains small partnerships: fast, and enough for most properties.
   *
   * @return 1–4 partners, 1–3 priorities, 1–3 measures, 0–12 observations
   */
  public static PartnershipSize small() {
    return new PartnershipSize(1, 4, 1, 3, 1, 3, 0, 12);
  }

  /**
   * Obtains partnerships the size of a real CSP.
   *
   * @return 5–15 partners, 3–6 priorities, 3–12 measures, 24–200 observations
   */
  public static PartnershipSize typical() {
    return new PartnershipSize(5, 15, 3, 6, 3, 12, 24, 200);
  }

  /**
   * Obtains these knobs with another partner range.
   *
   * @param min least partners
   * @param max most partners
   * @return the knobs, not null
   */
  public PartnershipSize withPartners(int min, int max) {
    return new PartnershipSize(min, max, minPriorities, maxPriorities, minMeasures, maxMeasures,
        minObservations, maxObservations);
  }

  /**
   * Obtains these knobs with another priority range.
   *
   * @param min least priorities
   * @param max most priorities
   * @return the knobs, not null
   */
  public PartnershipSize withPriorities(int min, int max) {
    return new PartnershipSize(minPartners, maxPartners, min, max, minMeasures, maxMeasures,
        minObservations, maxObservations);
  }

  /**
   * Obtains these knobs with another measure range.
   *
   * @param min least measures
   * @param max most measures
   * @return the knobs, not null
   */
  public PartnershipSize withMeasures(int min, int max) {
    return new PartnershipSize(minPartners, maxPartners, minPriorities, maxPriorities, min, max,
        minObservations, maxObservations);
  }

  /**
   * Obtains these knobs with another observation range.
   *
   * @param min least observations
   * @param max most observations
   * @return the knobs, not null
   */
  public PartnershipSize withObservations(int min, int max) {
    return new PartnershipSize(minPartners, maxPartners, minPriorities, maxPriorities, minMeasures,
        maxMeasures, min, max);
  }
}
