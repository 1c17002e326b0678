package org.qualityaward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.qualityaward.application.Application;
import org.qualityaward.publicity.objection.Objection;
import org.qualityaward.publicity.objection.ObjectionRepository;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.SampleCases;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey (d): a citizen files an objection on the public notice board ({@code /notices}) during the
 * accepted list's publicity (Art 17, 21: real name and contact, an attachment) and gets a receipt;
 * the quality office then finds the objection to investigate in its Tasklist filter, and who filed it
 * behind the task's link.
 */
class ObjectionBrowserTest extends BrowserJourney {

  @Autowired RuntimeService runtime;
  @Autowired ObjectionRepository objections;

  @Test
  void citizenFilesAnObjectionOnTheNoticeBoardAndTheOfficeSeesIt() throws IOException {
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度保定市政府质量奖").getId();
    user("browseroffice2", "王", "芳", "quality-office");
    Application application = driver.submit(SampleCases.organization(editionId, 5401));
    // the accepted list's publicity (Art 17): objections to it are the quality office's to handle
    driver.acceptUntilListPublicity(List.of(application));
    Long publicityId = (Long) runtime.getVariable(driver.publicityOf(driver.editionInstanceId()).getId(), "publicityId");
    // the board takes PDF, JPG, PNG and DOCX whose first bytes match (a .txt is refused)
    Path attachment = Files.writeString(Files.createTempFile("objection-evidence-", ".pdf"),
        "%PDF-1.4\n% 质量投诉记录复印件\n%%EOF\n", StandardCharsets.UTF_8);
    String grounds = "该企业2025年有产品质量投诉未如实申报，附投诉记录。";

    browser.open("/notices");
    browser.checkChinese("公示栏");
    browser.screenshot("notice-board");
    browser.click(By.cssSelector("a.publicity-link[href='/notices/publicities/" + publicityId + "']"));
    WebElement form = browser.visible(By.id("objection-form"));
    form.findElement(By.name("objectorName")).sendKeys("赵六");
    form.findElement(By.name("contact")).sendKeys("13803120000");
    new Select(form.findElement(By.name("applicationId"))).selectByValue(application.getId().toString());
    form.findElement(By.name("grounds")).sendKeys(grounds);
    form.findElement(By.name("attachment")).sendKeys(attachment.toAbsolutePath().toString());
    browser.checkChinese("异议表");
    browser.screenshot("objection-filled");
    form.findElement(By.cssSelector("button[type='submit']")).click();
    String receipt = browser.visible(By.id("receipt")).getText();
    browser.checkChinese("异议回执");
    browser.screenshot("receipt");
    Objection objection = objections.findByPublicityIdOrderByIdAsc(publicityId).stream()
        .filter(o -> o.getApplicationId().equals(application.getId())).findFirst().orElseThrow();
    assertThat(receipt).contains(objection.getReceiptNumber());
    assertThat(objection.getObjectorName()).isEqualTo("赵六");
    driver.runDueJobs();

    tasklist.login("browseroffice2", PASSWORD).filter("待我审核");
    browser.visible(tasklist.taskInList("调查核实异议"));
    browser.checkChinese("市质强办的 Tasklist");
    CamundaForm investigation = tasklist.openTask("调查核实异议");
    assertThat(investigation.value("异议受理编号")).isEqualTo(objection.getReceiptNumber());
    assertThat(investigation.value("异议理由")).isEqualTo(grounds);
    browser.checkChinese("调查核实异议表");
    browser.screenshot("office-sees-objection");

    // the task holds no name or contact: its link opens them, with the office's Tasklist login
    String objector = browser.driver().findElement(By.linkText("查看异议人信息")).getAttribute("href");
    assertThat(objector).endsWith("/api/objections/" + objection.getReceiptNumber() + "/objector");
    browser.driver().get(objector);
    assertThat(browser.driver().getPageSource()).contains("赵六", "13803120000");
  }
}
