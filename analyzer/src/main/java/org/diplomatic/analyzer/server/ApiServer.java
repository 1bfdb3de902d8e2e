package org.diplomatic.analyzer.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.diplomatic.analyzer.index.Concordance;
import org.diplomatic.analyzer.index.FacetGroups;
import org.diplomatic.analyzer.index.IndexSearch;
import org.diplomatic.analyzer.index.SearchResult;
import org.diplomatic.analyzer.index.StoredDocuments;
import org.diplomatic.analyzer.registry.PeopleFacet;
import org.diplomatic.analyzer.registry.Registry;
import org.diplomatic.analyzer.registry.RegistryStore;

/**
 * {@code serve}: the JSON API under {@code /api/} and the workbench page at {@code /}, read-only over one index,
 * through the classes the command line uses ({@link IndexSearch}, {@link Concordance}, {@link StoredDocuments}).
 * Every API answer is JSON, errors {@code {"error": "..."}} worded as the CLI words them; each API request runs
 * within the configured time on a bounded pool of workers.
 */
public final class ApiServer implements Closeable {
  /** Every route of the API, as the OpenAPI description lists them (a test keeps both equal). */
  static final List<String> ROUTES = List.of("GET /api/search", "GET /api/documents/{id}", "GET /api/kwic",
      "GET /api/commitments", "GET /api/stats", "POST /api/analyze", "GET /api/openapi.json");
  static final String OPENAPI = "openapi.json";
  private static final String JSON = "application/json; charset=utf-8";
  /** No inline or outside scripts: a document's text can never run as code in the page. */
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final ServerConfig config;
  private final IndexSearch search;
  private final Concordance concordance;
  private final StoredDocuments stored;
  private final Registry registry;
  /** The people facet, mapping the index's spellings to the registry's people once (null without a registry). */
  private final FacetGroups people;
  private final DocumentMarks marks = new DocumentMarks();
  private final ThreadPoolExecutor workers;
  private final String openApi;
  private volatile CommitmentTable commitments;
  private volatile CorpusStats stats;
  private Javalin app;

  private ApiServer(ServerConfig config) {
    this.config = config;
    this.search = IndexSearch.open(config.index(), config.embedding());
    this.concordance = Concordance.open(config.index());
    this.stored = StoredDocuments.open(config.index());
    this.registry = registry(config.index());
    this.people = registry == null ? null : PeopleFacet.groups(registry);
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256));
    this.openApi = resource(OPENAPI);
  }

  /**
   * The registry of officials, read (or built) once at start with its map of spellings to people, which the people
   * facet needs: no request waits for either; null when it cannot be.
   */
  private static Registry registry(java.nio.file.Path index) {
    try {
      Registry registry = RegistryStore.open(index);
      registry.bySpelling();
      return registry;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Opens the index and starts listening; a missing or unreadable index fails here, naming the folder. */
  public static ApiServer start(ServerConfig config) {
    ApiServer server = new ApiServer(config);
    try {
      server.app = server.javalin().start(config.bind(), config.port());
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The port listened on (the chosen one when the configuration asked for 0). */
  public int port() {
    return app.port();
  }

  /** The address listened on. */
  public String bind() {
    return config.bind();
  }

  private Javalin javalin() {
    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.http.maxRequestSize = config.limits().maxBodyBytes();
      cfg.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(config.limits().maxHeaderBytes());
        http.setSendServerVersion(false);
      });
      cfg.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/diplomatic/analyzer/server/web";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-cache");
      });
      cfg.staticFiles.enableWebjars();
      if (config.corsOrigin() != null) {
        cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
          rule.allowHost(config.corsOrigin());
          rule.path = "/api/*";
        }));
      }
      var routes = cfg.routes;
      routes.before("/api/*", ctx -> {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
      });
      routes.get("/api/search", api(ctx -> searchPage(ctx)));
      routes.get("/api/documents/{id}", api(ctx -> document(ctx.pathParam("id"))));
      routes.get("/api/kwic", api(ctx -> KwicView.json(concordance, values(ctx))));
      routes.get("/api/commitments", api(ctx -> commitments(values(ctx))));
      routes.get("/api/stats", api(ctx -> stats().json()));
      routes.post("/api/analyze", api(ctx -> analyze(ctx)));
      routes.get("/api/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
      // Later views of the same index (the officials registry, the ledger of commitments) add their routes here,
      // each one line calling its own class, listed in ROUTES and in openapi.json.
      routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
      routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
      routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      routes.exception(UncheckedIOException.class, (e, ctx) -> error(ctx, 500, e.getMessage()));
      routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
    });
  }

  /** An API handler: its JSON, computed on a worker within the time limit. */
  private Handler api(Route route) {
    return ctx -> ctx.contentType(JSON).result(within(() -> route.answer(ctx)));
  }

  /** One API route's answer. */
  private interface Route {
    String answer(Context ctx) throws Exception;
  }

  private String within(Callable<String> work) throws Exception {
    Future<String> answer;
    try {
      answer = workers.submit(work);
    } catch (RejectedExecutionException e) {
      throw new ApiException(503, "too many requests at once; try again");
    }
    long millis = config.limits().requestTime().toMillis();
    try {
      return answer.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new ApiException(503, "the request took longer than " + millis / 1000.0 + " s; narrow it down");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
    }
  }

  private String searchPage(Context ctx) {
    SearchParameters p = SearchParameters.read(values(ctx), config.limits());
    // the people facet, as the search command counts it
    SearchResult result = p.request().facets() && people != null ? PeopleFacet.search(people, search, p.request())
        : search.search(p.request());
    return SearchView.json(result, p);
  }

  private String document(String id) {
    if (!id.matches("[A-Za-z0-9_.-]{1,128}")) {
      throw ApiException.badRequest("not a document id: '" + org.diplomatic.analyzer.index.Quote.shorten(id, 60) + "'");
    }
    return stored.byId(id).map(d -> DocumentView.json(d, marks.locate(d)))
        .orElseThrow(() -> ApiException.notFound("no document with id " + id));
  }

  private String commitments(RequestValues v) {
    int limit = v.integer("limit", 100);
    int offset = v.integer("offset", 0);
    if (limit < 1 || limit > config.limits().maxRows()) {
      throw ApiException.badRequest("limit must be 1 to " + config.limits().maxRows());
    }
    if (offset < 0) {
      throw ApiException.badRequest("offset must be 0 or more");
    }
    String kind = v.one("kind");
    if (kind != null && !org.diplomatic.analyzer.contract.Vocabulary.COMMITMENT_KINDS.contains(kind)) {
      throw ApiException.badRequest("kind must be one of obligation, intent, proposal, agreement, decision: " + kind);
    }
    String area = v.one("area");
    if (area != null && !org.diplomatic.analyzer.contract.Vocabulary.isArea(area)) {
      throw ApiException.badRequest("area must be a label of the taxonomy: " + area);
    }
    return CommitmentTable.json(table().select(kind, area, v.one("q")), offset, limit);
  }

  private String analyze(Context ctx) {
    if (config.analysis() == null) {
      throw ApiException.notFound("analysis is off: start serve with --analyze");
    }
    if (ctx.contentLength() > config.limits().maxBodyBytes()) {
      throw new ApiException(413, "the text is longer than " + config.limits().maxBodyBytes() + " bytes");
    }
    String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw ApiException.badRequest("nothing to analyze: the request body is empty");
    }
    return config.analysis().apply(text);
  }

  private CommitmentTable table() {
    if (commitments == null) {
      synchronized (this) {
        if (commitments == null) {
          commitments = new CommitmentTable(stored.all());
        }
      }
    }
    return commitments;
  }

  private CorpusStats stats() {
    if (stats == null) {
      synchronized (this) {
        if (stats == null) {
          stats = new CorpusStats(stored.all());
        }
      }
    }
    return stats;
  }

  private static RequestValues values(Context ctx) {
    return new RequestValues(ctx::queryParams);
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType(JSON).result(ApiJson.error(message == null ? "error " + status : message));
  }

  static String resource(String name) {
    try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException("missing bundled resource " + name, new IOException(name));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + name, e);
    }
  }

  @Override
  public void close() {
    if (app != null) {
      app.stop();
    }
    workers.shutdownNow();
    search.close();
    concordance.close();
    stored.close();
  }
}
