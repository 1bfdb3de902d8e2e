package org.diplomatic.analyzer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.diplomatic.analyzer.index.SearchMode;
import org.diplomatic.analyzer.index.SearchRequest;
import org.diplomatic.analyzer.index.TextEmbedding;
import org.diplomatic.analyzer.server.ApiServer;
import org.diplomatic.analyzer.server.ServerConfig;

/**
 * Load on {@code serve}: the bench's query mix as {@code GET /api/search} requests from {@link #CLIENTS} concurrent
 * clients over the loopback interface (one keep-alive HTTP/1.1 connection each, {@link LoopbackHttp}, every client
 * walking the mix from its own offset), after one untimed pass; latency per request as a client sees it, from sending
 * to the last byte.
 */
final class ServeLoad {
  static final int CLIENTS = 8;

  /**
   * Latencies of one mode's load: p50, p99, requests per second over all clients, and the process's CPU time per
   * request (server and clients, which share the machine): on a machine others load too, CPU time stays comparable
   * where wall times do not.
   */
  record Stats(String mode, int requests, double p50Ms, double p99Ms, double perSecond, double cpuMs) {}

  private ServeLoad() {}

  static List<Stats> measure(Path index, List<SearchRequest> mix, int rounds, Supplier<TextEmbedding> embedding,
      List<SearchMode> modes) {
    ServerConfig config = new ServerConfig(index, ServerConfig.DEFAULT_BIND, 0, null, embedding, null,
        ServerConfig.Limits.DEFAULTS);
    List<Stats> out = new ArrayList<>();
    try (ApiServer server = ApiServer.start(config)) {
      for (SearchMode mode : modes) {
        out.add(against(server.port(), mix, rounds, mode, ServeLoad::processCpuNanos));
      }
    }
    return out;
  }

  /**
   * One mode's load on the server listening at {@code port} on this machine; {@code cpuNanos}: the CPU time so far
   * of the server and of this process's clients together.
   */
  static Stats against(int port, List<SearchRequest> mix, int rounds, SearchMode mode, LongSupplier cpuNanos) {
    List<URI> uris = mix.stream().map(r -> uri(port, r, mode)).toList();
    run(uris, 1);
    long start = System.nanoTime();
    long cpu = cpuNanos.getAsLong();
    double[] millis = run(uris, rounds);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuMs = (cpuNanos.getAsLong() - cpu) / 1e6 / millis.length;
    return new Stats(mode.name().toLowerCase(Locale.ROOT), millis.length, Percentiles.of(millis, 50),
        Percentiles.of(millis, 99), millis.length / seconds, cpuMs);
  }

  /** CPU time of the whole process so far (all threads), or 0 where the JVM cannot tell. */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static double[] run(List<URI> uris, int rounds) {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<double[]>> each = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int first = c * uris.size() / CLIENTS;
        each.add(clients.submit(() -> client(uris, first, rounds)));
      }
      double[] all = new double[CLIENTS * uris.size() * rounds];
      int k = 0;
      for (Future<double[]> f : each) {
        for (double ms : f.get()) {
          all[k++] = ms;
        }
      }
      return all;
    } catch (Exception e) {
      throw new IllegalStateException("load on serve failed: " + e.getMessage(), e);
    } finally {
      clients.shutdownNow();
    }
  }

  private static double[] client(List<URI> uris, int first, int rounds) throws IOException {
    double[] millis = new double[uris.size() * rounds];
    URI any = uris.get(0);
    try (LoopbackHttp http = new LoopbackHttp(any.getHost(), any.getPort())) {
      for (int i = 0; i < millis.length; i++) {
        URI uri = uris.get((first + i) % uris.size());
        long start = System.nanoTime();
        LoopbackHttp.Response r = http.get(uri.getRawPath() + "?" + uri.getRawQuery());
        millis[i] = (System.nanoTime() - start) / 1e6;
        if (r.status() != 200) {
          throw new IOException(uri + " answered " + r.status() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
      }
    }
    return millis;
  }

  /** The request as the page would send it: the same filters, 10 hits, facets when the request counts them. */
  static URI uri(int port, SearchRequest r, SearchMode mode) {
    StringBuilder q = new StringBuilder("/api/search?mode=").append(mode.name().toLowerCase(Locale.ROOT))
        .append("&limit=").append(r.limit());
    param(q, "q", r.query() == null ? List.of() : List.of(r.query()));
    param(q, "lang", r.langs());
    param(q, "area", r.areas());
    param(q, "official", r.officials());
    param(q, "country", r.countries());
    param(q, "unit", r.units());
    param(q, "kind", r.commitmentKinds());
    if (r.minValue() != null) {
      param(q, "min-value", List.of(String.valueOf(r.minValue())));
    }
    if (r.maxValue() != null) {
      param(q, "max-value", List.of(String.valueOf(r.maxValue())));
    }
    if (r.facets()) {
      q.append("&facets=true");
    }
    return URI.create("http://127.0.0.1:" + port + q);
  }

  private static void param(StringBuilder q, String name, List<String> values) {
    for (String v : values) {
      q.append('&').append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
    }
  }
}
