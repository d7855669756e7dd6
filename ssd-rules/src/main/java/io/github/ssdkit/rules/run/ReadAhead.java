package io.github.ssdkit.rules.run;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads the next tables the rules will ask for on a second thread, one after the other, while the
 * rules before them run: reading is a third of a rule pack's time, and the rules alone leave a core
 * idle. At most {@code depth} tables are read ahead and not yet taken, so memory holds at most that
 * many frames more than reading on demand would; each frame is the one a read on demand makes.
 * Confined to one thread at a time (handed over with happens-before, as an executor does), except
 * the reading itself.
 */
final class ReadAhead implements AutoCloseable {

  private final List<String> order;
  private final int depth;
  private final Function<String, Frame> load;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
    Thread t = new Thread(task, "ssd-rules-read-ahead");
    t.setDaemon(true);
    return t;
  });
  /** The next index of {@link #order} to read ahead. */
  private int cursor;
  /** The tables being read or read ahead and not yet taken, in order, by name. */
  private final Map<String, Future<Frame>> ahead = new LinkedHashMap<>();

  /**
   * @param order the tables in the order the rules first ask for them
   * @param depth how many tables may be read ahead and not yet taken
   * @param load reads one table's frame; runs on the read-ahead thread
   */
  ReadAhead(List<String> order, int depth, Function<String, Frame> load) {
    this.order = List.copyOf(order);
    this.depth = depth;
    this.load = load;
  }

  /** Starts reading the next tables in order that are not in {@code asked}, up to the depth. */
  void next(Set<String> asked) {
    while (ahead.size() < depth) {
      while (cursor < order.size() && asked.contains(order.get(cursor))) {
        cursor++;
      }
      if (cursor >= order.size()) {
        return;
      }
      String name = order.get(cursor++);
      ahead.put(name, thread.submit(() -> load.apply(name)));
    }
  }

  /**
   * The frame of a table once read ahead, waiting for it if need be; null when {@code name} is
   * not being read ahead.
   *
   * @throws UncheckedIOException as reading the table on demand would, or when interrupted
   */
  Frame take(String name) {
    Future<Frame> reading = ahead.remove(name);
    if (reading == null) {
      return null;
    }
    try {
      return reading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted while reading " + name));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Forgets a table no rule will ask for again, should it be being read ahead. */
  void drop(String name) {
    Future<Frame> reading = ahead.remove(name);
    if (reading != null) {
      reading.cancel(true);
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
