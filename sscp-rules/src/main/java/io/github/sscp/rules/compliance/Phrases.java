package io.github.sscp.rules.compliance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How findings write dates and lists for people: "31 January 2023", "(a), (b) and (c)". */
final class Phrases {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
      Locale.UK);

  private Phrases() {}

  static String date(LocalDate d) {
    return DATE.format(d);
  }

  static String list(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and "
        + items.get(items.size() - 1);
  }

  /** The words with a capital first letter, to start a sentence. */
  static String capitalised(String words) {
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
