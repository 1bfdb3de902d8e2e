package org.diplomatic.analyzer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API over real HTTP on the loopback address, against the command line's answers on the same index. */
class ApiServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static ApiServer server;

  @BeforeAll
  static void start() {
    server = ApiServer.start(ServedCorpus.config());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(ApiServer s, String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return get(server, pathAndQuery);
  }

  private static JsonNode json(String pathAndQuery) throws Exception {
    HttpResponse<String> r = get(pathAndQuery);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void searchAnswersWhatTheSearchCommandPrints() throws Exception {
    for (String mode : List.of("lexical", "hybrid")) {
      JsonNode api = json("/api/search?q=" + q("الاتصالات") + "&facets=true&limit=20&mode=" + mode);
      ServedCorpus.Run cli = ServedCorpus.run("search", "--index", ServedCorpus.index().toString(), "--format",
          "json", "--facets", "--limit", "20", "--mode", mode, "الاتصالات");
      JsonNode expected = JSON.readTree(cli.out());
      assertEquals(expected.get("total"), api.get("total"), mode);
      assertEquals(ids(expected), ids(api), mode);
      assertEquals(expected.get("facets"), api.get("facets"), mode);
      assertEquals(expected.get("hits").get(0).get("snippet"), api.get("hits").get(0).get("snippet"), mode);
    }
  }

  @Test
  void facetsCutToTheirSizeCountAsTheSearchCommandCountsThem() throws Exception {
    // two values a dimension: the officials facet is cut, so people are counted from every spelling's count
    JsonNode api = json("/api/search?q=" + q("وزير OR وزیر") + "&facets=true&facet-size=2&limit=3&mode=lexical");
    ServedCorpus.Run cli = ServedCorpus.run("search", "--index", ServedCorpus.index().toString(), "--format",
        "json", "--facets", "--facet-size", "2", "--limit", "3", "--mode", "lexical", "وزير OR وزیر");
    JsonNode expected = JSON.readTree(cli.out());
    assertEquals(expected.get("facets"), api.get("facets"));
    assertEquals(2, api.get("facets").get("officials").size());
    assertEquals(2, api.get("facets").get("people").size());
    assertEquals(ids(expected), ids(api));
  }

  @Test
  void aGenreFilterKeepsTheDocumentsOfThatGenreAsOnTheCommandLine() throws Exception {
    // the served documents: two minutes (ar-min-002, fa-min-001, ar-min-008 makes three) and two statements
    JsonNode minutes = json("/api/search?genre=minutes&limit=20&facets=true");
    ServedCorpus.Run cli = ServedCorpus.run("search", "--index", ServedCorpus.index().toString(), "--format", "json",
        "--genre", "minutes", "--limit", "20");
    assertEquals(ids(JSON.readTree(cli.out())), ids(minutes));
    assertEquals(3, minutes.get("total").asInt());
    assertEquals(3, minutes.get("facets").get("genre").get("minutes").asInt());
    assertEquals(1, minutes.get("facets").get("genre").size());
    JsonNode either = json("/api/search?genre=minutes,statement&limit=20");
    assertEquals(5, either.get("total").asInt());
  }

  @Test
  void filtersRepeatOrTakeCommasAsOnTheCommandLine() throws Exception {
    JsonNode repeated = json("/api/search?lang=ar&country=IQ&country=IR&limit=20");
    JsonNode commas = json("/api/search?lang=ar&country=IQ,IR&limit=20");
    ServedCorpus.Run cli = ServedCorpus.run("search", "--index", ServedCorpus.index().toString(), "--format", "json",
        "--lang", "ar", "--country", "IQ,IR", "--limit", "20");
    assertEquals(ids(JSON.readTree(cli.out())), ids(repeated));
    assertEquals(ids(repeated), ids(commas));
    assertTrue(repeated.get("total").asInt() > 0);
  }

  @Test
  void pagesSplitTheHitsOfOneSearch() throws Exception {
    JsonNode all = json("/api/search?limit=11&sort=date");
    JsonNode second = json("/api/search?limit=5&offset=5&sort=date");
    assertEquals(11, all.get("total").asInt());
    assertEquals(ids(all).subList(5, 10), ids(second));
    assertEquals(5, second.get("offset").asInt());
  }

  @ParameterizedTest
  @CsvSource({"area, Energy", "country, ir", "unit, usd", "kind, promise", "lang, en", "mode, fuzzy",
      "sort, oldest", "from, 2025-13", "limit, -1", "facet-size, 0", "genre, memo"})
  void aBadValueIsA400WordedAsTheCommandLineWordsIt(String name, String value) throws Exception {
    HttpResponse<String> r = get("/api/search?" + name + "=" + q(value));
    ServedCorpus.Run cli = ServedCorpus.run("search", "--index", ServedCorpus.index().toString(), "--" + name, value);
    assertEquals(400, r.statusCode());
    assertEquals(2, cli.exit());
    String expected = cli.err().strip().replaceFirst("^analyzer: ", "").replaceFirst(" \\(see --help\\)$", "")
        .replaceFirst("^--", "");
    assertEquals(expected, JSON.readTree(r.body()).get("error").asText());
  }

  @Test
  void aQueryTheParserRejectsIsA400WithTheCommandLinesMessage() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + q("\"الغاز"));
    ServedCorpus.Run cli = ServedCorpus.run("search", "--index", ServedCorpus.index().toString(), "\"الغاز");
    assertEquals(400, r.statusCode());
    assertEquals(cli.err().strip().replaceFirst("^analyzer: ", ""), JSON.readTree(r.body()).get("error").asText());
  }

  @Test
  void pagesAreLimitedInSizeAndDepth() throws Exception {
    assertEquals("limit must be at most 100", error(get("/api/search?limit=101")));
    assertEquals("offset + limit must be at most 1000", error(get("/api/search?offset=995&limit=10")));
    assertEquals("limit must be 1 to 5000", error(get("/api/commitments?limit=5001")));
  }

  @Test
  void aDocumentComesWithItsExtractionsAtTheirOffsets() throws Exception {
    String id = json("/api/search?q=" + q("الأربعين") + "&lang=ar&mode=lexical").get("hits").get(0).get("id").asText();
    JsonNode d = json("/api/documents/" + id);
    String text = d.get("text").asText();
    assertTrue(d.get("figures").size() > 0 && d.get("officials").size() > 0, d.toString());
    for (JsonNode f : d.get("figures")) {
      assertEquals(f.get("text").asText(), text.substring(f.get("start").asInt(), f.get("end").asInt()));
    }
    for (JsonNode o : d.get("officials")) {
      assertTrue(o.get("mentions").size() > 0, o.toString());
      String first = text.substring(o.get("mentions").get(0).get("start").asInt(),
          o.get("mentions").get(0).get("end").asInt());
      assertTrue(o.get("name").asText().endsWith(first), first);
    }
    for (JsonNode c : d.get("commitments")) {
      assertEquals(c.get("text").asText(), text.substring(c.get("start").asInt(), c.get("end").asInt()));
    }
  }

  @Test
  void quotesComeWithTheirOffsets() throws Exception {
    JsonNode d = json("/api/documents/" + firstWithQuotes());
    JsonNode quote = d.get("quotes").get(0);
    String text = d.get("text").asText();
    assertEquals(quote.get("text").asText(), text.substring(quote.get("start").asInt(), quote.get("end").asInt()));
  }

  private static String firstWithQuotes() throws Exception {
    for (JsonNode hit : json("/api/search?limit=20").get("hits")) {
      if (json("/api/documents/" + hit.get("id").asText()).get("quotes").size() > 0) {
        return hit.get("id").asText();
      }
    }
    throw new AssertionError("no document of the served corpus has a quote");
  }

  @Test
  void markupInADocumentNeverLeavesTheServerAsMarkup() throws Exception {
    String id = json("/api/search?mode=lexical&q=" + q("مستمر")).get("hits").get(0).get("id").asText();
    HttpResponse<String> r = get("/api/documents/" + id);
    assertFalse(r.body().contains("<script"), r.body());
    assertTrue(r.body().contains("\\u003Cscript\\u003E"), r.body());
    assertEquals(ServedCorpus.HOSTILE, JSON.readTree(r.body()).get("text").asText());
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @Test
  void anUnknownDocumentIsA404AndAMalformedIdA400() throws Exception {
    HttpResponse<String> missing = get("/api/documents/" + "0".repeat(64));
    assertEquals(404, missing.statusCode());
    assertEquals("no document with id " + "0".repeat(64), error(missing));
    assertEquals("not a document id: '../../etc/passwd'", error(get("/api/documents/" + q("../../etc/passwd"))));
  }

  @Test
  void kwicFindsWhatTheKwicCommandFinds() throws Exception {
    JsonNode api = json("/api/kwic?q=" + q("الأربعين") + "&width=30");
    ServedCorpus.Run cli = ServedCorpus.run("kwic", "--index", ServedCorpus.index().toString(), "--format", "json",
        "--width", "30", "الأربعين");
    assertEquals(JSON.readTree(cli.out()).get("occurrences"), api.get("occurrences"));
    assertTrue(api.get("occurrences").size() > 1);
  }

  @Test
  void commitmentsListWhatTheCommitmentsCommandLists() throws Exception {
    JsonNode api = json("/api/commitments?kind=decision&limit=5000");
    ServedCorpus.Run cli = ServedCorpus.run("commitments", "--index", ServedCorpus.index().toString(), "--format",
        "json", "--kind", "decision");
    JsonNode expected = JSON.readTree(cli.out());
    assertEquals(expected.size(), api.get("total").asInt());
    assertTrue(expected.size() > 0);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).get("text"), api.get("commitments").get(i).get("text"));
      assertEquals(expected.get(i).get("holder"), api.get("commitments").get(i).get("holder"));
    }
    assertEquals("kind must be one of obligation, intent, proposal, agreement, decision: promise",
        error(get("/api/commitments?kind=promise")));
  }

  @Test
  void statsCountFiguresAndCommitmentsByYear() throws Exception {
    JsonNode s = json("/api/stats");
    assertEquals(11, s.get("documents").asInt());
    int decisions = 0;
    for (JsonNode year : s.get("commitments_by_year")) {
      decisions += year.path("decision").asInt();
    }
    assertEquals(json("/api/commitments?kind=decision").get("total").asInt(), decisions);
  }

  @Test
  void analysisIsOffUnlessAskedFor() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/api/analyze"))
        .POST(HttpRequest.BodyPublishers.ofString("نص")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(404, r.statusCode());
    assertEquals("analysis is off: start serve with --analyze", error(r));
  }

  @Test
  void anAnalysisRequestIsLimitedInSize() throws Exception {
    ServerConfig c = ServedCorpus.config();
    ServerConfig small = new ServerConfig(c.index(), c.bind(), 0, null, null, text -> "{\"chars\":" + text.length()
        + "}", new ServerConfig.Limits(1000, 16 * 1024, Duration.ofSeconds(10), 100, 1000, 5000));
    try (ApiServer s = ApiServer.start(small)) {
      HttpResponse<String> ok = post(s, "ن".repeat(400));
      assertEquals("{\"chars\":400}", ok.body());
      HttpResponse<String> big = post(s, "ن".repeat(600)); // 1200 bytes
      assertEquals(413, big.statusCode());
      assertEquals("the text is longer than 1000 bytes", error(big));
    }
  }

  private static HttpResponse<String> post(ApiServer s, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/analyze"))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRequestOverTheTimeLimitIsA503() throws Exception {
    ServerConfig c = ServedCorpus.config();
    ServerConfig hasty = new ServerConfig(c.index(), c.bind(), 0, null, null, null,
        new ServerConfig.Limits(1 << 20, 16 * 1024, Duration.ZERO, 100, 1000, 5000));
    try (ApiServer s = ApiServer.start(hasty)) {
      HttpResponse<String> r = get(s, "/api/search?q=" + q("الاتصالات OR همکاری") + "&facets=true");
      assertEquals(503, r.statusCode());
      assertEquals("the request took longer than 0.0 s; narrow it down", error(r));
    }
  }

  @Test
  void anOverlongRequestLineIsRefused() throws Exception {
    int status = get("/api/search?q=" + "a".repeat(20_000)).statusCode();
    assertTrue(status == 414 || status == 431, "status " + status);
  }

  @Test
  void tooManyClausesAreRefusedAsOnTheCommandLine() throws Exception {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 1100; i++) {
      many.add("w" + i);
    }
    String query = String.join(" OR ", many);
    HttpResponse<String> r = get("/api/search?mode=lexical&q=" + q(query));
    assertEquals(400, r.statusCode());
    assertTrue(error(r).endsWith(": more than 1024 terms"), error(r));
  }

  @Test
  void corsIsOffUnlessAnOriginIsGiven() throws Exception {
    HttpRequest ask = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/stats"))
        .header("Origin", "http://evil.example").build();
    assertTrue(HTTP.send(ask, HttpResponse.BodyHandlers.ofString()).headers()
        .firstValue("Access-Control-Allow-Origin").isEmpty());
    ServerConfig c = ServedCorpus.config();
    ServerConfig open = new ServerConfig(c.index(), c.bind(), 0, "http://localhost:3000", null, null, null);
    try (ApiServer s = ApiServer.start(open)) {
      HttpRequest allowed = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/stats"))
          .header("Origin", "http://localhost:3000").build();
      assertEquals("http://localhost:3000", HTTP.send(allowed, HttpResponse.BodyHandlers.ofString()).headers()
          .firstValue("Access-Control-Allow-Origin").orElse(null));
      HttpRequest other = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/stats"))
          .header("Origin", "http://evil.example").build();
      assertNull(HTTP.send(other, HttpResponse.BodyHandlers.ofString()).headers()
          .firstValue("Access-Control-Allow-Origin").orElse(null));
    }
  }

  @Test
  void theServerListensOnTheLoopbackAddressByDefault() {
    assertEquals("127.0.0.1", ServerConfig.local(ServedCorpus.index(), 0).bind());
    assertEquals("127.0.0.1", new ServerConfig(ServedCorpus.index(), null, 0, null, null, null, null).bind());
    assertEquals("127.0.0.1", server.bind());
  }

  @Test
  void theOpenApiDescriptionListsEveryRouteAndNoOther() throws Exception {
    JsonNode spec = json("/api/openapi.json");
    assertTrue(spec.get("openapi").asText().startsWith("3."));
    Set<String> described = new HashSet<>();
    spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey())));
    assertEquals(Set.copyOf(ApiServer.ROUTES), described);
    for (String route : ApiServer.ROUTES) {
      if (route.startsWith("GET ") && !route.contains("{")) {
        assertTrue(get(route.substring(4)).statusCode() != 404, route);
      }
    }
  }

  @Test
  void theSearchParametersDescribedAreTheOnesRead() throws Exception {
    JsonNode spec = json("/api/openapi.json");
    Set<String> described = new HashSet<>();
    spec.get("paths").get("/api/search").get("get").get("parameters")
        .forEach(p -> described.add(p.get("name").asText()));
    assertEquals(Set.of("q", "mode", "lang", "genre", "area", "official", "country", "min-value", "max-value", "unit",
        "kind", "from", "to", "sort", "facets", "facet-size", "limit", "offset"), described);
  }

  @Test
  void anUnknownApiRouteIsAJson404() throws Exception {
    HttpResponse<String> r = get("/api/nothing");
    assertEquals(404, r.statusCode());
    assertEquals("Endpoint GET /api/nothing not found", error(r));
  }

  @Test
  void thePageAndTheChartingLibraryAreServedFromTheJar() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("/webjars/echarts/5.3.1/dist/echarts.min.js"));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    assertEquals(200, get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode());
    assertEquals(200, get("/app.js").statusCode());
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static String error(HttpResponse<String> r) throws Exception {
    assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
    return JSON.readTree(r.body()).get("error").asText();
  }
}
