package io.github.ssdkit.codegen.publish;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.Generator;
import io.github.ssdkit.codegen.PrettyJson;
import io.github.ssdkit.codegen.jsonschema.JsonSchemaGenerator;
import io.github.ssdkit.codegen.specjson.SpecDocumentGenerator;
import io.github.ssdkit.codegen.types.TypeScriptGenerator;
import io.github.ssdkit.spec.Spec;
import java.util.ArrayList;
import java.util.List;

/**
 * The schemas laid out for publishing, from the other generators' files: {@code schema-site/} is
 * the root of the web site that serves them at their {@code $id}s
 * ({@code schema/<version>/<table>.schema.json} under {@link JsonSchemaGenerator#ID_BASE}'s host,
 * with the bundle, the spec document and its schema), and {@code npm/} is a package of the same
 * files plus the TypeScript row types ({@code ssd.d.ts}). Publishing either is a maintainer's
 * step (README, "Releasing"); nothing here reaches the network.
 */
public final class SchemaSiteGenerator implements Generator {

  /** The web site's root among the generated files. */
  public static final String SITE = "schema-site/";
  /** The npm package's folder among the generated files. */
  public static final String NPM = "npm/";
  /** The npm package's name. */
  public static final String PACKAGE = "@ssdkit/ssd-schemas";

  private static final String SITE_HOST = "https://ssdkit.github.io/";

  @Override
  public String id() {
    return "schema-site";
  }

  @Override
  public List<GeneratedFile> generate(Spec spec) {
    String folder = JsonSchemaGenerator.ID_BASE.substring(SITE_HOST.length()) + spec.version() + "/";
    List<GeneratedFile> published = new ArrayList<>();
    for (GeneratedFile f : new JsonSchemaGenerator().generate(spec)) {
      published.add(new GeneratedFile(name(f), f.content()));
    }
    for (GeneratedFile f : new SpecDocumentGenerator().generate(spec)) {
      published.add(new GeneratedFile(name(f), f.content()));
    }
    List<GeneratedFile> out = new ArrayList<>();
    for (GeneratedFile f : published) {
      out.add(new GeneratedFile(SITE + folder + f.path(), f.content()));
      out.add(new GeneratedFile(NPM + f.path(), f.content()));
    }
    String types = new TypeScriptGenerator().generate(spec).get(0).content();
    out.add(new GeneratedFile(NPM + "ssd.d.ts", types));
    out.add(new GeneratedFile(NPM + "package.json", PrettyJson.print(packageJson(spec))));
    return out;
  }

  private static String name(GeneratedFile f) {
    return f.path().substring(f.path().lastIndexOf('/') + 1);
  }

  private static ObjectNode packageJson(Spec spec) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode p = nodes.objectNode();
    p.put("name", PACKAGE);
    p.put("version", spec.version());
    p.put("description", "JSON Schemas (draft 2020-12) of every table of the " + spec.manifest().name() + " spec "
        + spec.version() + ", the spec as one JSON document with its schema, and TypeScript row types.");
    p.put("license", "MIT");
    p.put("types", "ssd.d.ts");
    p.putArray("files").add("*.json").add("ssd.d.ts");
    ObjectNode exports = p.putObject("exports");
    exports.putObject(".").put("types", "./ssd.d.ts");
    exports.put("./*.json", "./*.json");
    p.putArray("keywords").add("ssd").add("json-schema").add("children's social care").add("safeguarding");
    return p;
  }
}
