package org.diplomatic.analyzer.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.diplomatic.analyzer.index.TextEmbedding;

/**
 * What {@link ApiServer} serves and how: the index folder, the address and port (0: any free port), the one origin
 * allowed cross-origin requests (null: none), the word vectors for search by meaning (asked for only when the index
 * has document vectors; may give null), the analysis behind {@code POST /api/analyze} (text to the contract's JSON;
 * null: the route answers that analysis is off) and the {@link Limits}.
 */
public record ServerConfig(Path index, String bind, int port, String corsOrigin,
    Supplier<TextEmbedding> embedding, Function<String, String> analysis, Limits limits) {
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;

  public ServerConfig {
    bind = bind == null ? DEFAULT_BIND : bind;
    embedding = embedding == null ? () -> null : embedding;
    limits = limits == null ? Limits.DEFAULTS : limits;
  }

  /** A read-only server on the loopback address, no CORS, no analysis, the default limits. */
  public static ServerConfig local(Path index, int port) {
    return new ServerConfig(index, DEFAULT_BIND, port, null, null, null, Limits.DEFAULTS);
  }

  /**
   * Request limits: body bytes (only {@code POST /api/analyze} reads a body), request line and headers bytes, the
   * time one API request may take, hits per page and the deepest hit a page may reach, rows per commitments page.
   */
  public record Limits(long maxBodyBytes, int maxHeaderBytes, Duration requestTime, int maxPageSize, int maxDepth,
      int maxRows) {
    public static final Limits DEFAULTS = new Limits(1 << 20, 16 * 1024, Duration.ofSeconds(10), 100, 1000, 5000);
  }
}
