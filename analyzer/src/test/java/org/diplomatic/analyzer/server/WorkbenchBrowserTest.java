package org.diplomatic.analyzer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench page in headless Chromium (Debian's chromium and chromium-driver, given by path so that Selenium
 * Manager never downloads anything): search, a facet click, a document, KWIC, the commitments CSV and the charts;
 * saves a screenshot of each view in target/screenshots. Skipped, in one line, where Chromium is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static ApiServer server;
  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static Path profile;

  @BeforeAll
  static void start() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      System.out.println("WorkbenchBrowserTest skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
          + " (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(installed);
    server = ApiServer.start(ServedCorpus.config());
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
    browser.get("http://127.0.0.1:" + server.port() + "/");
    wait.until(d -> !d.findElements(By.cssSelector("#results li.hit")).isEmpty());
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  @Order(1)
  void aSearchListsHitsWithTheirMatchesMarked() throws Exception {
    search("الأربعين");
    List<WebElement> marks = browser.findElements(By.cssSelector("#results li.hit .snippet mark"));
    assertFalse(marks.isEmpty());
    // Light stemming matches الأربعين and أربعة alike (أربع).
    assertTrue(marks.stream().anyMatch(m -> m.getText().equals("الأربعين")), marks.get(0).getText());
    assertEquals("rtl", browser.findElement(By.cssSelector("#results .snippet")).getAttribute("dir"));
    screenshot("search");
  }

  @Test
  @Order(2)
  void clickingAFacetNarrowsTheSearchToIt() {
    search("");
    WebElement facet = browser.findElement(By.cssSelector("#facets button.facet[data-dim='lang'][data-value='fa']"));
    String count = facet.findElement(By.cssSelector(".count")).getText();
    facet.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("active-filters"), "lang: fa"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), count + " document(s)"));
    for (WebElement head : browser.findElements(By.cssSelector("#results .hit-head"))) {
      assertTrue(head.getText().contains("fa"), head.getText());
    }
    browser.findElement(By.cssSelector("#active-filters .chip")).click();
    wait.until(d -> d.findElements(By.cssSelector("#active-filters .chip")).isEmpty());
  }

  @Test
  @Order(3)
  void clickingAGenreKeepsTheDocumentsOfThatGenre() {
    search("");
    WebElement facet = browser.findElement(By.cssSelector("#facets button.facet[data-dim='genre'][data-value='minutes']"));
    String count = facet.findElement(By.cssSelector(".count")).getText();
    facet.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("active-filters"), "genre: minutes"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), count + " document(s)"));
    assertEquals("3", count);
    browser.findElement(By.cssSelector("#active-filters .chip")).click();
    wait.until(d -> d.findElements(By.cssSelector("#active-filters .chip")).isEmpty());
  }

  @Test
  @Order(4)
  void aDocumentShowsItsExtractionsInPlaceAndBesideIt() throws Exception {
    search("الأربعين");
    browser.findElement(By.cssSelector("#results a.open-document")).click();
    wait.until(d -> !d.findElements(By.cssSelector("#doc-text span.m-figure")).isEmpty());
    assertEquals("rtl", browser.findElement(By.id("doc-text")).getAttribute("dir"));
    List<WebElement> listed = browser.findElements(By.cssSelector("#list-figures li"));
    assertFalse(listed.isEmpty());
    String firstFigure = browser.findElement(By.cssSelector("#doc-text span.m-figure")).getText();
    assertTrue(listed.get(0).getText().startsWith(firstFigure), listed.get(0).getText() + " / " + firstFigure);
    assertFalse(browser.findElements(By.cssSelector("#doc-text span.m-official")).isEmpty());
    assertFalse(browser.findElements(By.cssSelector("#list-officials li")).isEmpty());
    screenshot("document");
    browser.findElement(By.id("back")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-search")));
  }

  @Test
  @Order(5)
  void markupInADocumentIsShownAsText() {
    // by terms alone: the one document holding the word comes first (by meaning, a longer one may rank above it)
    new Select(browser.findElement(By.id("mode"))).selectByValue("lexical");
    search("مستمر");
    new Select(browser.findElement(By.id("mode"))).selectByValue("hybrid");
    String title = browser.getTitle();
    browser.findElement(By.cssSelector("#results a.open-document")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-text"), "<script>"));
    assertEquals(ServedCorpus.HOSTILE, browser.findElement(By.id("doc-text")).getText());
    assertTrue(browser.findElements(By.cssSelector("#doc-text script, #doc-text b")).isEmpty());
    assertEquals(title, browser.getTitle());
    browser.findElement(By.id("back")).click();
  }

  @Test
  @Order(6)
  void kwicAlignsEachOccurrenceOnItsMatch() throws Exception {
    view("kwic");
    WebElement box = browser.findElement(By.id("kwic-q"));
    box.clear();
    box.sendKeys("الأربعين");
    browser.findElement(By.id("kwic-button")).click();
    wait.until(d -> !d.findElements(By.cssSelector("#kwic tr.kwic-line")).isEmpty());
    List<WebElement> matches = browser.findElements(By.cssSelector("#kwic td.match"));
    assertTrue(matches.size() > 1);
    assertTrue(matches.stream().anyMatch(m -> m.getText().equals("الأربعين")));
    matches.forEach(m -> assertTrue(m.getText().contains("ربع"), m.getText())); // folded: أربعين, اربعین
    screenshot("kwic");
  }

  @Test
  @Order(7)
  void aKwicLineOpensItsDocument() {
    WebElement source = browser.findElement(By.cssSelector("#kwic tr.kwic-line a.open-document"));
    String match = browser.findElement(By.cssSelector("#kwic tr.kwic-line td.match")).getText();
    source.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-document")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-text"), match));
    browser.findElement(By.id("back")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-kwic")));
  }

  @Test
  @Order(8)
  void theCommitmentsTableSortsAndExportsItsRowsAsCsv() throws Exception {
    view("commitments");
    wait.until(d -> !d.findElements(By.cssSelector("#commitments tr.commitment")).isEmpty());
    browser.findElement(By.cssSelector("#commitments th[data-key='kind']")).click();
    List<WebElement> kinds = browser.findElements(By.cssSelector("#commitments tr.commitment td:nth-child(3)"));
    for (int i = 1; i < kinds.size(); i++) {
      assertTrue(kinds.get(i - 1).getText().compareTo(kinds.get(i).getText()) <= 0);
    }
    String href = browser.findElement(By.id("c-export")).getAttribute("href");
    String csv = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFsource,date,kind,holder,owner,deadline,deadline_iso,areas,text\r\n"), csv);
    assertEquals(kinds.size() + 1, csv.split("\r\n").length);
    assertTrue(csv.split("\r\n")[1].contains("," + kinds.get(0).getText() + ","), csv.split("\r\n")[1]);
    screenshot("commitments");
  }

  @Test
  @Order(9)
  void theChartsAreDrawnWithTheBundledLibrary() throws Exception {
    view("charts");
    for (String chart : List.of("chart-figures", "chart-commitments", "chart-areas")) {
      wait.until(d -> !d.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty());
    }
    Thread.sleep(1500); // ECharts animates the bars in
    screenshot("charts");
  }

  private static void search(String query) {
    view("search");
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(query);
    browser.executeScript("document.getElementById('results').dataset.run = 'old';");
    browser.findElement(By.id("search-button")).click();
    wait.until(d -> !"old".equals(d.findElement(By.id("results")).getAttribute("data-run")));
  }

  private static void view(String name) {
    browser.findElement(By.cssSelector("nav button[data-view='" + name + "']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-" + name)));
  }

  private static void screenshot(String name) throws Exception {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
