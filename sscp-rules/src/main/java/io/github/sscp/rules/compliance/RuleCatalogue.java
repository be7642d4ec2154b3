package io.github.sscp.rules.compliance;

import java.util.List;

/**
 * A catalogue's rules as data, in catalogue order.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param rules the rules, not null
 */
public record RuleCatalogue(List<RuleDescription> rules) {

  /**
   * Creates a catalogue's description, copying the rules.
   *
   * @param rules the rules
   */
  public RuleCatalogue {
    rules = List.copyOf(rules);
  }
}
