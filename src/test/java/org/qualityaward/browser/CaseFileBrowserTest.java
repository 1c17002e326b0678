package org.qualityaward.browser;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.evaluation.PanelMemberReviewModel.DECLARE_CONFLICT;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.qualityaward.application.Application;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey (issue 12): a drawn expert follows the case file link of the conflict declaration form, reads the
 * case file and a PDF in it; the trade-secret file is refused until they sign the confidentiality undertaking
 * (保密承诺, Art 29) in the declaration, and opens after. The office then reads those openings in the log.
 */
class CaseFileBrowserTest extends BrowserJourney {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ExpertPool pool;

  @Test
  void drawnExpertReadsTheCaseFileAndATradeSecretAfterTheUndertaking() {
    user("cfbrowseroffice", "张", "明", "quality-office");
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度保定市政府质量奖").getId();
    SampleExperts.ensurePool(pool, identityService, 3);
    Application application = driver.submit(SampleCases.organization(editionId, 5401));
    String number = application.getApplicationNumber();
    long manual = upload(application, "质量手册.pdf", false, "Quality manual - Baoding Precision Machinery");
    long secret = upload(application, "工艺配方.pdf", true, "Process recipe - trade secret");
    driver.acceptAll(List.of(application));
    ProcessInstance member = runtime.createProcessInstanceQuery()
        .superProcessInstanceId(driver.panelOf(application).getId()).processDefinitionKey("panel-member-review")
        .list().get(0);
    Task declaration = tasks.createTaskQuery().processInstanceId(member.getId()).taskDefinitionKey(DECLARE_CONFLICT)
        .singleResult();
    String expert = declaration.getAssignee();
    // the journeys share one database: the expert may have other cases' declarations open
    String declarationName = "回避声明：" + application.getApplicantName();

    // the declaration form links the case file instead of listing bare file names
    tasklist.login(expert, SampleExperts.PASSWORD).filter("我的评审任务");
    CamundaForm form = tasklist.openTask(declarationName);
    WebElement link = browser.visible(By.partialLinkText("打开案卷 " + number));
    assertThat(link.getAttribute("href")).endsWith("/cases/" + number);
    assertThat(form.text()).contains("保密承诺");
    browser.screenshot("declaration-links-the-case-file");

    // the case file, with the Tasklist login (no second login)
    browser.open("/cases/" + number);
    browser.visible(By.id("evidence"));
    String page = browser.driver().findElement(By.tagName("body")).getText();
    assertThat(page).contains("案卷 " + number, "质量手册.pdf", "工艺配方.pdf", "尚未签署保密承诺", "办理记录")
        .doesNotContain("查阅记录");
    WebElement preview = browser.visible(By.cssSelector("#preview-" + manual + " iframe"));
    assertThat(preview.getAttribute("src")).endsWith("/cases/" + number + "/files/" + manual);
    assertThat(browser.driver().findElements(By.cssSelector("#preview-" + secret))).as("no preview of the secret").isEmpty();
    browser.checkChinese("案卷页");
    browser.screenshot("case-file-before-undertaking");
    browser.script("document.getElementById('preview-" + manual + "').scrollIntoView();");
    browser.screenshot("case-file-pdf-preview");

    // the PDF itself, served inline
    assertThat(browser.script("return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get('content-type')"
        + " + ' ' + r.headers.get('content-disposition'));", preview.getAttribute("src")))
        .as("the frame's PDF, fetched with the Tasklist login").asString()
        .startsWith("200 application/pdf inline");
    browser.open("/cases/" + number + "/files/" + manual);
    browser.waiting().until(d -> d.getCurrentUrl().endsWith("/files/" + manual));
    assertThat(browser.driver().getTitle()).doesNotContain("无权访问");
    pause(2000); // the viewer draws the page
    browser.screenshot("pdf-opened");

    // the trade secret before the undertaking: refused, in Chinese
    browser.open("/cases/" + number + "/files/" + secret);
    browser.visible(By.tagName("h1"));
    assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("无权访问", "保密承诺");
    browser.screenshot("trade-secret-refused-before-undertaking");

    // signs the undertaking in the declaration
    tasklist.login(expert, SampleExperts.PASSWORD).filter("我的评审任务");
    CamundaForm declarationForm = tasklist.openTask(declarationName);
    if (tasklist.canComplete()) {
      tasklist.complete(); // without the undertaking: refused by the form or the server's form check
      pause(3000);
    }
    assertThat(tasks.createTaskQuery().taskId(declaration.getId()).count()).as("not signed, not completed").isEqualTo(1);
    browser.screenshot("undertaking-required");
    tasklist.closeNotifications();
    declarationForm.tick("本人承诺");
    browser.waiting().until(d -> tasklist.canComplete());
    browser.screenshot("undertaking-ticked");
    tasklist.complete();
    tasklist.waitUntilGone(declarationName);

    // now the trade secret opens
    browser.open("/cases/" + number);
    browser.visible(By.id("undertaking-signed"));
    browser.screenshot("case-file-after-undertaking");
    assertThat(browser.driver().findElement(By.id("evidence")).getText()).doesNotContain("请先在「回避声明」中签署保密承诺");
    browser.open("/cases/" + number + "/files/" + secret);
    browser.waiting().until(d -> d.getCurrentUrl().endsWith("/files/" + secret));
    assertThat(browser.driver().getTitle()).doesNotContain("无权访问");
    pause(2000);
    browser.screenshot("trade-secret-opened-after-undertaking");

    // the office reads who opened what
    HttpResponse<String> office = HttpCaller.basic(port, "cfbrowseroffice", PASSWORD).page("/cases/" + number);
    assertThat(office.body()).contains("查阅记录", expert, "查看材料「质量手册.pdf」", "查看材料「工艺配方.pdf」（商业秘密）");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private long upload(Application application, String fileName, boolean tradeSecret, String text) {
    String body = "--cf\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n" + new String(onePagePdf(text), ISO_8859_1)
        + "\r\n--cf\r\nContent-Disposition: form-data; name=\"tradeSecret\"\r\n\r\n" + tradeSecret + "\r\n--cf--\r\n";
    HttpResponse<String> response = HttpCaller.basic(port, "cfbrowseroffice", PASSWORD)
        .send("POST", "/api/applications/" + application.getId() + "/evidence", "multipart/form-data; boundary=cf", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return HttpCaller.json(response).get("id").asLong();
  }

  /** A real one-page PDF (ASCII only) with one line of text, so the viewer has something to show. */
  static byte[] onePagePdf(String text) {
    String content = "BT /F1 24 Tf 72 760 Td (" + text + ") Tj ET";
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
    pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(ISO_8859_1);
  }
}
