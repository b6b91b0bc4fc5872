package org.dossier.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dossier.store.GraphQuery;
import org.dossier.store.GraphView;
import org.dossier.store.Stats;
import org.dossier.store.Store;
import org.dossier.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench api}: the latency of the entity, timeline and search endpoints of
 * {@code dossier serve} over a corpus, with 1, 10 and 50 (or any) concurrent clients on loopback.
 */
@Command(name = "api", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Measure the web API of a corpus: serve it on 127.0.0.1 in this JVM, then for each number of concurrent clients"
          + " and each endpoint (entity, timeline, search), send requests for a bounded time (or a bounded number,"
          + " --requests) and report requests per second, the p50, p95, p99 and max latency, the errors, and the heap"
          + " in use before and after the runs.",
      "The requests go over a sample of corpus entities: the --sample most mentioned, which are the ones with the most"
          + " facts, hence the slowest; search asks for each one's name. Every request is checked for status 200.",
      "Example: dossier bench api --db /tmp/reuters --clients 1,10,50 --seconds 10"
    })
final class BenchApiCommand implements Callable<Integer> {

  @Mixin StoreOptions corpus;

  @Option(names = "--clients", split = ",", paramLabel = "N,N...", hideParamSyntax = true, defaultValue = "1,10,50",
      description = "Concurrent clients, one run each. Default: ${DEFAULT-VALUE}.")
  List<Integer> clients;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "8",
      description = "How long each run of one endpoint with one number of clients lasts. Default: ${DEFAULT-VALUE}.")
  int seconds;

  @Option(names = "--requests", paramLabel = "N", defaultValue = "0",
      description = "Send this many requests per run instead of sending them for --seconds (0: by time)."
          + " Default: ${DEFAULT-VALUE}.")
  int requests;

  @Option(names = "--warmup", paramLabel = "S", defaultValue = "5",
      description = "Seconds of requests to every endpoint before anything is timed. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--sample", paramLabel = "N", defaultValue = "200",
      description = "Entities to ask about: the N most mentioned. Default: ${DEFAULT-VALUE}.")
  int sample;

  /** One endpoint: its name and the path for one entity of the sample. */
  private record Endpoint(String name, Function<GraphView.Node, String> path) {}

  private static final List<Endpoint> ENDPOINTS = List.of(
      new Endpoint("entity", n -> "/api/v1/entities/" + n.id()),
      new Endpoint("timeline", n -> "/api/v1/entities/" + n.id() + "/timeline"),
      new Endpoint("search", n -> "/api/v1/search?q=" + URLEncoder.encode(quoted(n.name()), StandardCharsets.UTF_8)));

  @Override
  public Integer call() throws Exception {
    if (clients.stream().anyMatch(c -> c < 1 || c > 500) || seconds < 1 || warmup < 0 || sample < 1
        || sample > GraphQuery.MAX_NODES || requests < 0) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--clients must be in 1..500, --seconds at least 1,"
          + " --requests 0 or more, --sample in 1.." + GraphQuery.MAX_NODES);
    }
    return corpus.run(this::bench);
  }

  private int bench(Store store, PrintWriter out) throws Exception {
    List<GraphView.Node> nodes = store.graph(new GraphQuery(Set.of(), Optional.empty(), Optional.empty(), sample, 0)).nodes();
    if (nodes.isEmpty()) {
      System.err.println("dossier: bench api: the corpus has no entities (was it resolved?)");
      return Main.ENVIRONMENT;
    }
    Stats stats = store.stats();
    out.printf(Locale.ROOT, "dossier bench api — %d cores, max heap %d MB, Java %s, load average %.2f at the start%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.printf(Locale.ROOT, "store        %s: %d articles, %d corpus entities, %d events%n", corpus.location(),
        stats.articles(), stats.corpusEntities(), stats.events());
    out.printf(Locale.ROOT, "sample       the %d most mentioned entities (%s … %s)%n", nodes.size(), nodes.get(0).name(),
        nodes.get(nodes.size() - 1).name());
    out.printf(Locale.ROOT, "runs         %s clients × %s per endpoint, after %d s of warm-up; loopback HTTP/1.1%n",
        clients, requests > 0 ? requests + " requests" : seconds + " s", warmup);
    out.flush();
    try (WebServer server = WebServer.start(store, WebServer.Settings.local(0))) {
      String base = "http://127.0.0.1:" + server.port();
      if (warmup > 0) {
        for (Endpoint e : ENDPOINTS) {
          run(base, e, nodes, Math.max(1, clients.stream().mapToInt(Integer::intValue).max().orElse(1) / 5),
              Math.max(1, warmup * 1000L / ENDPOINTS.size()), 0);
        }
      }
      long heapBefore = heapAfterGc();
      out.printf(Locale.ROOT, "%n%-8s %-9s %9s %8s %9s %9s %9s %9s %7s %7s%n", "clients", "endpoint", "requests", "req/s",
          "p50 ms", "p95 ms", "p99 ms", "max ms", "cpu ms", "errors");
      for (int c : clients) {
        for (Endpoint e : ENDPOINTS) {
          long cpu0 = processCpuNanos();
          Run r = run(base, e, nodes, c, requests > 0 ? Long.MAX_VALUE / 2_000_000 : seconds * 1000L, requests);
          double cpu = (processCpuNanos() - cpu0) / 1e6 / Math.max(1, r.latencies.length);
          out.printf(Locale.ROOT, "%-8d %-9s %9d %8.1f %9.1f %9.1f %9.1f %9.1f %7.1f %7d%n", c, e.name(), r.latencies.length,
              r.latencies.length / r.seconds, r.percentile(50), r.percentile(95), r.percentile(99), r.percentile(100), cpu,
              r.errors);
          out.flush();
        }
      }
      long heapAfter = heapAfterGc();
      out.printf(Locale.ROOT, "%nheap in use after a full GC: %d MB before the runs, %d MB after them%n", heapBefore >> 20,
          heapAfter >> 20);
    }
    out.printf(Locale.ROOT, "%ncpu ms: CPU time of this JVM (server and clients) per request; on a busy machine the%n"
        + "latencies include waiting for a core, the CPU time does not. Load average at the end: %.2f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return Main.OK;
  }

  /** Heap in use after asking for a full collection (this JVM serves and asks). */
  private static long heapAfterGc() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** The latencies of one run, in milliseconds, sorted. */
  private record Run(double[] latencies, int errors, double seconds) {
    double percentile(int p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      int at = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
      return latencies[Math.max(0, Math.min(latencies.length - 1, at))];
    }
  }

  /**
   * {@code clients} threads, each with its own connection, asking in turn about the sample until
   * {@code millis} are over or, when {@code requests} is positive, that many requests are sent.
   */
  private static Run run(String base, Endpoint e, List<GraphView.Node> nodes, int clients, long millis, int requests)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger left = new AtomicInteger(requests > 0 ? requests : Integer.MAX_VALUE);
    long start = System.nanoTime();
    long end = start + millis * 1_000_000L;
    try {
      List<Future<double[]>> futures = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        int first = i * Math.max(1, nodes.size() / clients);
        futures.add(pool.submit(() -> {
          HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10)).build();
          double[] mine = new double[1024];
          int n = 0;
          for (int k = first; System.nanoTime() < end && left.getAndDecrement() > 0; k++) {
            GraphView.Node node = nodes.get(k % nodes.size());
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + e.path().apply(node)))
                .timeout(Duration.ofSeconds(60)).GET().build();
            long t0 = System.nanoTime();
            try {
              HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
              if (res.statusCode() != 200) {
                errors.incrementAndGet();
              }
            } catch (java.io.IOException failed) {
              errors.incrementAndGet(); // a time-out or a refused connection: counted, with the time it took
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if (n == mine.length) {
              mine = Arrays.copyOf(mine, n * 2);
            }
            mine[n++] = ms;
          }
          return Arrays.copyOf(mine, n);
        }));
      }
      List<double[]> parts = new ArrayList<>();
      for (Future<double[]> f : futures) {
        parts.add(f.get());
      }
      double[] all = parts.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
      return new Run(all, errors.get(), (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String quoted(String name) {
    return "\"" + name.replace("\"", "") + "\"";
  }
}
