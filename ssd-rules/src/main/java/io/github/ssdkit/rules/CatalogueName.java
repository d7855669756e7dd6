package io.github.ssdkit.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed set of values written by name in catalogue files (a kind, a status, a return). */
public interface CatalogueName {

  /** The name written in catalogue files. */
  String id();

  /** The value of {@code type} written {@code id}, if any. */
  static <E extends Enum<E> & CatalogueName> Optional<E> byId(Class<E> type, String id) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
  }

  /** Every name of {@code type}, in declaration order, for messages. */
  static <E extends Enum<E> & CatalogueName> List<String> ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(CatalogueName::id).toList();
  }
}
