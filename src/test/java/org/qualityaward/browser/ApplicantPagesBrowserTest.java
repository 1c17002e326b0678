package org.qualityaward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.qualityaward.application.ApplicantCases;
import org.qualityaward.application.Application;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, journey (a): an applicant builds an application on the applicant pages across two visits,
 * uploads two files (one marked as a trade secret) and submits it; the case starts at once.
 */
class ApplicantPagesBrowserTest extends BrowserJourney {

  @Autowired ApplicantCases applicantCases;

  @Test
  void applicantBuildsAnApplicationAcrossTwoVisits() throws IOException {
    int year = EditionYears.next();
    String edition = year + "年度保定市政府质量奖";
    driver.openEdition(year, edition);
    user("pagesapplicant", "陈", "静", "applicant");
    String company = "保定某申报页面精工有限公司";
    Path files = Files.createTempDirectory("applicant-journey");
    Path appointment = Files.write(files.resolve("首席质量官任命文件.pdf"), SampleFiles.pdf());
    Path knowHow = Files.write(files.resolve("工艺诀窍.pdf"), SampleFiles.pdf());

    // first visit: the profile, the declarations, the self-assessment and one file
    browser.open("/applicant/");
    login();
    browser.checkChinese("我的申报");
    browser.screenshot("my-applications-empty");
    browser.click(By.linkText(edition + "：开始填写"));

    browser.click(By.cssSelector("input[name=kind][value=ORGANIZATION]"));
    new Select(browser.visible(By.id("recommenderCode"))).selectByVisibleText("保定市质量协会");
    browser.checkChinese("第1步 申报类别");
    browser.screenshot("step-1-kind");
    next();

    type("orgName", company);
    type("creditCode", SampleApplications.creditCode("130602", 5501));
    browser.script("arguments[0].value = arguments[1];", browser.visible(By.id("registeredOn")),
        LocalDate.of(2010, 3, 1).toString());
    type("registrationAuthority", "保定市竞秀区市场监督管理局");
    type("registeredAddress", "河北省保定市竞秀区朝阳北大街 1 号");
    type("industry", "C34");
    browser.click(By.cssSelector("input[name=chiefQualityOfficer][value=true]"));
    type("topManagerName", "王强");
    browser.checkChinese("第2步 基本信息");
    browser.screenshot("step-2-profile");
    next();

    for (WebElement box : browser.driver().findElements(By.cssSelector("input[type=checkbox]"))) {
      browser.click(box);
    }
    // each condition people judge (Art 16, 17) with its statement
    for (WebElement statement : browser.driver().findElements(By.cssSelector("textarea[name^=statement]"))) {
      statement.sendKeys("符合本项条件，证实性材料见首席质量官任命文件。");
    }
    browser.checkChinese("第3步 条件声明");
    browser.screenshot("step-3-conditions-with-article-11");
    next();

    List<WebElement> sections = browser.driver().findElements(By.tagName("textarea"));
    assertThat(sections).as("the seven GB/T 19580 categories").hasSize(7);
    for (WebElement section : sections) {
      section.sendKeys("推行卓越绩效模式十年，本类目的做法和成效如下……");
    }
    browser.checkChinese("第4步 自我评价");
    browser.screenshot("step-4-self-assessment");
    next();

    // a file over the 20 MB limit is said next to the file at once, and nothing is sent
    Path tooLarge = files.resolve("全部证书扫描件.pdf");
    try (var out = Files.newOutputStream(tooLarge)) {
      out.write(SampleFiles.pdf());
      out.write(new byte[21 * 1024 * 1024]);
    }
    browser.visible(By.id("file")).sendKeys(tooLarge.toString());
    assertThat(browser.visible(By.id("file-size-error")).getText()).contains("文件超过 20MB");
    browser.screenshot("step-5-file-too-large");

    upload(appointment, false);
    browser.visible(By.id("file-added"));
    browser.checkChinese("第5步 证实性材料");
    browser.screenshot("step-5-first-upload");
    browser.click(By.cssSelector("header.site button"));
    browser.visible(By.id("logged-out"));

    // second visit: the draft is there; the second file, then submit
    browser.open("/applicant/");
    login();
    browser.screenshot("my-applications-draft");
    browser.click(By.linkText(edition + "：继续填写"));
    browser.click(By.linkText("5. 证实性材料"));
    assertThat(browser.visible(By.id("files")).getText()).contains("首席质量官任命文件.pdf");
    upload(knowHow, true);
    browser.visible(By.id("file-added"));
    browser.screenshot("step-5-second-upload");
    browser.click(By.linkText("6. 核对并提交"));
    browser.visible(By.id("complete"));
    browser.checkChinese("第6步 核对并提交");
    browser.screenshot("step-6-nothing-missing");
    browser.click(By.id("submit"));

    browser.visible(By.id("submitted"));
    assertThat(browser.visible(By.id("stage")).getText()).isEqualTo("推荐单位审核");
    assertThat(browser.visible(By.id("findings")).getText()).contains("第十一条第（二）项", "符合");
    assertThat(browser.visible(By.id("evidence-files")).getText()).contains("工艺诀窍.pdf", "已上传");
    browser.checkChinese("申报页面");
    browser.screenshot("application-submitted");
    browser.click(By.linkText("← 返回我的申报"));
    assertThat(browser.visible(By.id("applications")).getText()).contains("推荐单位审核申报材料");
    browser.screenshot("my-applications-next-step");

    Application application = applicantCases.submittedBy("pagesapplicant").get(0);
    assertThat(application.getApplicantName()).isEqualTo(company);
    assertThat(applicantCases.evidence(application))
        .extracting(ApplicantCases.EvidenceFile::fileName, ApplicantCases.EvidenceFile::tradeSecret,
            ApplicantCases.EvidenceFile::uploaded)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("首席质量官任命文件.pdf", false, true),
            org.assertj.core.groups.Tuple.tuple("工艺诀窍.pdf", true, true));
  }

  private void login() {
    browser.visible(By.id("username")).sendKeys("pagesapplicant");
    browser.visible(By.id("password")).sendKeys(PASSWORD);
    browser.checkChinese("登录");
    browser.click(By.id("login"));
    browser.waiting().until(ExpectedConditions.urlContains("/applicant/"));
    browser.visible(By.tagName("h1"));
  }

  private void type(String id, String text) {
    WebElement field = browser.visible(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private void next() {
    String before = browser.driver().getCurrentUrl();
    browser.click(By.cssSelector("#step-form button[value=next]"));
    browser.waiting().until(d -> !d.getCurrentUrl().equals(before));
  }

  private void upload(Path file, boolean tradeSecret) {
    browser.visible(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.click(By.id(tradeSecret ? "tradeSecret-yes" : "tradeSecret-no"));
    browser.click(By.id("upload"));
  }
}
