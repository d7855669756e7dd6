package io.github.ssdkit.examples;

import io.github.ssdkit.model.code.Ethnicity;
import io.github.ssdkit.model.code.Sex;
import io.github.ssdkit.model.runtime.SsdJson;
import io.github.ssdkit.model.runtime.SsdSchemas;
import io.github.ssdkit.model.table.Person;
import java.time.LocalDateTime;
import java.util.List;

/** A case management system builds an SSD record, writes it as JSON and finds its schemas. */
public final class EmbedModelExample {

  private EmbedModelExample() {}

  public static void main(String[] args) throws Exception {
    Person child = Person.builder()
        .personId("C1234")
        .sex(Sex.F)
        .ethnicity(Ethnicity.fromCode("WBRI"))
        .dob(LocalDateTime.of(2015, 3, 14, 0, 0))
        .upn("U201302015001")
        .build();

    String json = SsdJson.write(child);
    System.out.println(json);

    Person back = SsdJson.read(json, Person.class);
    System.out.println("round trip equal: " + back.equals(child));

    // a row with a column of the authority's own, which read would refuse
    String rowWithLocalColumns = "{\"pers_person_id\":\"C1234\",\"pers_sex\":\"F\",\"la_locality\":\"North\"}";
    Person local = SsdJson.readIgnoringUnknownColumns(rowWithLocalColumns, Person.class);
    System.out.println("local columns skipped: " + local.personId() + " " + local.sex());

    String jsonSchema = SsdSchemas.jsonSchema("ssd_person").orElseThrow();
    String avroSchema = SsdSchemas.avroSchema("ssd_person").orElseThrow();
    List<String> tables = SsdSchemas.tables();
    System.out.println("JSON Schema: " + jsonSchema.length() + " characters");
    System.out.println("Avro schema: " + avroSchema.length() + " characters");
    System.out.println("tables: " + tables.size());
  }
}
