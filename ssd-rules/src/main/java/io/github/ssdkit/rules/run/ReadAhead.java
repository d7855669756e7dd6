package io.github.ssdkit.rules.run;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads the next table the rules will ask for on a second thread while the rules before it run:
 * reading is a third of a rule pack's time, and the rules alone leave a core idle. One table at a
 * time is read ahead, so memory holds at most one frame more than reading on demand would; the
 * frame is the one a read on demand makes. Confined to the thread running the rules, except the
 * reading itself.
 */
final class ReadAhead implements AutoCloseable {

  private final List<String> order;
  private final Function<String, Frame> load;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
    Thread t = new Thread(task, "ssd-rules-read-ahead");
    t.setDaemon(true);
    return t;
  });
  /** The next index of {@link #order} to read ahead. */
  private int cursor;
  private String aheadName;
  private Future<Frame> ahead;

  /**
   * @param order the tables in the order the rules first ask for them
   * @param load reads one table's frame; runs on the read-ahead thread
   */
  ReadAhead(List<String> order, Function<String, Frame> load) {
    this.order = List.copyOf(order);
    this.load = load;
  }

  /** Starts reading the next table in order that is not in {@code asked}, unless one is being read. */
  void next(Set<String> asked) {
    if (ahead != null) {
      return;
    }
    while (cursor < order.size() && asked.contains(order.get(cursor))) {
      cursor++;
    }
    if (cursor < order.size()) {
      String name = order.get(cursor++);
      aheadName = name;
      ahead = thread.submit(() -> load.apply(name));
    }
  }

  /**
   * The frame of a table once read ahead, waiting for it if need be; null when {@code name} is
   * not the table being read ahead.
   *
   * @throws UncheckedIOException as reading the table on demand would, or when interrupted
   */
  Frame take(String name) {
    if (!name.equals(aheadName)) {
      return null;
    }
    Future<Frame> reading = ahead;
    ahead = null;
    aheadName = null;
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

  /** Forgets a table no rule will ask for again, should it be the one being read ahead. */
  void drop(String name) {
    if (name.equals(aheadName)) {
      ahead.cancel(true);
      ahead = null;
      aheadName = null;
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
