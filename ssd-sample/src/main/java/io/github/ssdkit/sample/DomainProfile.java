package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Field;
import java.util.Map;
import java.util.Set;

/**
 * How often, and how much, a child appears in tables of one domain. With the returns' conventions
 * ({@link Conventions}, a data file) this is the generator's only knowledge of social care: every
 * table is shaped by its spec-declared domain through this one table of numbers.
 *
 * @param chance probability that a child (or a parent row from another domain) has rows here
 * @param requires a domain the child must already be part of, or null
 * @param minAge youngest age, in whole years at the extract date, of a child with rows here; rows
 *     here are dated on or after the child's birthday of this age
 * @param endAge rows here are dated before the child's birthday of this age (0: no limit), so a
 *     young adult's children's-services history ends at 18 while care-leaver rows go on
 * @param min fewest rows per child or parent row, when it has any
 * @param max most rows per child or parent row
 * @param sharedRows rows to make when a table of this domain is not tied to children
 * @param step chance that a child goes on to a later step of the domain (see {@link SpecShape#isStep})
 *     given rows in the step it points at; 1 for no attrition
 */
record DomainProfile(double chance, String requires, int minAge, int endAge, int min, int max, int sharedRows,
    double step) {

  /** Share of people older than children, aged {@link #ADULT_AGE} to {@link #OLDEST_AGE}. */
  static final double OLDER_SHARE = 0.08;
  /** The age at which children's services end (and care-leaver duties begin). */
  static final int ADULT_AGE = 18;
  /** The oldest person made, at the extract date: care-leaver duties run to 21. */
  static final int OLDEST_AGE = 21;

  /** Share of people with a date that ends their life (a date of death), when the spec has one. */
  static final double LIFE_END_SHARE = 0.002;

  /**
   * The statutory returns whose rule packs the sample is made to pass: a column feeding one of them
   * is filled whenever the spec lets it be (an end date still stays empty while its period is open).
   */
  static final Set<String> RETURNS = Set.of("CIN", "SSDA903");

  private static final int A = ADULT_AGE;
  private static final DomainProfile DEFAULT = new DomainProfile(0.3, null, 0, 0, 1, 2, 10);

  private static final Map<String, DomainProfile> BY_DOMAIN = Map.ofEntries(
      Map.entry("identity", new DomainProfile(0.7, null, 0, 0, 1, 2, 10)),
      Map.entry("contacts", new DomainProfile(0.85, null, 0, A, 1, 3, 10)),
      Map.entry("early_help", new DomainProfile(0.3, null, 0, A, 1, 2, 10)),
      Map.entry("cin", new DomainProfile(0.6, null, 0, A, 1, 2, 10)),
      Map.entry("assessment", new DomainProfile(0.85, "cin", 0, A, 1, 2, 10)),
      Map.entry("cp", new DomainProfile(0.3, "cin", 0, A, 1, 2, 10, 0.6)),
      Map.entry("cla", new DomainProfile(0.3, "cin", 0, A, 1, 2, 10)),
      Map.entry("care_leavers", new DomainProfile(0.9, "cla", 17, 0, 1, 1, 10)),
      Map.entry("permanence", new DomainProfile(0.3, "cla", 0, A, 1, 1, 10)),
      Map.entry("send", new DomainProfile(0.15, null, 2, 0, 1, 2, 10)),
      Map.entry("health", new DomainProfile(0.4, null, 0, 0, 1, 3, 10)),
      Map.entry("family", new DomainProfile(0.5, null, 0, 0, 1, 3, 10)),
      Map.entry("workforce", new DomainProfile(0.6, "cin", 0, 0, 1, 3, 25)),
      Map.entry("finance", new DomainProfile(0.5, "cla", 0, A, 1, 3, 10)),
      Map.entry("admin", new DomainProfile(0.5, null, 0, 0, 1, 2, 5)));

  DomainProfile(double chance, String requires, int minAge, int endAge, int min, int max, int sharedRows) {
    this(chance, requires, minAge, endAge, min, max, sharedRows, 1);
  }

  /** Whether a column feeds a statutory return the sample is made to pass (see {@link #RETURNS}). */
  static boolean feedsReturn(Field f) {
    for (String r : f.returns()) {
      if (RETURNS.contains(r)) {
        return true;
      }
    }
    return false;
  }

  static DomainProfile of(String domain) {
    return BY_DOMAIN.getOrDefault(domain, DEFAULT);
  }
}
