package org.groma.app.cli;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Chunked read, work on every core, results in the order read: the pipeline of the commands that read
 * millions of lines ({@code geo transform}, the {@code --batch} modes).
 *
 * <p>A reader thread cuts the input into {@link LineChunks}, turns each into a task ({@code prepare}, run on
 * the reader thread in input order, so it may keep state such as "the header has been seen") and submits it
 * to a pool of {@code threads} workers. The calling thread takes the results in input order and hands them to
 * the sink, which may stop the run (a bad line). At most {@link #WINDOW_PER_THREAD} chunks per worker are in
 * flight, so memory stays bounded whatever the input's length. The sink runs on the calling thread only.
 *
 * <h2>Thread safety</h2>
 * One run per call; the reader thread and the workers are ended before {@code run} returns.
 */
final class OrderedChunks {

  /** Chunks read ahead per worker: enough that no worker waits for the reader or the writer. */
  static final int WINDOW_PER_THREAD = 3;

  /** What receives each chunk's result, in input order. */
  interface Sink<R> {
    /** Takes one result; false stops the run (nothing more is read or handed on). */
    boolean accept(R result) throws IOException;
  }

  private OrderedChunks() {}

  /** The workers for this machine: one per core. */
  static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  static <R> void run(LineChunks chunks, Function<LineChunks.Chunk, Callable<R>> prepare, Sink<R> sink,
      int threads) throws IOException {
    BlockingQueue<Future<R>> inOrder = new ArrayBlockingQueue<>(WINDOW_PER_THREAD * threads);
    Future<R> end = CompletableFuture.completedFuture(null);
    ExecutorService pool = Executors.newFixedThreadPool(threads, OrderedChunks::daemon);
    Thread reader = daemon(() -> {
      try {
        for (LineChunks.Chunk chunk; (chunk = chunks.next()) != null; ) {
          inOrder.put(pool.submit(prepare.apply(chunk)));
        }
        inOrder.put(end);
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      } catch (IOException | RuntimeException | Error e) {
        try {
          inOrder.put(CompletableFuture.failedFuture(e));
        } catch (InterruptedException stopped) {
          Thread.currentThread().interrupt();
        }
      }
    });
    reader.start();
    try {
      for (Future<R> next = take(inOrder); next != end; next = take(inOrder)) {
        if (!sink.accept(result(next))) {
          return;
        }
      }
    } finally {
      reader.interrupt();
      pool.shutdownNow();
      for (Future<R> f; (f = inOrder.poll()) != null; ) {
        f.cancel(true);
      }
    }
  }

  private static <R> Future<R> take(BlockingQueue<Future<R>> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the next chunk", e);
    }
  }

  private static <R> R result(Future<R> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a chunk", e);
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case RuntimeException r -> throw r;
        case Error err -> throw err;
        default -> throw new IllegalStateException(e.getCause());
      }
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "groma-lines");
    t.setDaemon(true);
    return t;
  }
}
