package org.qualityaward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.qualityaward.identity.Role;
import org.qualityaward.testing.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every inbox user meets first: their name as written (张明, not 「明 张」) and, in a role's
 * filter, the most urgent task on top without touching the sort.
 */
class InboxBrowserTest extends BrowserJourney {

  @Autowired TaskService tasks;

  private final List<String> created = new ArrayList<>();

  @AfterEach
  void removeTasks() {
    created.forEach(id -> tasks.deleteTask(id, true));
  }

  @Test
  void officeSeesItsNameAsWrittenAndTheEarliestDeadlineFirst() {
    user("browserzhangming", "张", "明", Role.QUALITY_OFFICE.groupId());
    LocalDate today = LocalDate.now(EngineClock.ZONE);
    officeTask("收件排序：较晚到期", today.plusDays(20));
    officeTask("收件排序：最早到期", today.plusDays(3));
    officeTask("收件排序：居中到期", today.plusDays(9));

    tasklist.login("browserzhangming", PASSWORD).filter("待我审核");
    browser.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains("张明"));
    assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("明 张");

    browser.waiting().until(d -> d.getCurrentUrl().contains("sorting"));
    assertThat(java.net.URLDecoder.decode(browser.driver().getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"sortBy\":\"dueDate\"", "\"sortOrder\":\"asc\"");
    browser.waiting().until(d -> ours().size() == 3);
    assertThat(ours().stream().map(WebElement::getText).toList())
        .containsExactly("收件排序：最早到期", "收件排序：居中到期", "收件排序：较晚到期");
    browser.checkChinese("按截止日期排序的待我审核");
    browser.screenshot("inbox-deadline-first");
  }

  private List<WebElement> ours() {
    return browser.driver().findElements(
        By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[starts-with(normalize-space(),'收件排序')]"));
  }

  private void officeTask(String name, LocalDate lastDay) {
    Task task = tasks.newTask();
    task.setName(name);
    task.setDueDate(Date.from(lastDay.atTime(23, 59, 59).atZone(EngineClock.ZONE).toInstant()));
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), Role.QUALITY_OFFICE.groupId());
    created.add(task.getId());
  }
}
