package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium (Debian {@code chromium} and {@code chromium-driver}) over the
 * demo corpus: what a user does, with a screenshot of every page under {@code target/screenshots}.
 */
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static ChromeDriver browser;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)");
    base = DemoCorpus.base();
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--user-data-dir=" + Files.createTempDirectory("dossier-chromium"), "--window-size=1280,1000", "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static void width(int w) {
    browser.manage().window().setSize(new Dimension(w, w < 600 ? 844 : 1000));
  }

  private static void shot(String name) throws IOException {
    File png = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** What the browser's console said since the last call: CSP violations and failed loads are errors. */
  private static List<String> consoleErrors() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  private static boolean pwned() {
    return Boolean.TRUE.equals(js("return typeof window.dossierPwned !== 'undefined';"));
  }

  @Test
  void a_search_for_imran_khan_leads_to_his_march_2025_meeting_and_its_anonymous_source() throws IOException {
    width(1280);
    browser.get(base + "/");
    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys("Imran Khan", Keys.ENTER);
    WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Imran Khan")));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
    shot("search-1280");
    link.click();
    waiting().until(ExpectedConditions.textToBe(By.id("entity-name"), "Imran Khan"));
    List<WebElement> march = browser.findElements(By.cssSelector(".tl-item")).stream()
        .filter(e -> e.findElement(By.cssSelector(".tl-day")).getText().startsWith("2025-03"))
        .filter(e -> e.getText().contains("anonymous source"))
        .toList();
    assertThat(march).isNotEmpty();
    assertThat(march.get(0).getText()).contains("met").containsIgnoringCase("sources");
    shot("entity-1280");
  }

  @Test
  void a_node_of_the_graph_opens_its_entity_page() throws IOException {
    width(1280);
    browser.get(base + "/graph");
    waiting().until(ExpectedConditions.attributeToBe(By.id("graph"), "data-ready", "true"));
    shot("graph-1280");
    @SuppressWarnings("unchecked")
    List<Object> node = (List<Object>) js("var n = window.dossierGraph.nodes().max(function (n) { return n.width(); }).ele;"
        + " var p = n.renderedPosition(); return [n.id(), p.x, p.y];");
    WebElement box = browser.findElement(By.id("graph"));
    int x = (int) Math.round(((Number) node.get(1)).doubleValue() - box.getSize().getWidth() / 2.0);
    int y = (int) Math.round(((Number) node.get(2)).doubleValue() - box.getSize().getHeight() / 2.0);
    new Actions(browser).moveToElement(box, x, y).click().perform();
    waiting().until(ExpectedConditions.urlContains("/entity/" + node.get(0)));
    assertThat(browser.findElement(By.id("entity-name")).getText()).isNotBlank();
  }

  @Test
  void markup_in_an_article_is_shown_as_text_and_runs_nothing() throws IOException {
    width(1280);
    browser.get(base + "/article/" + DemoCorpus.HOSTILE_ID);
    WebElement body = browser.findElement(By.id("article-body"));
    assertThat(body.getText()).contains("<script>window.dossierPwned = 'script'</script>")
        .contains("<img src=x onerror=").contains("<a href=\"javascript:");
    assertThat(body.findElements(By.cssSelector("script, img, a[href^='javascript']"))).isEmpty();
    assertThat(browser.findElement(By.id("article-title")).getText()).contains("<script>");
    assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    shot("hostile-article-1280");
    assertThat(pwned()).isFalse();
    for (String page : List.of("/?q=hostile", "/?q=council&outlet=Test+Wire+%3Cb%3Ebold%3C%2Fb%3E", "/outlets", "/stories")) {
      browser.get(base + page);
      assertThat(browser.findElements(By.cssSelector("main b, main script, main img"))).as(page).isEmpty();
      assertThat(pwned()).as(page).isFalse();
    }
  }

  @Test
  void every_page_works_at_1280_and_390_pixels_with_no_console_error_and_a_skip_link_first() throws Exception {
    String imran = WebApiTest.json("/api/v1/entities?name=Imran%20Khan").get("hits").get(0).get("corpusId").asText();
    String story = "";
    int most = 0;
    for (JsonNode st : WebApiTest.json("/api/v1/stories?limit=500").get("stories")) {
      if (st.get("reports").size() + st.get("conflicts").size() > most) {
        most = st.get("reports").size() + st.get("conflicts").size();
        story = st.get("id").asText();
      }
    }
    String place = "";
    for (JsonNode n : WebApiTest.json("/api/v1/graph?types=LOCATION&nodes=50&edges=0").get("nodes")) {
      if (!WebApiTest.json("/api/v1/entities/" + n.get("id").asText()).get("coordinates").isNull()) {
        place = n.get("id").asText();
        break;
      }
    }
    List<String[]> pages = new ArrayList<>(List.of(
        new String[] {"search", "/?q=Imran+Khan"},
        new String[] {"entity", "/entity/" + imran},
        new String[] {"article", "/article/000_b31e20a97c66a9a4.txt"},
        new String[] {"story", "/story/" + story},
        new String[] {"stories", "/stories"},
        new String[] {"graph", "/graph"},
        new String[] {"outlets", "/outlets"},
        new String[] {"outlet", "/outlet/Wikinews"},
        new String[] {"error", "/entity/Cnothing"}));
    if (!place.isEmpty()) {
      pages.add(new String[] {"place", "/entity/" + place});
    }
    consoleErrors();
    for (int w : List.of(1280, 390)) {
      width(w);
      for (String[] p : pages) {
        browser.get(base + p[1]);
        if (p[0].equals("graph")) {
          waiting().until(ExpectedConditions.attributeToBe(By.id("graph"), "data-ready", "true"));
        }
        if (p[0].equals("outlet")) {
          waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#outlet-chart svg")));
        }
        shot(p[0] + "-" + w);
        List<String> errors = consoleErrors().stream()
            .filter(m -> !(p[0].equals("error") && m.contains("404")))
            .toList();
        assertThat(errors).as(p[0] + " at " + w).isEmpty();
        Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as(p[0] + " scrolls sideways at " + w).isLessThanOrEqualTo(0);
      }
    }
    width(1280);
    browser.get(base + "/stories");
    new Actions(browser).sendKeys(Keys.TAB).perform();
    assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to the content");
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    new Actions(browser).sendKeys(Keys.TAB).perform();
    assertThat(browser.switchTo().activeElement().getAttribute("href")).contains("/story/");
  }
}
