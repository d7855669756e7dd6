package io.github.ssdkit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.validate.pack.ExtractRuleSet;
import io.github.ssdkit.validate.pack.ExtractTables;
import io.github.ssdkit.validate.pack.IssueSink;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.RuleSetSummary;
import io.github.ssdkit.validate.rules.Temporal;
import io.github.ssdkit.validate.source.DirectorySource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetRunnerTest {

  @TempDir
  Path extract;

  /** A rule set whose one rule reports {@code count} breaches, or fails with {@code fault}. */
  private record Reporting(String name, int count, RuntimeException fault) implements ExtractRuleSet {
    @Override
    public List<String> ruleIds() {
      return List.of(name + ".1");
    }

    @Override
    public void check(ExtractTables tables, IssueSink issues) {
      if (fault != null) {
        throw fault;
      }
      for (int row = 1; row <= count; row++) {
        issues.report(new Issue(Severity.ERROR, name + ".1", "ssd_person", row, "P" + row, "pers_dob", "", name + " breach"));
      }
    }
  }

  private RuleSetRunner run(int cap, ExtractRuleSet... sets) throws IOException {
    RuleSetRunner runner = new RuleSetRunner(cap);
    runner.start(Extracts.mini(), DirectorySource.csv(extract), new Temporal(List.of()), List.of(sets));
    runner.runAll();
    return runner;
  }

  @Test
  void setsRunningSideBySideAreReportedInTheOrderGiven() throws IOException {
    RuleSetRunner runner = run(3, new Reporting("cin", 5, null), new Reporting("ssda903", 2, null), new Reporting("third", 1, null));

    assertThat(runner.listed()).extracting(Issue::rule)
        .containsExactly("cin.1", "cin.1", "cin.1", "ssda903.1", "ssda903.1", "third.1");
    assertThat(runner.listed()).extracting(Issue::row).containsExactly(1L, 2L, 3L, 1L, 2L, 1L);
    assertThat(runner.capped()).containsExactly(Map.entry("ssd_person/cin.1", 2L));
    assertThat(runner.summaries()).extracting(RuleSetSummary::name).containsExactly("cin", "ssda903", "third");
    assertThat(runner.summaries()).extracting(RuleSetSummary::errors).containsExactly(5L, 2L, 1L);
  }

  @Test
  void aSetThatStopsIsNotedWhileTheOthersStillReport() throws IOException {
    RuleSetRunner runner = run(10, new Reporting("cin", 0, new IllegalStateException("rule fault")),
        new Reporting("ssda903", 1, null));

    assertThat(runner.summaries().get(0).notes()).singleElement().asString().contains("cin stopped early", "rule fault");
    assertThat(runner.listed()).extracting(Issue::rule).containsExactly("ssda903.1");
  }

  @Test
  void aTableThatCannotBeReadStopsTheRunWithItsCause() {
    IOException cause = new IOException("disk gone");
    ExtractRuleSet unreadable = new ExtractRuleSet() {
      @Override
      public String name() {
        return "ssda903";
      }

      @Override
      public List<String> ruleIds() {
        return List.of("ssda903.1");
      }

      @Override
      public void check(ExtractTables tables, IssueSink issues) throws IOException {
        throw cause;
      }
    };

    assertThatThrownBy(() -> run(10, new Reporting("cin", 1, null), unreadable)).isSameAs(cause);
  }

  /** A rule set that notes when its run starts, checks and closes. */
  private record Noting(String name, List<String> events, RuntimeException fault) implements ExtractRuleSet {
    @Override
    public List<String> ruleIds() {
      return List.of(name + ".1");
    }

    @Override
    public void check(ExtractTables tables, IssueSink issues) {
      throw new AssertionError("the runner checks through the run started");
    }

    @Override
    public Run start(ExtractTables tables) {
      events.add(name + " start");
      return new Run() {
        @Override
        public void check(IssueSink issues) {
          events.add(name + " check");
          if (fault != null) {
            throw fault;
          }
        }

        @Override
        public void close() {
          events.add(name + " close");
        }
      };
    }
  }

  @Test
  void everySetStartsBeforeAnyChecksAndEachRunIsClosedOnceAfterItsCheckEvenWhenItFails() throws IOException {
    List<String> events = Collections.synchronizedList(new ArrayList<>()); // sets may run side by side
    RuleSetRunner runner = new RuleSetRunner(10);
    runner.start(Extracts.mini(), DirectorySource.csv(extract), new Temporal(List.of()),
        List.of(new Noting("cin", events, new IllegalStateException("rule fault")), new Noting("ssda903", events, null)));
    events.add("table pass");
    runner.runAll();

    assertThat(events.subList(0, 3)).containsExactly("cin start", "ssda903 start", "table pass");
    assertThat(events.subList(3, events.size()))
        .containsExactlyInAnyOrder("cin check", "cin close", "ssda903 check", "ssda903 close");
    assertThat(events.indexOf("cin check")).isLessThan(events.indexOf("cin close"));
    assertThat(events.indexOf("ssda903 check")).isLessThan(events.indexOf("ssda903 close"));
    assertThat(runner.summaries().get(0).notes()).singleElement().asString().contains("rule fault");
  }

  @Test
  void aSetThatCannotStartIsNotedWhenItWouldRunAndTheOthersStillReport() throws IOException {
    RuleSetRunner runner = run(10, new ExtractRuleSet() {
      @Override
      public String name() {
        return "cin";
      }

      @Override
      public List<String> ruleIds() {
        return List.of("cin.1");
      }

      @Override
      public void check(ExtractTables tables, IssueSink issues) {
        throw new AssertionError("never checked: it did not start");
      }

      @Override
      public Run start(ExtractTables tables) {
        throw new IllegalStateException("no previous extract reader");
      }
    }, new Reporting("ssda903", 1, null));

    assertThat(runner.summaries().get(0).notes()).singleElement().asString()
        .contains("cin stopped early").contains("no previous extract reader");
    assertThat(runner.listed()).extracting(Issue::rule).containsExactly("ssda903.1");
  }

  @Test
  void runsStartedAreClosedWithoutACheckWhenTheTablePassNeverEnds() {
    List<String> events = new ArrayList<>();
    RuleSetRunner runner = new RuleSetRunner(10);
    runner.start(Extracts.mini(), DirectorySource.csv(extract), new Temporal(List.of()), List.of(new Noting("cin", events, null)));
    runner.close();

    assertThat(events).containsExactly("cin start", "cin close");
  }
}
