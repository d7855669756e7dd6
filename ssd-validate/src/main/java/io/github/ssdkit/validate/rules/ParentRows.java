package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.FieldRef;

/**
 * What a table's cross-table checks may read of the tables its foreign keys point at: the dates
 * kept per parent key. A parent that was not validated (the options named other tables) keeps
 * nothing, and checks through it do not run.
 */
@FunctionalInterface
public interface ParentRows {

  /** No parent's rows: cross-table checks do not run. */
  ParentRows NONE = target -> null;

  /**
   * The dates kept for the rows of a parent, by the column the foreign key points at.
   *
   * @param target the parent table and its key column, as the foreign key names them
   * @return the store, or null when nothing was kept for it
   */
  ParentDates dates(FieldRef target);
}
