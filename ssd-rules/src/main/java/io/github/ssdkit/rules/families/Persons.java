package io.github.ssdkit.rules.families;

/** The columns of ssd_person the rule families read for a child's date of birth. */
final class Persons {
  static final String TABLE = "ssd_person";
  static final String ID = "pers_person_id";
  static final String DOB = "pers_dob";

  private Persons() {}
}
