package org.qualityaward.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.edition.AwardEditionModel.PROPOSE_ONSITE_LIST;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.edition.Edition;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey: an applicant whose case ended after document review (not listed for the on-site review,
 * Art 18) opens it on the applicant pages and downloads the feedback report; the PDF names the
 * categories the panel judged.
 */
class FeedbackReportBrowserTest extends BrowserJourney {

  @Autowired ExpertPool expertPool;
  @Autowired IdentityService identities;

  @Test
  void applicantDownloadsTheFeedbackReport() throws IOException {
    SampleExperts.ensurePool(expertPool, identities, 4);
    // the edition driver submits as the user "applicant"
    user("applicant", "周", "敏", "applicant");
    Edition edition = driver.openEdition(EditionYears.next(), "反馈报告旅程届");
    Application onsite = driver.submit(SampleCases.organization(edition.getId(), 7801));
    Application notListed = driver.submit(SampleCases.organization(edition.getId(), 7802));
    driver.acceptAll(List.of(onsite, notListed));
    driver.completePanel(onsite, new BigDecimal("900"));
    driver.completePanel(notListed, new BigDecimal("300"));
    driver.completeEditionTask(PROPOSE_ONSITE_LIST, Map.of("onsiteExcluded", notListed.getApplicationNumber()
        + " 资料评审 300 分，不列入", "comment", "资料评审 300 分者不列入"));
    driver.passPublicity(driver.editionInstanceId());
    assertThat(driver.refresh(notListed).getOutcome()).isEqualTo(ApplicationOutcome.NOT_AWARDED);

    browser.open("/applicant/");
    browser.visible(By.id("username")).sendKeys("applicant");
    browser.visible(By.id("password")).sendKeys(PASSWORD);
    browser.click(By.id("login"));
    browser.waiting().until(ExpectedConditions.urlContains("/applicant/"));
    browser.click(By.linkText(notListed.getApplicationNumber()));
    String link = browser.visible(By.id("feedback-report")).getAttribute("href");
    browser.checkChinese("已结束的申报");
    browser.screenshot("feedback-report-offered");

    // the browser downloads it with the applicant's own session
    String base64 = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
            + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })"
            + ".catch(e => done('refused ' + e));", link);
    assertThat(base64).doesNotStartWith("refused");
    try (PDDocument report = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
      String text = new PDFTextStripper().getText(report).replaceAll("\\s+", "");
      assertThat(text).contains("反馈报告", notListed.getApplicationNumber(), "领导", "战略", "顾客与市场", "资源",
          "过程管理", "测量、分析与改进", "结果");
    }
  }
}
