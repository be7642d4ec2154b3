package io.github.sscp.cli.report;

import io.github.sscp.rules.kpi.spc.AssuranceIcon;
import io.github.sscp.rules.kpi.spc.VariationIcon;

/**
 * The Making Data Count variation and assurance icons as small SVG badges: a coloured ring with
 * a letter, and always shown beside their meaning in words.
 */
final class Icons {

  private Icons() {}

  static String variation(VariationIcon icon, String id) {
    return switch (icon) {
      case COMMON_CAUSE -> badge(id, "common", "~", "Common cause variation");
      case IMPROVEMENT_HIGH -> badge(id, "improvement", "H", "Special cause improvement, high");
      case IMPROVEMENT_LOW -> badge(id, "improvement", "L", "Special cause improvement, low");
      case CONCERN_HIGH -> badge(id, "concern", "H", "Special cause concern, high");
      case CONCERN_LOW -> badge(id, "concern", "L", "Special cause concern, low");
      case NEUTRAL_HIGH -> badge(id, "neutral", "H", "Special cause, neither better nor worse, high");
      case NEUTRAL_LOW -> badge(id, "neutral", "L", "Special cause, neither better nor worse, low");
    };
  }

  static String assurance(AssuranceIcon icon, String id) {
    return switch (icon) {
      case CONSISTENT_PASS -> badge(id, "improvement", "P", "The target will consistently be met");
      case CONSISTENT_FAIL -> badge(id, "concern", "F", "The target will consistently be missed");
      case INCONSISTENT -> badge(id, "common", "?", "The target will be met or missed at random");
    };
  }

  private static String badge(String id, String cssClass, String letter, String meaning) {
    Svg svg = new Svg(28, 28, id, meaning, meaning);
    return svg.circleBadge(cssClass, letter).close();
  }
}
