package com.example.app;

import com.example.ssd.code.Sex;
import com.example.ssd.meta.PersonTable;
import com.example.ssd.meta.SsdTables;
import com.example.ssd.table.Person;

/** Uses the model generated into this project's package. */
public final class Children {

  private Children() {}

  /** A child built with the generated record's builder. */
  public static Person child(String id) {
    return Person.builder().personId(id).sex(Sex.fromCode("F")).build();
  }

  /** The generated metadata. */
  public static String describe() {
    return PersonTable.NAME + " of " + SsdTables.ALL.size() + " tables, spec " + SsdTables.SPEC_VERSION;
  }
}
