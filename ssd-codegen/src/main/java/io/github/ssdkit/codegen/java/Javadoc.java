package io.github.ssdkit.codegen.java;

/** Makes spec text safe inside generated Javadoc (doclint is strict about HTML and tags). */
final class Javadoc {

  private Javadoc() {}

  static String escape(String text) {
    return text.strip()
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("*/", "*&#47;")
        .replace("\\u", "\\\\u");
  }
}
