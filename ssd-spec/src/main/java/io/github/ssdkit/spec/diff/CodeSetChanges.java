package io.github.ssdkit.spec.diff;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Spec;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Changes to code sets and their codes. A non-extensible set is an enum in the generated Java
 * (extensible ones are plain strings), so removing or renaming its codes breaks code even where
 * data stays valid.
 */
final class CodeSetChanges {

  /** The record components of {@link CodeSet} and {@link CodeValue} compared here; see {@link Unclassified}. */
  static final Set<String> CODE_SET_COMPONENTS = Set.of("id", "title", "description", "source", "version",
      "extensible", "localCodes", "withdrawalBasis", "status", "since", "values", "notes", "location");
  static final Set<String> CODE_VALUE_COMPONENTS = Set.of("code", "label", "withdrawn", "withdrawalBasis", "aliases",
      "description", "status", "since", "location");

  private CodeSetChanges() {}

  static void compare(Spec older, Spec newer, Renames renames, ChangeList out) {
    Set<String> matched = new HashSet<>();
    for (CodeSet a : older.codeSets()) {
      String newId = renames.codeSet(a.id());
      Optional<CodeSet> b = newer.codeSet(newId);
      if (b.isEmpty()) {
        out.add(a.extensible() ? Impact.COMPATIBLE : Impact.BREAKING_CODE, "codeset.removed", "code set " + a.id(),
            a.id(), null, a.extensible()
                ? "an extensible set is plain text in the generated Java; columns that used it are listed on their own"
                : "its generated enum is gone; columns that used it are listed on their own");
        continue;
      }
      matched.add(newId);
      if (renames.isRenamedCodeSet(a.id())) {
        boolean enumType = !a.extensible() || !b.get().extensible();
        out.add(enumType ? Impact.BREAKING_CODE : Impact.COMPATIBLE, "codeset.renamed", "code set " + newId,
            a.id(), newId, "found by its codes; " + (enumType ? "the generated enum is renamed" : "columns name the new id")
                + ", data is unaffected");
      }
      compareSet(a, b.get(), out);
    }
    for (CodeSet b : newer.codeSets()) {
      if (!matched.contains(b.id())) {
        out.add(Impact.COMPATIBLE, "codeset.added", "code set " + b.id(), null, b.id(),
            "nothing used it before; columns that use it are listed on their own");
      }
    }
  }

  private static void compareSet(CodeSet a, CodeSet b, ChangeList out) {
    String subject = "code set " + b.id();
    if (a.extensible() && !b.extensible()) {
      out.add(Impact.BREAKING_DATA, "codeset.extensible.removed", subject, "extensible", "closed",
          "local codes valid before are now errors");
    } else if (!a.extensible() && b.extensible()) {
      out.add(Impact.BREAKING_CODE, "codeset.extensible.added", subject, "closed", "extensible",
          "every code stays valid, but its columns' Java type changes from an enum to String");
    }
    if (!Objects.equals(a.localCodes(), b.localCodes())) {
      boolean opened = a.localCodes() == null && !a.extensible();
      out.add(opened ? Impact.COMPATIBLE : Impact.BREAKING_DATA, "codeset.local-codes.changed", subject, a.localCodes(),
          b.localCodes(), opened ? "local codes of that shape are accepted now" : "local codes accepted before can be refused");
    }
    if (a.withdrawalBasis() != b.withdrawalBasis()) {
      out.add(Impact.BREAKING_DATA, "codeset.withdrawal-basis.changed", subject, a.withdrawalBasis().specName(),
          b.withdrawalBasis().specName(), "withdrawn codes are judged by another date of the row, so rows accepted before can fail");
    }
    TableChanges.status(subject, "codeset", a.status(), b.status(), false, out);
    out.docs("codeset.since.changed", subject, a.since(), b.since());
    out.docs("codeset.title.changed", subject, a.title(), b.title());
    out.docs("codeset.description.changed", subject, a.description(), b.description());
    out.docs("codeset.source.changed", subject, String.join(", ", a.source()), String.join(", ", b.source()));
    out.docs("codeset.edition.changed", subject, a.version(), b.version());
    out.docs("codeset.notes.changed", subject, a.notes(), b.notes());
    values(a, b, out);
    Unclassified.compare(subject, a, b, CODE_SET_COMPONENTS, out);
  }

  private static void values(CodeSet a, CodeSet b, ChangeList out) {
    Set<String> seen = new HashSet<>();
    for (CodeValue old : a.values()) {
      String subject = "code " + b.id() + "." + old.code();
      Optional<CodeValue> same = b.values().stream().filter(v -> v.code().equals(old.code())).findFirst();
      if (same.isPresent()) {
        seen.add(old.code());
        value(b.id(), old, same.get(), out);
        continue;
      }
      Optional<CodeValue> renamed = b.values().stream().filter(v -> v.aliases().contains(old.code())).findFirst();
      if (renamed.isPresent()) {
        out.add(b.extensible() ? Impact.COMPATIBLE : Impact.BREAKING_CODE, "code.renamed", subject, old.code(),
            renamed.get().code(), "the old code is an alias of the new one, so data holding it is still accepted"
                + (b.extensible() ? "" : "; its enum constant is gone"));
      } else {
        out.add(Impact.BREAKING_DATA, "code.removed", subject, old.code(), null,
            "data holding it is now an error; keep it as an alias of another code, or withdraw it with a date");
      }
    }
    for (CodeValue v : b.values()) {
      boolean renameTarget = v.aliases().stream().anyMatch(x -> a.codes().contains(x) && !b.codes().contains(x));
      if (!seen.contains(v.code()) && !renameTarget) {
        out.add(Impact.COMPATIBLE, "code.added", "code " + b.id() + "." + v.code(), null, v.code(),
            "a new code makes no old data invalid");
      }
    }
    if (!a.codes().stream().filter(b.codes()::contains).toList()
        .equals(b.codes().stream().filter(a.codes()::contains).toList())) {
      out.add(Impact.DOCS_ONLY, "codeset.values.reordered", "code set " + b.id(), null, null,
          "codes are matched by value, not by place");
    }
  }

  private static void value(String set, CodeValue a, CodeValue b, ChangeList out) {
    String subject = "code " + set + "." + b.code();
    if (!Objects.equals(a.withdrawn(), b.withdrawn())) {
      if (a.withdrawn() == null) {
        out.add(Impact.BREAKING_DATA, "code.withdrawn", subject, null, b.withdrawn(),
            "records dated on or after " + b.withdrawn() + " that hold it are now errors");
      } else if (b.withdrawn() == null) {
        out.add(Impact.COMPATIBLE, "code.reinstated", subject, a.withdrawn(), null, "it is valid on every date again");
      } else if (b.withdrawn().isBefore(a.withdrawn())) {
        out.add(Impact.BREAKING_DATA, "code.withdrawn.earlier", subject, a.withdrawn(), b.withdrawn(),
            "records dated between the two dates that hold it are now errors");
      } else {
        out.add(Impact.COMPATIBLE, "code.withdrawn.later", subject, a.withdrawn(), b.withdrawn(),
            "it is valid for longer");
      }
    }
    List<String> lost = a.aliases().stream().filter(x -> !b.aliases().contains(x)).toList();
    List<String> gained = b.aliases().stream().filter(x -> !a.aliases().contains(x)).toList();
    if (!lost.isEmpty()) {
      out.add(Impact.BREAKING_DATA, "code.alias.removed", subject, String.join(", ", lost), null,
          "data spelled the old way is now an error");
    }
    if (!gained.isEmpty()) {
      out.add(Impact.COMPATIBLE, "code.alias.added", subject, null, String.join(", ", gained),
          "another spelling is accepted with a warning");
    }
    if (a.withdrawalBasis() != b.withdrawalBasis()) {
      out.add(b.withdrawn() == null ? Impact.DOCS_ONLY : Impact.BREAKING_DATA, "code.withdrawal-basis.changed", subject,
          a.withdrawalBasis() == null ? "the set's" : a.withdrawalBasis().specName(),
          b.withdrawalBasis() == null ? "the set's" : b.withdrawalBasis().specName(),
          b.withdrawn() == null ? "the code is not withdrawn, so no row is judged by it"
              : "its withdrawal is judged by another date of the row, so rows accepted before can fail");
    }
    TableChanges.status(subject, "code", a.status(), b.status(), false, out);
    out.docs("code.since.changed", subject, a.since(), b.since());
    out.docs("code.label.changed", subject, a.label(), b.label());
    out.docs("code.description.changed", subject, a.description(), b.description());
    Unclassified.compare(subject, a, b, CODE_VALUE_COMPONENTS, out);
  }
}
