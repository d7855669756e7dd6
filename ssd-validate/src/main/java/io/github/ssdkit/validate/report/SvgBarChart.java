package io.github.ssdkit.validate.report;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG: one row per label, errors and warnings stacked. Each bar
 * carries its counts as text too, and warnings are hatched, so colour is never the only signal.
 * The output depends only on the rows given.
 */
final class SvgBarChart {

  /**
   * One labelled bar; {@code link} is a fragment or empty; {@code mixed} counts issues whose
   * severity is not known apart (a rule that can be either), drawn plain.
   */
  record Bar(String label, String link, long errors, long warnings, long mixed) {
    long total() {
      return errors + warnings + mixed;
    }
  }

  private static final int LABEL_WIDTH = 260;
  private static final int BAR_WIDTH = 420;
  private static final int ROW = 22;

  private SvgBarChart() {}

  static String render(String title, List<Bar> bars) {
    long max = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
    int height = ROW * bars.size() + 30;
    int width = LABEL_WIDTH + BAR_WIDTH + 170;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" role=\"img\" aria-label=\"").append(Html.text(title)).append("\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>").append(Html.text(title))
        .append("</title>\n");
    s.append("<defs><pattern id=\"hatch-").append(Math.abs(title.hashCode())).append("\" width=\"6\" height=\"6\" "
        + "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" "
        + "class=\"warn-fill\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch\"/></pattern></defs>\n");
    String hatch = "url(#hatch-" + Math.abs(title.hashCode()) + ")";
    int y = 4;
    for (Bar b : bars) {
      double errorWidth = scale(b.errors(), max);
      double warnWidth = scale(b.warnings(), max);
      double mixedWidth = scale(b.mixed(), max);
      s.append("<g>");
      String label = "<text x=\"" + (LABEL_WIDTH - 8) + "\" y=\"" + (y + 15) + "\" text-anchor=\"end\">"
          + Html.text(b.label()) + "</text>";
      s.append(b.link().isEmpty() ? label : "<a href=\"#" + Html.text(b.link()) + "\">" + label + "</a>");
      if (b.errors() > 0) {
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" class=\"err-fill\"/>",
            LABEL_WIDTH, y + 2, errorWidth));
      }
      if (b.warnings() > 0) {
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\" class=\"warn-bar\"/>",
            LABEL_WIDTH + errorWidth, y + 2, warnWidth, hatch));
      }
      if (b.mixed() > 0) {
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" class=\"mixed-fill\"/>",
            LABEL_WIDTH + errorWidth + warnWidth, y + 2, mixedWidth));
      }
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"count\">%s</text>",
          LABEL_WIDTH + errorWidth + warnWidth + mixedWidth + 6, y + 15, Html.text(counts(b))));
      s.append("</g>\n");
      y += ROW;
    }
    s.append("</svg>\n");
    return s.toString();
  }

  /** Bars at least 2 px wide, so that one issue among millions still shows. */
  private static double scale(long n, long max) {
    return n == 0 ? 0 : Math.max(2.0, BAR_WIDTH * (double) n / max);
  }

  private static String counts(Bar b) {
    if (b.mixed() > 0) {
      return Html.count(b.total(), "issue");
    }
    if (b.warnings() == 0) {
      return Html.count(b.errors(), "error");
    }
    if (b.errors() == 0) {
      return Html.count(b.warnings(), "warning");
    }
    return Html.count(b.errors(), "error") + ", " + Html.count(b.warnings(), "warning");
  }
}
