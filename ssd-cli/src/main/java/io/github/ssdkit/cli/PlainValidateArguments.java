package io.github.ssdkit.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the arguments of a plain {@code ssd validate} run without picocli, whose set-up (reflection
 * over the annotations, a few hundred classes the class-data-sharing archive cannot hold) cost a
 * cold run about a quarter of its start-up CPU.
 *
 * <p>Guarantee: it fills a {@link ValidateCommand} exactly as picocli would, or declines. It takes
 * only the long options of {@code ssd validate} written {@code --name value} or {@code --name=value},
 * at most one directory, and plain values; anything else (help and version options, a value starting
 * with {@code -} or {@code @}, argument files, {@code --}, a repeated single option, a number picocli
 * might read differently, an empty or quoted list item) gives empty, and picocli reads the arguments
 * and reports any mistake in its own words. {@code PlainValidateArgumentsTest} holds both readers to
 * the same fields.
 */
final class PlainValidateArguments {

  /** Options that take a value, in {@code ssd validate} and its {@code --spec} mixin. */
  private static final Set<String> VALUED = Set.of("--format", "--output", "--max-issues", "--tables",
      "--date-format", "--jdbc", "--user", "--password-env", "--schema", "--table-prefix", "--rules", "--period",
      "--previous", "--spec", "--spec-version", "--overlay");
  /** The valued options that may be repeated, adding to a list. */
  private static final Set<String> REPEATABLE = Set.of("--tables", "--date-format", "--rules", "--overlay");
  /** The flags, which take no value. */
  private static final Set<String> FLAGS = Set.of("--jsonl", "--progress", "--no-progress");

  private PlainValidateArguments() {}

  /** Every option name this reader knows; a test holds it to the options picocli declares. */
  static Set<String> optionNames() {
    Set<String> names = new HashSet<>(VALUED);
    names.addAll(FLAGS);
    return names;
  }

  /**
   * The command these arguments describe, when they are {@code validate} and arguments this reader
   * is sure of; empty means picocli must read them.
   */
  static Optional<ValidateCommand> read(String... args) {
    if (args.length == 0 || !args[0].equals("validate")) {
      return Optional.empty();
    }
    ValidateCommand command = new ValidateCommand();
    command.format = "text";
    command.maxIssues = 1000;
    command.tablePrefix = "";
    command.specOption = new SpecOption();
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.isEmpty() || arg.startsWith("@")) {
        return Optional.empty();
      }
      if (!arg.startsWith("-")) {
        if (command.directory != null || !setPath(command, "DIR", arg)) {
          return Optional.empty();
        }
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      // --progress and --no-progress set one option, which picocli takes only once
      String option = name.equals("--no-progress") ? "--progress" : name;
      if (!REPEATABLE.contains(name) && !seen.add(option)) {
        return Optional.empty();
      }
      if (!VALUED.contains(name)) {
        if (equals >= 0 || !setFlag(command, name)) {
          return Optional.empty();
        }
        continue;
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return Optional.empty();
      }
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || !setValue(command, name, value)) {
        return Optional.empty();
      }
    }
    return Optional.of(command);
  }

  private static boolean setFlag(ValidateCommand command, String name) {
    switch (name) {
      case "--jsonl" -> command.jsonLines = true;
      case "--progress" -> command.progress = Boolean.TRUE;
      case "--no-progress" -> command.progress = Boolean.FALSE;
      default -> {
        return false;
      }
    }
    return true;
  }

  private static boolean setValue(ValidateCommand command, String name, String value) {
    switch (name) {
      case "--format" -> command.format = value;
      case "--output" -> {
        return setPath(command, name, value);
      }
      case "--max-issues" -> {
        if (!isPlainNumber(value)) {
          return false;
        }
        command.maxIssues = Integer.parseInt(value);
      }
      case "--tables" -> {
        return addItems(command.tables == null ? command.tables = new ArrayList<>() : command.tables, value);
      }
      case "--rules" -> {
        return addItems(command.rulePacks == null ? command.rulePacks = new ArrayList<>() : command.rulePacks, value);
      }
      case "--date-format" -> (command.dateFormats == null ? command.dateFormats = new ArrayList<>()
          : command.dateFormats).add(value);
      case "--jdbc" -> command.jdbcUrl = value;
      case "--user" -> command.user = value;
      case "--password-env" -> command.passwordEnv = value;
      case "--schema" -> command.schema = value;
      case "--table-prefix" -> command.tablePrefix = value;
      case "--period" -> command.period = value;
      case "--previous", "--spec", "--overlay" -> {
        return setPath(command, name, value);
      }
      case "--spec-version" -> command.specOption.version = value;
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Digits without a leading zero, short enough for an int: read alike by every integer parser. */
  private static boolean isPlainNumber(String value) {
    if (value.length() > 9 || (value.length() > 1 && value.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Comma-separated items, each non-empty and unquoted (picocli keeps quoted commas together). */
  private static boolean addItems(List<String> items, String value) {
    if (value.indexOf('"') >= 0 || value.startsWith(",") || value.endsWith(",") || value.contains(",,")) {
      return false;
    }
    items.addAll(List.of(value.split(",")));
    return true;
  }

  private static boolean setPath(ValidateCommand command, String name, String value) {
    Path path;
    try {
      path = Path.of(value);
    } catch (InvalidPathException e) {
      return false;
    }
    switch (name) {
      case "DIR" -> command.directory = path;
      case "--output" -> command.output = path;
      case "--previous" -> command.previous = path;
      case "--spec" -> command.specOption.directory = path;
      case "--overlay" -> command.specOption.overlays.add(path);
      default -> {
        return false;
      }
    }
    return true;
  }
}
