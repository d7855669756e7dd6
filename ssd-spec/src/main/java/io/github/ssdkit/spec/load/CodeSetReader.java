package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.AnchoredPattern;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.WithdrawalBasis;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads one {@code codesets/<id>.yaml} file into a {@link CodeSet}. */
final class CodeSetReader {

  static final Set<String> CODE_SET_KEYS = Set.of(
      "code_set", "title", "description", "source", "version", "extensible", "local_codes", "withdrawal_basis",
      "status", "since", "values", "notes");
  static final Set<String> VALUE_KEYS = Set.of(
      "code", "label", "withdrawn", "withdrawal_basis", "aliases", "description", "status", "since");

  private CodeSetReader() {}

  private static List<String> aliases(MapReader value) {
    List<String> out = new ArrayList<>();
    Node list = value.value("aliases");
    if (!(list instanceof SequenceNode seq)) {
      return value.strings("aliases"); // absent, or reported as not a list
    }
    for (Node alias : seq.getValue()) {
      value.unquotedNonText(alias, "alias"); // reported, and kept as written
      if (alias instanceof ScalarNode s) {
        if (!s.getTag().equals(Tag.NULL)) {
          out.add(s.getValue());
        }
      } else {
        value.problems().error("spec.value.type", value.file().at(alias), "each alias must be a single quoted value");
      }
    }
    return out;
  }

  static CodeSet read(YamlFile file, Node root, Problems problems) {
    MapReader map = MapReader.of(file, root, problems, "a code set", CODE_SET_KEYS);
    if (map == null) {
      return null;
    }
    String id = map.requiredString("code_set");
    if (id == null) {
      return null;
    }
    List<CodeValue> values = new ArrayList<>();
    for (Node v : map.items("values")) {
      CodeValue value = readValue(file, v, problems, id);
      if (value != null) {
        values.add(value);
      }
    }
    if (!map.has("values")) {
      problems.error("spec.key.missing", map.at(), "code set '" + id + "' is missing required key 'values'");
    }
    return new CodeSet(id, map.string("title"), map.string("description"), map.strings("source"),
        map.string("version"), map.bool("extensible", false), localCodes(map), basis(map),
        TableReader.lifecycle(map, "status"), map.string("since"), values, map.string("notes"), map.at());
  }

  /** One entry of a set's {@code values}, or null (with the problems recorded) when it has no code. */
  static CodeValue readValue(YamlFile file, Node v, Problems problems, String id) {
    MapReader value = MapReader.of(file, v, problems, "a value of code set '" + id + "'", VALUE_KEYS);
    if (value == null) {
      return null;
    }
    Node raw = value.rawValue("code");
    String code;
    if (value.unquotedNonText(raw, "code")) {
      // reported; kept as written (unless null) so that the rest of the set is still checked
      code = ((ScalarNode) raw).getTag().equals(Tag.NULL) ? null : ((ScalarNode) raw).getValue();
    } else {
      code = value.requiredString("code");
    }
    value.unquotedNonText(value.rawValue("label"), "label");
    if (code == null) {
      return null;
    }
    return new CodeValue(code, value.string("label"), value.date("withdrawn"), basis(value),
        aliases(value), value.string("description"), TableReader.lifecycle(value, "status"),
        value.string("since"), value.at());
  }

  /** The {@code withdrawal_basis} of a set or a value, or null when not given (or reported as wrong). */
  private static WithdrawalBasis basis(MapReader map) {
    String text = map.string("withdrawal_basis");
    if (text == null) {
      return null;
    }
    return WithdrawalBasis.fromSpecName(text).orElseGet(() -> {
      map.problems().error("spec.value.withdrawal-basis", map.at("withdrawal_basis"), "unknown withdrawal_basis '"
          + text + "'; expected one of: " + WithdrawalBasis.allSpecNames());
      return null;
    });
  }

  /** {@code local_codes}: an anchored regular expression that compiles, or null. */
  private static String localCodes(MapReader map) {
    String text = map.string("local_codes");
    if (text == null) {
      return null;
    }
    String problem = AnchoredPattern.problem(text);
    if (problem != null) {
      map.problems().error("spec.value.pattern", map.at("local_codes"), "local_codes: " + problem);
      return null;
    }
    return text;
  }
}
