package org.qualityaward.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Camunda Form (form-js) rendered by Tasklist. Inputs are found by their label's leading words
 * (label → {@code for} → input), as a person reads the form, not by generated ids; labels may grow
 * (context, running totals) but keep their start.
 */
public final class CamundaForm {

  private static final Logger log = LoggerFactory.getLogger(CamundaForm.class);

  private final Browser browser;
  private final By container;

  /** The form rendered inside {@code container}, waited for. */
  CamundaForm(Browser browser, By container) {
    this.browser = browser;
    this.container = container;
    browser.visible(container);
  }

  /** The input a label starting with {@code labelStart} belongs to (text field, number, radio option, checkbox). */
  public WebElement input(String labelStart) {
    WebElement label = browser.visible(labelStarting(labelStart));
    return browser.driver().findElement(By.id(label.getAttribute("for")));
  }

  /** Replaces the field's text. */
  public CamundaForm type(String labelStart, String text) {
    untilTaken("「" + labelStart + "」 did not take " + text, () -> {
      WebElement input = input(labelStart);
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      input.sendKeys(text);
    }, () -> text.equals(input(labelStart).getDomProperty("value")));
    return this;
  }

  /** Ticks a checkbox or picks a radio option by clicking its label, as a person does (the input is styled away). */
  public CamundaForm tick(String labelStart) {
    if (!input(labelStart).isSelected()) {
      untilTaken("「" + labelStart + "」 could not be ticked", () -> browser.click(labelStarting(labelStart)),
          () -> input(labelStart).isSelected());
    }
    return this;
  }

  /**
   * Acts until the form shows it took, at most three times, else fails, as a person who sees the field still empty
   * types again: form-js re-renders after a field's change and can swallow the keystrokes or the click that went to
   * the next field meanwhile (a CI run once submitted the start form unticked). The retries logged in CI were all
   * of that kind, never a form's first input: the remark typed right after a score changed, the declaration ticked
   * right after a long text; the second try always took. A retry is logged, so a form that needs more shows.
   */
  private static void untilTaken(String failure, Runnable act, BooleanSupplier took) {
    for (int attempt = 1; attempt <= 3; attempt++) {
      act.run();
      if (took.getAsBoolean()) {
        return;
      }
      log.warn("form did not take the input, attempt {} of 3: {}", attempt, failure);
    }
    throw new IllegalStateException(failure);
  }

  /** Picks the radio option labelled exactly {@code option} in every group that has one (each point of a review). */
  public CamundaForm pickEvery(String option) {
    By labels = By.xpath("//label[normalize-space(.)='" + option + "' and @for]");
    int count = browser.driver().findElements(labels).size();
    for (int i = 0; i < count; i++) {
      WebElement label = browser.driver().findElements(labels).get(i);
      if (!browser.driver().findElement(By.id(label.getAttribute("for"))).isSelected()) {
        browser.click(label);
      }
    }
    return this;
  }

  /** Picks {@code option} in a form-js select (a drop-down list over a hidden input, not a native select). */
  public CamundaForm select(String labelStart, String option) {
    browser.click(input(labelStart).findElement(By.xpath("./ancestor::div[contains(@class,'fjs-input-group')][1]")));
    WebElement item = browser.visible(
        By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + option + "']"));
    // the list opens over the next fields, which win the browser's hit test; form-js picks on mousedown
    browser.script(
        "arguments[0].scrollIntoView({block: 'nearest'});"
            + "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}));", item);
    return this;
  }

  /** Types a date in the format the field's placeholder shows (it follows the browser's locale), then Enter. */
  public CamundaForm date(String labelStart, LocalDate date) {
    WebElement input = input(labelStart);
    String typed = input.getAttribute("placeholder").toLowerCase()
        .replace("yyyy", String.format("%04d", date.getYear()))
        .replace("mm", String.format("%02d", date.getMonthValue()))
        .replace("dd", String.format("%02d", date.getDayOfMonth()));
    input.sendKeys(typed, Keys.ENTER);
    return this;
  }

  /** The validation messages form-js shows under the field. */
  public List<String> errorsOf(String labelStart) {
    WebElement field = browser.visible(labelStarting(labelStart))
        .findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
    return field.findElements(By.cssSelector(".fjs-form-field-error")).stream().map(WebElement::getText)
        .filter(text -> !text.isBlank()).toList();
  }

  /** The form's visible text (read-only context fields' values are inputs and not in it). */
  public String text() {
    return browser.visible(container).getText();
  }

  /** The value shown in a (read-only) field. */
  public String value(String labelStart) {
    return input(labelStart).getAttribute("value");
  }

  private static By labelStarting(String labelStart) {
    return By.xpath("//label[starts-with(normalize-space(.),'" + labelStart + "') and @for]");
  }
}
