package io.github.sscp.rules.compliance;

import java.util.List;

/**
 * A catalogue's rules as data, in catalogue order, with the numbers, periods and dates the law
 * sets that they use.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param rules the rules, not null
 * @param parameters the law's parameters, dated and cited, not null
 */
public record RuleCatalogue(List<RuleDescription> rules, List<LawParameter> parameters) {

  /**
   * Creates a catalogue's description, copying the lists.
   *
   * @param rules the rules
   * @param parameters the parameters
   */
  public RuleCatalogue {
    rules = List.copyOf(rules);
    parameters = List.copyOf(parameters);
  }

  /**
   * Finds a rule's description.
   *
   * @param id the rule's id, not null
   * @return the description, or empty
   */
  public java.util.Optional<RuleDescription> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
