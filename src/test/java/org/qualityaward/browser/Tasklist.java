package org.qualityaward.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist as a user sees it. Elements are found by the webapp's structure (Angular
 * attributes, classes) and by our own Chinese names (filters, tasks, processes), never by the
 * webapp's English wording, so the same steps work before and after the translation.
 */
public final class Tasklist {

  public static final String PATH = "/camunda/app/tasklist/";

  private static final By LOGIN_FORM = By.cssSelector("form[name='signinForm']");
  private static final By FILTERS = By.cssSelector(".task-filters");
  private static final By START_PROCESS = By.xpath("//a[@ng-click='open()'][span[contains(@class,'glyphicon-list-alt')]]");
  private static final By START_BUTTON = By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']");
  private static final By CLAIM = By.cssSelector("button.claim");
  private static final By COMPLETE = By.cssSelector(".form-actions button[ng-click='complete()']");
  private static final By TASK_FORM = By.cssSelector(".task-details .fjs-container");

  private final Browser browser;

  public Tasklist(Browser browser) {
    this.browser = browser;
  }

  /**
   * Logs in through the login form (any earlier session is dropped first). On a machine under heavy
   * load the webapp's first start now and then stalls on its splash screen: it is loaded again.
   */
  public Tasklist login(String userId, String password) {
    browser.driver().manage().deleteAllCookies();
    WebElement form = null;
    for (int attempt = 1; form == null; attempt++) {
      browser.open(PATH);
      try {
        form = browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
      } catch (TimeoutException stalled) {
        if (attempt == 3) {
          throw stalled;
        }
      }
    }
    form.findElement(By.cssSelector("input[ng-model='username']")).sendKeys(userId);
    form.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    browser.checkChinese("Tasklist 登录页");
    browser.screenshot("login-" + userId);
    form.findElement(By.cssSelector("button[type='submit']")).click();
    browser.visible(FILTERS);
    return this;
  }

  /** Opens 「Start process」 and picks the process by its (Chinese) name; returns its start form. */
  public CamundaForm startProcess(String processName) {
    browser.click(START_PROCESS);
    browser.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='" + processName + "']"));
    return new CamundaForm(browser, By.cssSelector(".modal-body .fjs-container"));
  }

  /** Presses the start button of the start-process dialog and waits for the notice that the case started (shown 3 s). */
  public void submitStartForm() {
    browser.click(START_BUTTON);
    browser.visible(By.cssSelector(".page-notifications .alert-info"));
    browser.gone(By.cssSelector(".modal-dialog"));
  }

  /** Selects a filter by its name (the filters are ours: Chinese). */
  public Tasklist filter(String filterName) {
    browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(.),'"
        + filterName + "')]"));
    browser.visible(By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]//a[contains(normalize-space(.),'"
        + filterName + "')]"));
    return this;
  }

  /** A task in the list whose name starts with {@code taskName} (names go on with the applicant, e.g. 回避声明：…). */
  public By taskInList(String taskName) {
    return By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[starts-with(normalize-space(),'"
        + taskName + "')]");
  }

  /** Opens the first task of that name in the current filter; returns its form. */
  public CamundaForm openTask(String taskName) {
    browser.click(taskInList(taskName));
    browser.visible(By.xpath("//h2[contains(@class,'task') and starts-with(normalize-space(),'" + taskName + "')]"));
    return new CamundaForm(browser, TASK_FORM);
  }

  /** Claims the open task (a candidate-group task); the form is rendered anew for its assignee. */
  public CamundaForm claim() {
    browser.click(CLAIM);
    browser.gone(CLAIM);
    return new CamundaForm(browser, TASK_FORM);
  }

  /** Presses the complete button of the open task's form. */
  public void complete() {
    browser.click(COMPLETE);
  }

  /** The error Tasklist shows when the server refuses the completion (its notification's text). */
  public String refusal() {
    return browser.visible(By.cssSelector(".page-notifications .alert-danger")).getText();
  }

  /** Closes the notifications, as a person closes them: a refusal's notice covers the complete button. */
  public void closeNotifications() {
    browser.driver().findElements(By.cssSelector(".page-notifications .close")).forEach(close -> {
      if (close.isDisplayed()) {
        close.click();
      }
    });
    browser.gone(By.cssSelector(".page-notifications .alert"));
  }

  /** Tasklist disables the complete button while form-js finds the form invalid. */
  public boolean canComplete() {
    return browser.visible(COMPLETE).isEnabled();
  }

  /** Waits until the open task has left the list (completed). */
  public void waitUntilGone(String taskName) {
    browser.waiting().until(ExpectedConditions.numberOfElementsToBe(taskInList(taskName), 0));
  }
}
