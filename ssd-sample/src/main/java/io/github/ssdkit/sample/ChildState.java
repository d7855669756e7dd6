package io.github.ssdkit.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** What is known about the child being generated; dropped once the child's rows are written. */
final class ChildState {

  /** Set once the child's row in the person table is made. */
  String personId;
  final LocalDate birth;
  final int age;
  /** No event is dated before this: the day after birth, and at most six years of history. */
  final LocalDate historyStart;
  final LocalDate extractDate;
  /** The day the person's life ended (a date of death), once the person row holds one; else null. */
  LocalDate lifeEnd;
  final SplittableRandom rng;
  private final Map<String, Boolean> domains = new HashMap<>();
  private final Map<String, List<Row>> rows = new HashMap<>();
  private final Map<String, Set<List<String>>> keys = new HashMap<>();
  private final Map<String, String[]> lastPeriod = new HashMap<>();

  ChildState(LocalDate birth, LocalDate extractDate, SplittableRandom rng) {
    this.birth = birth;
    this.age = birth.until(extractDate).getYears();
    this.extractDate = extractDate;
    LocalDate sixYears = extractDate.minusYears(6);
    LocalDate dayAfterBirth = birth.plusDays(1);
    this.historyStart = dayAfterBirth.isAfter(sixYears) ? dayAfterBirth : sixYears;
    this.rng = rng;
  }

  /** Whether the child takes part in a domain, drawn once per child from its profile. */
  boolean inDomain(String domain) {
    Boolean known = domains.get(domain);
    if (known != null) {
      return known;
    }
    DomainProfile profile = DomainProfile.of(domain);
    boolean in = age >= profile.minAge()
        && !windowStart(profile).isAfter(windowEnd(profile))
        && (profile.requires() == null || inDomain(profile.requires()))
        && rng.nextDouble() < profile.chance();
    domains.put(domain, in);
    return in;
  }

  /** The first day a row of the domain may be dated: its minimum age reached, history begun. */
  LocalDate windowStart(DomainProfile profile) {
    LocalDate from = birthday(profile.minAge());
    return from.isAfter(historyStart) ? from : historyStart;
  }

  /**
   * The last day a row of the domain may be dated: the day before its end age, or the extract
   * date, and never after the end of the person's life.
   */
  LocalDate windowEnd(DomainProfile profile) {
    LocalDate last = lifeEnd != null && lifeEnd.isBefore(extractDate) ? lifeEnd : extractDate;
    if (profile.endAge() <= 0) {
      return last;
    }
    LocalDate until = birthday(profile.endAge()).minusDays(1);
    return until.isBefore(last) ? until : last;
  }

  private final LocalDate[] birthdays = new LocalDate[32];

  /** The child's birthday of an age; asked for every row, so remembered. */
  private LocalDate birthday(int years) {
    if (years >= birthdays.length) {
      return birth.plusYears(years);
    }
    LocalDate day = birthdays[years];
    if (day == null) {
      day = birth.plusYears(years);
      birthdays[years] = day;
    }
    return day;
  }

  List<Row> rows(String table) {
    return rows.getOrDefault(table, List.of());
  }

  void add(String table, Row row) {
    rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
  }

  /** Records a key for this child; false when the child already has a row with it. */
  boolean claimKey(String table, List<String> key) {
    return keys.computeIfAbsent(table, t -> new HashSet<>()).add(key);
  }

  /** Records a value of a column for this child; false when the child already has it there. */
  boolean claimValue(String column, String value) {
    return values.computeIfAbsent(column, t -> new HashSet<>()).add(value);
  }

  private final Map<String, Set<String>> values = new HashMap<>();

  /** The child's previous row in the table as written, when it was written without an error. */
  String[] lastCleanPeriod(String table) {
    return lastPeriod.get(table);
  }

  void setLastPeriod(String table, String[] cellsOrNull) {
    lastPeriod.put(table, cellsOrNull);
  }
}
