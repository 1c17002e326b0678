package org.qualityaward.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a test a {@link Browser}: Debian's headless Chromium driven by Debian's chromedriver, both
 * by explicit path so that Selenium Manager never downloads anything. Without them the browser
 * tests are skipped (not failed): CI installs them with apt where it can ({@code .ci/run}).
 * A failing step leaves a screenshot and the page's HTML; English found by
 * {@link Browser#checkChinese} fails the test at its end, after the journey itself has run.
 */
class Chromium implements ExecutionCondition, ParameterResolver, TestExecutionExceptionHandler, AfterEachCallback {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final String SKIPPED = "浏览器测试已跳过：未安装 chromium / chromium-driver"
      + " (apt-get install chromium chromium-driver fonts-noto-cjk)";

  private static final Logger log = LoggerFactory.getLogger(Chromium.class);
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
      return ConditionEvaluationResult.enabled("chromium and chromedriver found");
    }
    log.warn(SKIPPED);
    return ConditionEvaluationResult.disabled(SKIPPED);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(Browser.class,
        key -> new Browser(start(), journeyOf(context.getRequiredTestClass())), Browser.class);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    if (browser != null) {
      browser.keepEvidence("failure");
    }
    throw failure;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
    if (browser == null) {
      return;
    }
    try {
      if (context.getExecutionException().isEmpty()) {
        browser.assertNoEnglishSeen();
      }
    } finally {
      browser.quit();
    }
  }

  private static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    // as root in a container: no sandbox, no GPU, no shared-memory limits, nothing fetched from the network
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--lang=zh-CN");
    // a Chinese browser: Accept-Language and navigator.languages, which the webapps pick their locale from
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .withSilent(true)
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1366, 900));
    return driver;
  }

  /** ApplicantBrowserTest → applicant, RecommenderOfficeBrowserTest → recommender-office. */
  static String journeyOf(Class<?> testClass) {
    String name = testClass.getSimpleName().replaceFirst("BrowserTest$", "");
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }
}
