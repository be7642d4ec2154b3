package io.github.sscp.cli.report;

import java.util.Locale;

/**
 * A small writer of SVG elements: attributes escaped, numbers with at most one decimal, in a
 * fixed locale, so the same chart is always the same text.
 */
final class Svg {

  private final StringBuilder out = new StringBuilder(4096);

  /** Opens the root element with an accessible title and description. */
  Svg(double width, double height, String id, String title, String description) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(num(width)).append(' ').append(num(height)).append("\" width=\"").append(num(width))
        .append("\" height=\"").append(num(height)).append("\" aria-labelledby=\"").append(id)
        .append("-title ").append(id).append("-desc\">");
    out.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
    out.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
  }

  Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
        .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" class=\"").append(cssClass)
        .append("\"/>");
    return this;
  }

  Svg polyline(double[] xs, double[] ys, String cssClass) {
    out.append("<polyline class=\"").append(cssClass).append("\" points=\"");
    for (int i = 0; i < xs.length; i++) {
      out.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
    }
    out.append("\"/>");
    return this;
  }

  Svg circle(double cx, double cy, double r, String cssClass, String tooltip) {
    out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
        .append(num(r)).append("\" class=\"").append(cssClass).append("\"><title>")
        .append(escape(tooltip)).append("</title></circle>");
    return this;
  }

  /** A diamond: special-cause points are a different shape, not only a different colour. */
  Svg diamond(double cx, double cy, double r, String cssClass, String tooltip) {
    out.append("<polygon points=\"").append(num(cx)).append(',').append(num(cy - r)).append(' ')
        .append(num(cx + r)).append(',').append(num(cy)).append(' ').append(num(cx)).append(',')
        .append(num(cy + r)).append(' ').append(num(cx - r)).append(',').append(num(cy))
        .append("\" class=\"").append(cssClass).append("\"><title>").append(escape(tooltip))
        .append("</title></polygon>");
    return this;
  }

  Svg text(double x, double y, String anchor, String cssClass, String text) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" text-anchor=\"").append(anchor).append("\" class=\"").append(cssClass)
        .append("\">").append(escape(text)).append("</text>");
    return this;
  }

  /** Text turned a quarter to read upwards, for an axis title. */
  Svg verticalText(double x, double y, String cssClass, String text) {
    out.append("<text transform=\"translate(").append(num(x)).append(',').append(num(y))
        .append(") rotate(-90)\" text-anchor=\"middle\" class=\"").append(cssClass).append("\">")
        .append(escape(text)).append("</text>");
    return this;
  }

  Svg rect(double x, double y, double w, double h, String cssClass) {
    out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(w)).append("\" height=\"").append(num(h)).append("\" class=\"").append(cssClass)
        .append("\"/>");
    return this;
  }

  /** A 28-pixel ring with a letter in the middle, for an icon. */
  Svg circleBadge(String cssClass, String letter) {
    out.append("<circle cx=\"14\" cy=\"14\" r=\"12\" class=\"badge ").append(cssClass)
        .append("\"/><text x=\"14\" y=\"19\" text-anchor=\"middle\" class=\"badge-text ")
        .append(cssClass).append("\">").append(escape(letter)).append("</text>");
    return this;
  }

  String close() {
    return out.append("</svg>").toString();
  }

  /** At most one decimal, no exponent, no negative zero. */
  static String num(double d) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("not a finite coordinate: " + d);
    }
    long tenths = Math.round(d * 10);
    if (tenths == 0) {
      return "0";
    }
    return tenths % 10 == 0 ? Long.toString(tenths / 10)
        : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
