package io.github.sscp.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the descriptions a schema carries from the javadoc in the model's and the rules' sources:
 * each type's first sentence, each Immutables accessor's comment and each record component's
 * {@code @param}. Keys are "Type" and "Type.attribute".
 */
final class JavadocDescriptions {

  private static final Pattern TYPE = Pattern.compile(
      "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*public\\s+"
          + "(?:(?:sealed|final|abstract|non-sealed)\\s+)*(?:interface|record|class|enum)\\s+(\\w+)",
      Pattern.DOTALL);
  private static final Pattern ACCESSOR = Pattern.compile(
      "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*(?:default\\s+)?"
          + "[\\w.<>@?, \\[\\]()=\"]+?\\s(\\w+)\\(\\)\\s*[;{]",
      Pattern.DOTALL);
  private static final Pattern PARAM = Pattern.compile(
      "@param\\s+(\\w+)\\s+((?:(?!@param|@return|@throws).)*)", Pattern.DOTALL);

  private JavadocDescriptions() {}

  /**
   * Scans source trees.
   *
   * @param roots the source roots (…/src/main/java)
   * @return descriptions by key, sorted
   */
  static Map<String, String> scan(List<Path> roots) {
    Map<String, String> out = new TreeMap<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
          scanFile(Files.readString(f), out);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static void scanFile(String source, Map<String, String> out) {
    Matcher type = TYPE.matcher(source);
    if (!type.find()) {
      return;
    }
    String name = type.group(2);
    String doc = type.group(1);
    out.put(name, firstSentence(body(doc)));
    Matcher param = PARAM.matcher(doc);
    while (param.find()) {
      out.put(name + "." + param.group(1), sentence(clean(param.group(2))));
    }
    Matcher accessor = ACCESSOR.matcher(source);
    accessor.region(type.end(), source.length());
    while (accessor.find()) {
      String text = clean(accessor.group(1));
      if (!text.startsWith("@") && !text.isEmpty()) {
        out.putIfAbsent(name + "." + accessor.group(2), firstSentence(body(accessor.group(1))));
      }
    }
  }

  /** The comment's text before its block tags. */
  private static String body(String doc) {
    String text = clean(doc);
    int tag = text.indexOf(" @");
    return text.startsWith("@") ? "" : tag < 0 ? text : text.substring(0, tag);
  }

  static String clean(String doc) {
    String text = doc.replaceAll("(?m)^\\s*\\*", " ").replaceAll("\\s+", " ")
        .replaceAll("\\{@(?:code|literal) ([^}]*)}", "$1")
        .replaceAll("\\{@link(?:plain)? [^}\\s]*\\s+([^}]*)}", "$1")
        .replaceAll("\\{@link(?:plain)? (?:[\\w.]*\\.)?([\\w#()]+)}", "$1")
        .replaceAll("#(\\w+)\\(\\)", "$1")
        .replaceAll("<[^>]+>", "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        .replaceAll("\\s+", " ").trim();
    return text;
  }

  private static String sentence(String text) {
    String s = text.replaceAll(",? (?:not null|may be empty)$", "").trim();
    if (s.isEmpty()) {
      return s;
    }
    s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    return s.endsWith(".") ? s : s + ".";
  }

  static String firstSentence(String text) {
    Matcher end = Pattern.compile("(?<!\\be\\.g|\\bi\\.e|\\betc|\\bs|\\bss|\\breg|\\bNo|\\bpara)\\.(\\s|$)").matcher(text);
    return end.find() ? text.substring(0, end.start() + 1) : sentence(text);
  }
}
