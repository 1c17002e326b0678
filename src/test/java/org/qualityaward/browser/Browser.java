package org.qualityaward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One journey's headless Chromium: explicit waits only, a numbered screenshot per step under
 * {@code target/browser-screenshots/<journey>/}, and the Chinese check.
 */
public final class Browser {

  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  /**
   * What the webapps and form-js show where a translation is missing (whole words, case-sensitive,
   * so 「Tasklist」 in a product name does not count as 「Task」).
   */
  static final List<String> ENGLISH_UI = List.of("Start process", "Start", "Create task", "Keyboard Shortcuts",
      "Claim", "Complete", "Save", "Filters", "Add a filter", "Create a filter", "Log out", "Logout", "Log in",
      "Username", "Password", "Task", "Form", "Description", "Back", "Close", "Created", "Select", "Search",
      "Field must", "Field is required");
  private static final Pattern ENGLISH = Pattern.compile(ENGLISH_UI.stream().map(Pattern::quote)
      .map(word -> "(?<![A-Za-z])" + word + "(?![A-Za-z])").reduce((a, b) -> a + "|" + b).orElseThrow());

  private final ChromeDriver driver;
  private final Path folder;
  private final List<String> englishSeen = new ArrayList<>();
  private String baseUrl;
  private int step;

  Browser(ChromeDriver driver, String journey) {
    this.driver = driver;
    this.folder = SCREENSHOTS.resolve(journey);
    clearFolder();
  }

  /** The application under test, e.g. {@code http://localhost:54321}. */
  public Browser at(String baseUrl) {
    this.baseUrl = baseUrl;
    return this;
  }

  public WebDriver driver() {
    return driver;
  }

  public Object script(String javaScript, Object... arguments) {
    return driver.executeScript(javaScript, arguments);
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Generous: on a loaded 2-core CI machine the webapps' scripts alone take many seconds. */
  public WebDriverWait waiting() {
    return waiting(Duration.ofSeconds(90));
  }

  public WebDriverWait waiting(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  public WebElement visible(By locator) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Clicks once the element is clickable, scrolled to the middle first (Tasklist's footer covers the bottom edge). */
  public void click(By locator) {
    click(waiting().until(ExpectedConditions.elementToBeClickable(locator)));
  }

  public void click(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  public void gone(By locator) {
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(locator));
  }

  /** Saves {@code <nn>-<step>.png}: what a reviewer looks at to follow the journey. */
  public void screenshot(String stepName) {
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    write(String.format("%02d-%s.png", ++step, stepName), png);
  }

  /** On failure: the screenshot and the HTML of the page, so the failing step can be read. */
  void keepEvidence(String stepName) {
    try {
      screenshot(stepName);
      // the page, and what its fields hold (values are not in the HTML)
      Object values = script("return Array.from(document.querySelectorAll('input, textarea'))"
          + ".map(e => (e.id || e.name) + ' = ' + e.value).join('\\n');");
      write(String.format("%02d-%s.html", step, stepName),
          (driver.getPageSource() + "\n<!-- field values:\n" + values + "\n-->").getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      // a browser that died has nothing to show; the test's own failure is what matters
    }
  }

  /**
   * The Chinese check (Issue 5: a newcomer using a Chinese browser sees no English): notes the
   * English UI words visible on the page now; the test fails at its end if any were seen, after the
   * journey itself has run, so both its behaviour and every untranslated place get reported.
   */
  public void checkChinese(String where) {
    String text = driver.findElement(By.tagName("body")).getText();
    Matcher english = ENGLISH.matcher(text);
    List<String> found = new ArrayList<>();
    while (english.find()) {
      if (!found.contains(english.group())) {
        found.add(english.group());
      }
    }
    if (!found.isEmpty()) {
      englishSeen.add(where + " (" + String.format("%02d", step) + "): " + String.join(", ", found));
    }
  }

  void assertNoEnglishSeen() {
    assertThat(englishSeen).as("英文界面文字（应为中文）, see " + folder).isEmpty();
  }

  void quit() {
    driver.quit();
  }

  private void write(String name, byte[] content) {
    try {
      Files.createDirectories(folder);
      Files.write(folder.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void clearFolder() {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
