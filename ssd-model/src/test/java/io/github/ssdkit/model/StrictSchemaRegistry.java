package io.github.ssdkit.model;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;

/**
 * networknt's validator set to refuse what a strict validator refuses: draft 2020-12 with every
 * unknown keyword an error (so an {@code x-} annotation fails to compile, as in Ajv's default
 * strict mode), and schemas compiled when loaded rather than on first use.
 */
public final class StrictSchemaRegistry {

  private StrictSchemaRegistry() {}

  /**
   * A registry whose schemas fail to load on any keyword draft 2020-12 does not define.
   *
   * @return a new registry
   */
  public static SchemaRegistry create() {
    Dialect strict = Dialect.builder(Dialects.getDraft202012())
        .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
        .build();
    return SchemaRegistry.withDefaultDialect(strict,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().preloadSchema(true).build()));
  }
}
