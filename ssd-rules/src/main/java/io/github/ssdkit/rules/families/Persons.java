package io.github.ssdkit.rules.families;

import io.github.ssdkit.model.meta.PersonTable;

/** The columns of ssd_person the rule families read for a child's date of birth. */
final class Persons {
  static final String TABLE = PersonTable.NAME;
  static final String ID = PersonTable.PERSON_ID;
  static final String DOB = PersonTable.DOB;

  private Persons() {}
}
