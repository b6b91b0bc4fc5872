package org.dossier.app;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.dossier.app.corpus.JoinedStories;
import org.dossier.text.Article;

/**
 * One timed pass of some work over a list of articles with a fixed number of threads: wall
 * time, and what tells a busy machine from a lock: the process's CPU time, the time the workers
 * waited to enter a lock, the garbage collectors' time, and the peak heap.
 *
 * @param cpuNanos the process's CPU time during the pass (every thread: workers, GC, JIT)
 * @param blockedMillis the workers' time spent waiting to enter a {@code synchronized} block;
 *     -1 when the JVM cannot tell
 * @param gcMillis the garbage collectors' time during the pass
 * @param jitMillis the JIT compilers' time during the pass: large while the code is still warming up
 * @param peakHeap the sum of the heap pools' peaks during the pass, in bytes
 */
record Throughput(int threads, int articles, long words, long wallNanos, long cpuNanos, long blockedMillis,
    long gcMillis, long jitMillis, long peakHeap) {

  Throughput {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  double seconds() {
    return wallNanos / 1e9;
  }

  double articlesPerSecond() {
    return articles / seconds();
  }

  double wordsPerSecond() {
    return words / seconds();
  }

  /** Process CPU time per article, in ms. */
  double cpuMillisPerArticle() {
    return cpuNanos / 1e6 / articles;
  }

  /** Process CPU time over wall time: how many cores the process kept busy on average. */
  double coresBusy() {
    return (double) cpuNanos / wallNanos;
  }

  /** Runs {@code work} on every article of {@code sample} with {@code threads} threads, and measures it. */
  static Throughput measure(List<Article> sample, Function<Article, ?> work, int threads) throws Exception {
    if (sample.isEmpty()) {
      throw new IllegalArgumentException("sample must not be empty");
    }
    long words = 0;
    for (Article a : sample) {
      words += JoinedStories.words(a.body());
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    boolean contention = mx.isThreadContentionMonitoringSupported();
    if (contention) {
      mx.setThreadContentionMonitoringEnabled(true);
    }
    List<Thread> workers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bench-" + workers.size());
      t.setDaemon(true);
      workers.add(t); // the pool creates its threads from the submitting thread
      return t;
    });
    HeapPeak.reset();
    long gc0 = collectorMillis();
    long jit0 = compilerMillis();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    long blocked = 0;
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Article a : sample) {
        futures.add(pool.submit(() -> work.apply(a)));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
      long wall = System.nanoTime() - t0;
      long cpu = processCpuNanos() - cpu0;
      long gc = collectorMillis() - gc0;
      long jit = compilerMillis() - jit0;
      long peak = HeapPeak.bytes();
      if (contention) {
        for (Thread t : workers) {
          ThreadInfo info = mx.getThreadInfo(t.getId());
          blocked += info == null ? 0 : info.getBlockedTime();
        }
      }
      return new Throughput(threads, sample.size(), words, wall, cpu, contention ? blocked : -1, gc, jit, peak);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The CPU time of the whole process so far, in ns; 0 if the JVM does not say. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static long compilerMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  private static long collectorMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }
}
