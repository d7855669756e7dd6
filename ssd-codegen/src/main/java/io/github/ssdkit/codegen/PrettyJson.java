package io.github.ssdkit.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one layout of generated JSON files: two-space indents, {@code \n} line ends, a final newline. */
public final class PrettyJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PrettyJson() {}

  /**
   * Prints a JSON tree; the same tree always gives the same bytes.
   *
   * @param node the tree
   * @return its text
   */
  public static String print(JsonNode node) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be printed", e);
    }
  }
}
