package org.qualityaward.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.publicity.ObjectionModel.INVESTIGATE_OBJECTION;
import static org.qualityaward.revocation.RevocationModel.LEADING_GROUP_MEETING;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.publicity.objection.Objection;
import org.qualityaward.revocation.RevocationFixtures;
import org.qualityaward.revocation.RevocationGround;
import org.qualityaward.revocation.Revocations;
import org.qualityaward.testing.SampleFiles;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The public notice board /notices (Art 16–18, 21, 30): no login, publicities with their working-day
 * periods, the objection form with the API's rules, attachments for the handlers only, revocation
 * announcements.
 */
class NoticeBoardTest extends AbstractPublicityTest {

  private static final byte[] PDF = SampleFiles.pdf();

  @Autowired MockMvc mvc;
  @Autowired Honours honours;

  private long app;
  private long otherApp;
  private Long publicityId;
  private ProcessInstance publicity;

  @BeforeEach
  void runningPublicity() {
    app = newApplicationId();
    otherApp = newApplicationId();
    publicityId = publish(LocalDate.of(2026, 3, 2), 5, app, otherApp);
    publicity = publicityOf(startCaller(publicityId));
    setClock(LocalDateTime.of(2026, 3, 3, 10, 0));
  }

  private Document page(String url) throws Exception {
    MvcResult result = mvc.perform(get(url)).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)).andReturn();
    return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private static Document html(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private MockMultipartHttpServletRequestBuilder form(String name, String contact, Object applicationId, String grounds,
      MockMultipartFile attachment) {
    MockMultipartHttpServletRequestBuilder post = multipart("/notices/publicities/" + publicityId + "/objections");
    post.file(attachment == null ? new MockMultipartFile("attachment", "", "application/octet-stream", new byte[0])
        : attachment);
    post.param("objectorName", name).param("contact", contact).param("applicationId", String.valueOf(applicationId))
        .param("grounds", grounds);
    return post;
  }

  private MockMultipartHttpServletRequestBuilder validForm(MockMultipartFile attachment) {
    return form("王五", "0312-5921234", app, "该单位公示的主要业绩中有一项专利并非本单位所有。", attachment);
  }

  /** The messages next to the form control named {@code field}, in the same .field block. */
  private static String errorsOf(Document page, String field) {
    Element control = page.selectFirst("#objection-form [name=" + field + "]");
    assertThat(control).as("form control " + field).isNotNull();
    return control.closest(".field").select(".field-error").text();
  }

  private void ensureUser(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var user = identityService.newUser(id);
      user.setPassword("secret");
      TestUsers.save(identityService, user);
      identityService.createMembership(id, group);
    }
  }

  @Test
  @DisplayName("/notices without login: the running publicity with kind, candidates, link and its first and last working day (Art 16/17)")
  void boardListsRunningPublicity() throws Exception {
    Document board = page("/notices");
    assertThat(board.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(board.select("meta[name=viewport]")).hasSize(1);
    Element link = board.selectFirst("#running a.publicity-link[href=/notices/publicities/" + publicityId + "]");
    assertThat(link).isNotNull();
    assertThat(link.text()).isEqualTo("2026年度市政府质量奖受理名单公示");
    Element notice = link.closest(".notice");
    // published Monday 2 March: 5 full working days from the next day (民法典第二百零一条), Tue 3 – Mon 9 March
    assertThat(notice.select(".period").text()).isEqualTo("公示期：2026年3月3日至2026年3月9日（5个工作日）");
    assertThat(notice.select(".tag").text()).isEqualTo("受理名单公示（第十七条）");
    assertThat(notice.select(".state").text()).isEqualTo("公示中");
    assertThat(notice.select(".candidate").eachText()).containsExactly("候选单位" + app, "候选单位" + otherApp);
  }

  @Test
  @DisplayName("the publicity page states its first and last day and carries the objection form of the contract, the candidates as a select, citing the publicity's own article (Art 17 here) and Art 9(6)")
  void publicityPageHasForm() throws Exception {
    Document page = page("/notices/publicities/" + publicityId);
    assertThat(page.select(".period").text()).isEqualTo("公示期：2026年3月3日至2026年3月9日（5个工作日）");
    Element form = page.selectFirst("form#objection-form");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
    assertThat(form.select("input[name=objectorName], input[name=contact], textarea[name=grounds], input[type=file][name=attachment]"))
        .hasSize(4);
    assertThat(form.select("select[name=applicationId] option[value~=\\d+]").eachAttr("value"))
        .containsExactly(String.valueOf(app), String.valueOf(otherApp));
    assertThat(form.select("button[type=submit]")).hasSize(1);
    // the accepted list is published under Art 17; objections are the office's to handle under Art 9(6)
    assertThat(page.select("#form-heading + p").text()).contains("第九条第六项", "本公示依据第十七条")
        .doesNotContain("第二十一条");
  }

  @Test
  @DisplayName("Art 21 through the form: 201 with the receipt; the objection process gives the office its task with links to the attachment and the objector")
  void filesObjectionWithAttachment() throws Exception {
    MvcResult result = mvc.perform(validForm(new MockMultipartFile("attachment", "专利证书.pdf", "application/pdf", PDF)))
        .andExpect(status().isCreated()).andReturn();
    String receipt = html(result).getElementById("receipt").text();
    assertThat(receipt).matches("YY-2026-\\d{6}-[A-Z2-9]{6}");
    assertThat(result.getResponse().getHeader("Location")).isEqualTo("/notices/objections/" + receipt);

    Objection stored = objections.findByReceiptNumber(receipt).orElseThrow();
    assertThat(stored.getObjectorName()).isEqualTo("王五");
    assertThat(stored.getApplicationId()).isEqualTo(app);
    Task task = taskOf(stored);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(INVESTIGATE_OBJECTION);
    BpmnAwareTests.assertThat(task).hasCandidateGroup(GROUP);
    assertThat((String) taskService.getVariable(task.getId(), "objectionAttachmentLink"))
        .isEqualTo("[打开附件](/api/objections/" + receipt + "/attachment)：专利证书\\.pdf（0.0 MB）");

    ensureUser("nboffice", "quality-office");
    ensureUser("nbexpert", "expert");
    mvc.perform(get("/api/objections/" + receipt + "/attachment").with(httpBasic("nboffice", "secret")))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(content().bytes(PDF))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
    mvc.perform(get("/api/objections/" + receipt + "/attachment")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/objections/" + receipt + "/attachment").with(httpBasic("nbexpert", "secret")))
        .andExpect(status().isForbidden());
    // the task carries no name or contact: its form links to them, for the same handlers only
    assertThat(taskService.getVariables(task.getId()).values()).noneMatch(v -> String.valueOf(v).contains("王五"));
    mvc.perform(get("/api/objections/" + receipt + "/objector").with(httpBasic("nboffice", "secret")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.objectorName").value("王五"))
        .andExpect(jsonPath("$.contact").value("0312-5921234"));
    mvc.perform(get("/api/objections/" + receipt + "/objector")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/objections/" + receipt + "/objector").with(httpBasic("nbexpert", "secret")))
        .andExpect(status().isForbidden());

    Document status = page("/notices/objections/" + receipt);
    assertThat(status.getElementById("receipt").text()).isEqualTo(receipt);
    assertThat(status.getElementById("state").text()).isEqualTo("调查核实中");
    assertThat(status.text()).doesNotContain("王五").doesNotContain("0312-5921234");
  }

  @Test
  @DisplayName("an objection without attachment: the office's form says 无附件; the board's lookup form leads to it, typed in lower case or with full-width dashes as well")
  void objectionWithoutAttachment() throws Exception {
    String receipt = html(mvc.perform(validForm(null)).andExpect(status().isCreated()).andReturn())
        .getElementById("receipt").text();
    Task task = taskOf(objections.findByReceiptNumber(receipt).orElseThrow());
    assertThat(taskService.getVariable(task.getId(), "objectionAttachmentLink")).isEqualTo("无附件");
    mvc.perform(get("/notices/objections").param("receipt", " " + receipt + " "))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", "/notices/objections/" + receipt));
    // as a phone types it: lower case, a Chinese keyboard's full-width dash, a space after a dash
    String typed = receipt.toLowerCase(java.util.Locale.ROOT).replaceFirst("-", "\uFF0D").replaceFirst("-", "- ");
    mvc.perform(get("/notices/objections").param("receipt", typed))
        .andExpect(header().string("Location", "/notices/objections/" + receipt));
    assertThat(page("/notices/objections/" + typed.replace(" ", "")).getElementById("receipt").text()).isEqualTo(receipt);
    mvc.perform(get("/api/objections/" + receipt.toLowerCase(java.util.Locale.ROOT))).andExpect(status().isOk());
  }

  @Test
  @DisplayName("Art 21: the same objection sent twice (a double click, a reloaded page) is one case with one receipt; another person's is its own, and so is one sent again with a file the first did not have")
  void sameObjectionTwiceIsOneCase() throws Exception {
    String first = html(mvc.perform(validForm(null)).andExpect(status().isCreated()).andReturn())
        .getElementById("receipt").text();
    String again = html(mvc.perform(validForm(null)).andExpect(status().isCreated()).andReturn())
        .getElementById("receipt").text();
    String other = html(mvc.perform(form("赵六", "0312-5920000", app, "该单位公示的主要业绩中有一项专利并非本单位所有。", null))
        .andExpect(status().isCreated()).andReturn()).getElementById("receipt").text();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    // sent again with a photo added: filed anew with the file, not answered with the first receipt and the file lost
    String withPhoto = html(mvc.perform(validForm(new MockMultipartFile("attachment", "现场照片.png", "image/png", SampleFiles.png())))
        .andExpect(status().isCreated()).andReturn()).getElementById("receipt").text();
    String photoAgain = html(mvc.perform(validForm(new MockMultipartFile("attachment", "现场照片.png", "image/png", SampleFiles.png())))
        .andExpect(status().isCreated()).andReturn()).getElementById("receipt").text();
    assertThat(withPhoto).isNotEqualTo(first);
    assertThat(photoAgain).as("the same file twice: a double click").isEqualTo(withPhoto);
    assertThat(objections.findByPublicityIdOrderByIdAsc(publicityId)).extracting(Objection::getReceiptNumber)
        .containsExactly(first, other, withPhoto);
  }

  @Test
  @DisplayName("a filing the publicity changes under (its process gone at that moment): 409, the form back as typed with a note to submit again, nothing stored")
  void publicityChangedUnderTheFiling() throws Exception {
    String caller = runtimeService.createProcessInstanceQuery().subProcessInstanceId(publicity.getId()).singleResult().getId();
    runtimeService.deleteProcessInstance(caller, "gone without its listeners", true);
    long before = objections.count();
    Document page = html(mvc.perform(validForm(null)).andExpect(status().isConflict()).andReturn());
    assertThat(page.getElementById("resubmit").text()).contains("未被登记", "已保留");
    assertThat(page.selectFirst("#objectorName").val()).isEqualTo("王五");
    assertThat(page.selectFirst("#grounds").text()).isEqualTo("该单位公示的主要业绩中有一项专利并非本单位所有。");
    assertThat(objections.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("bad input: 400, the form comes back with the values entered and the API's message next to each field; nothing stored")
  void badInputKeepsValuesAndNamesFields() throws Exception {
    long before = objections.count();
    Document page = html(mvc.perform(form("张", "12345", "", "太短了", null)).andExpect(status().isBadRequest()).andReturn());
    assertThat(page.selectFirst("#objectorName").val()).isEqualTo("张");
    assertThat(page.selectFirst("#contact").val()).isEqualTo("12345");
    assertThat(page.selectFirst("#grounds").text()).isEqualTo("太短了");
    assertThat(errorsOf(page, "objectorName")).isEqualTo("异议人姓名或单位名称应为2至50个字");
    assertThat(errorsOf(page, "contact")).startsWith("联系方式应为手机号");
    assertThat(errorsOf(page, "applicationId")).isEqualTo("请指明被异议对象（申报编号）");
    assertThat(errorsOf(page, "grounds")).isEqualTo("异议理由应为10至2000个字");
    assertThat(errorsOf(page, "attachment")).isEmpty();
    assertThat(objections.count()).isEqualTo(before);

    page = html(mvc.perform(form("王五", "13812345678", otherApp, "", null)).andExpect(status().isBadRequest()).andReturn());
    assertThat(errorsOf(page, "grounds")).isEqualTo("请填写异议理由");
    assertThat(page.select("#applicationId option[selected]").val()).isEqualTo(String.valueOf(otherApp));
    assertThat(page.select(".field-error")).hasSize(1);
  }

  @Test
  @DisplayName("a candidate not on this publicity (a forged select) is refused under applicationId")
  void candidateNotOnList() throws Exception {
    Document page = html(mvc.perform(form("王五", "13812345678", 99999999L, "该单位公示的主要业绩中有一项专利并非本单位所有。", null))
        .andExpect(status().isBadRequest()).andReturn());
    assertThat(errorsOf(page, "applicationId")).contains("不在公示").contains("99999999");
  }

  @Test
  @DisplayName("attachment over 10 MB, of another type, not what its name says, or a PDF with a script: 400 naming the file under attachment, other values kept, nothing stored")
  void attachmentRefused() throws Exception {
    long before = objections.count();
    byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    Document page = html(mvc.perform(validForm(new MockMultipartFile("attachment", "大文件.pdf", "application/pdf", big)))
        .andExpect(status().isBadRequest()).andReturn());
    assertThat(errorsOf(page, "attachment")).isEqualTo("附件「大文件.pdf」大小为 10.0 MB，超过 10.0 MB 的上限");
    assertThat(page.selectFirst("#objectorName").val()).isEqualTo("王五");

    page = html(mvc.perform(validForm(new MockMultipartFile("attachment", "tool.exe", "application/octet-stream",
        new byte[] {'M', 'Z', 0, 0}))).andExpect(status().isBadRequest()).andReturn());
    assertThat(errorsOf(page, "attachment")).startsWith("文件「tool.exe」的格式不受支持：仅接受 PDF、JPG、PNG、DOCX、XLSX 文件");

    page = html(mvc.perform(validForm(new MockMultipartFile("attachment", "scan.pdf", "application/pdf",
        SampleFiles.png()))).andExpect(status().isBadRequest()).andReturn());
    assertThat(errorsOf(page, "attachment")).isEqualTo("文件「scan.pdf」的内容是 PNG 文件，与扩展名 .pdf 不符");

    page = html(mvc.perform(validForm(new MockMultipartFile("attachment", "举报.pdf", "application/pdf",
        SampleFiles.pdf("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>"))))
        .andExpect(status().isBadRequest()).andReturn());
    assertThat(errorsOf(page, "attachment")).startsWith("文件「举报.pdf」含有脚本或自动执行的动作（/OpenAction）");
    assertThat(page.selectFirst("#grounds").text()).isEqualTo("该单位公示的主要业绩中有一项专利并非本单位所有。");
    assertThat(objections.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("a file name with HTML is text: escaped on the re-rendered board page, and in the handlers' form beside a link made of ids")
  void fileNameIsText() throws Exception {
    String name = "<img src=x onerror=alert(1)>.pdf";
    MvcResult refused = mvc.perform(validForm(new MockMultipartFile("attachment", name, "application/pdf",
        "<html><body>假材料</body></html>".getBytes(StandardCharsets.UTF_8)))).andExpect(status().isBadRequest()).andReturn();
    assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("文件「&lt;img src=x onerror=alert(1)&gt;.pdf」的内容不是").doesNotContain("<img");
    assertThat(html(refused).select("img")).isEmpty();

    String receipt = html(mvc.perform(validForm(new MockMultipartFile("attachment", name, "text/html", PDF)))
        .andExpect(status().isCreated()).andReturn()).getElementById("receipt").text();
    Task task = taskOf(objections.findByReceiptNumber(receipt).orElseThrow());
    assertThat((String) taskService.getVariable(task.getId(), "objectionAttachmentLink"))
        .isEqualTo("[打开附件](/api/objections/" + receipt + "/attachment)："
            + "\\<img src\\=x onerror\\=alert\\(1\\)\\>\\.pdf（0.0 MB）");
    ensureUser("nboffice", "quality-office");
    mvc.perform(get("/api/objections/" + receipt + "/attachment").with(httpBasic("nboffice", "secret")))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"));
  }

  @Test
  @DisplayName("after the period: the page says so without a form, and a late post is refused with a page (409)")
  void endedPublicity() throws Exception {
    setClock(LocalDateTime.of(2026, 3, 10, 8, 0));
    Document page = page("/notices/publicities/" + publicityId);
    assertThat(page.select("#objection-form")).isEmpty();
    assertThat(page.select(".closed").text()).contains("公示期已结束");
    long before = objections.count();
    Document refused = html(mvc.perform(validForm(null)).andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)).andReturn());
    assertThat(refused.select(".message").text()).contains("公示期已结束");
    assertThat(objections.count()).isEqualTo(before);
    mvc.perform(get("/notices/publicities/987654321")).andExpect(status().isNotFound());
    mvc.perform(get("/notices/objections/YY-2026-999999")).andExpect(status().isNotFound());
  }

  @Test
  @DisplayName("Art 30, 32: a revocation decided by the leading group is announced on the board with its ground and ban")
  void revocationAnnounced() throws Exception {
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.AWARD, LocalDate.of(2025, 6, 1));
    Map<String, Object> vars = new HashMap<>();
    vars.put("honourId", honour.getId());
    vars.put("proposedGround", null);
    vars.put("proposedFactDate", null);
    vars.put("proposal", "申报材料中的检测报告系伪造");
    ProcessInstance revocation = runtimeService.startProcessInstanceByKey(Revocations.PROCESS_KEY,
        "notice-" + honour.getId(), vars);
    Task meeting = taskService.createTaskQuery().processInstanceId(revocation.getId())
        .taskDefinitionKey(LEADING_GROUP_MEETING).singleResult();
    taskService.complete(meeting.getId(),
        RevocationFixtures.meeting(LocalDate.of(2026, 3, 3), true, RevocationGround.FRAUD, LocalDate.of(2025, 3, 1)));

    Element announcement = page("/notices").select("#revocations .revocation").stream()
        .filter(a -> a.text().contains(honour.getHolderName())).findFirst().orElseThrow();
    assertThat(announcement.text()).contains("第三十条第（一）项").contains("2026-03-03")
        .contains("依据第三十二条，2031-03-03 之前不得申报");
  }
}
