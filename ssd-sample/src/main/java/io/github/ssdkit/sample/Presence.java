package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Field;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Decides which cells of a row are filled, so that required and presence rules hold. */
final class Presence {

  /** How often the first column of a one-of pair is the one filled (a score, more than its absence). */
  private static final double FIRST_OF_PAIR = 0.8;

  private Presence() {}

  static boolean[] decide(TableRules rules, RowMaker.Request req, SpecShape shape, SplittableRandom rng) {
    int n = rules.fields.size();
    boolean[] present = new boolean[n];
    boolean[] forced = new boolean[n];
    boolean root = rules.table == shape.personTable();
    Field birth = shape.birthDate();
    TableRules.Periods periods = rules.periods;
    // A period cannot still be open when the domain's age window closed before the extract date.
    boolean windowClosed = req.child() != null
        && req.child().windowEnd(rules.profile).isBefore(req.child().extractDate);
    TableConventions conv = rules.conventions;
    for (int i = 0; i < n; i++) {
      Field f = rules.fields.get(i);
      boolean filled = !conv.isEmpty() && conv.filled[i];
      forced[i] = f.required() || rules.inPrimaryKey[i] || f == shape.anchor(rules.table) || filled
          || (root && f == birth)
          || (periods != null && (i == periods.start() || (i == periods.end() && (!req.lastInGroup() || windowClosed))));
      double chance;
      if (periods != null && i == periods.end()) {
        chance = 0.4;
      } else if (root && shape.endsLife(f)) {
        chance = DomainProfile.LIFE_END_SHARE;
      } else if (root && f.type().isTemporal()) {
        chance = 0.05;
      } else if (f.type().isTemporal() && rules.isLaterDate(i)) {
        chance = 0.7;
      } else if (DomainProfile.feedsReturn(f)) {
        // The rule packs check that a return's columns are filled; an authority's extract fills them.
        chance = 1;
      } else {
        chance = 0.85;
      }
      present[i] = forced[i] || rng.nextDouble() < chance;
    }
    for (TableRules.AnyOf any : rules.anyOf) {
      if (Arrays.stream(any.columns()).noneMatch(c -> present[c])) {
        present[any.columns()[0]] = true;
      }
    }
    // Presence rules can chain, so settle them over a few passes.
    for (int pass = 0; pass < 4; pass++) {
      for (TableRules.Presence p : rules.presences) {
        if (p.bothWays()) {
          boolean both = forced[p.when()] || forced[p.then()] || present[p.when()];
          present[p.when()] = both;
          present[p.then()] = both;
        } else if (present[p.when()]) {
          present[p.then()] = true;
        }
      }
    }
    if (!conv.isEmpty()) {
      conventions(rules, forced, present, req.lastInGroup() && !windowClosed, rng);
    }
    return present;
  }

  /**
   * Columns a convention keeps empty (with the columns that need them), the end of a child's
   * latest period left open when it may be, and pairs of which exactly one is filled.
   */
  private static void conventions(TableRules rules, boolean[] forced, boolean[] present, boolean mayStayOpen,
      SplittableRandom rng) {
    TableConventions conv = rules.conventions;
    for (int i = 0; i < present.length; i++) {
      if (conv.openLast[i] && mayStayOpen && !conv.filled[i]) {
        present[i] = false;
        for (TableRules.Presence p : rules.presences) {
          if (p.then() == i && !forced[p.when()]) {
            present[p.when()] = false;
          }
        }
      }
      if (conv.empty[i] && !forced[i]) {
        present[i] = false;
      }
      int other = conv.oneOf[i];
      if (other > i) {
        boolean first = forced[i] || !forced[other] && rng.nextDouble() < FIRST_OF_PAIR;
        present[i] = first;
        present[other] = !first;
      }
    }
  }
}
