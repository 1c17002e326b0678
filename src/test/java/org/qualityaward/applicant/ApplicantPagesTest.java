package org.qualityaward.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.ApplicantCases;
import org.qualityaward.application.Application;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleFiles;
import org.qualityaward.testing.TestUsers;
import org.qualityaward.testing.ConditionAnswers;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.application.ConditionPoints;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.application.ApplicationSubmissions;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 12, the applicant pages: an applicant logs in, builds an application in steps, submits it and follows it. */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicantPagesTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(8400);
  private static final List<String> ORG_SECTIONS = List.of("LEADERSHIP", "STRATEGY", "CUSTOMERS_MARKETS", "RESOURCES",
      "PROCESSES", "MEASUREMENT", "RESULTS");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired EditionService editions;
  @Autowired IdentityService identityService;
  @Autowired ApplicantCases applicantCases;
  @Autowired TaskService taskService;
  @Autowired SelfAssessmentSectionRepository sections;
  @Autowired JdbcTemplate jdbc;

  private Edition edition;
  private String drafts;

  @BeforeEach
  void setUp() {
    EngineClock.startOf(LocalDate.of(2026, 3, 2));
    int year = EditionYears.next();
    edition = EditionDriver.openWithApprovedPlan(editions, taskService, new NewEdition(year, year + "年度申报页面测试届", LocalDate.of(2026, 3, 31)));
    drafts = "/applicant/drafts/" + edition.getId();
    TestUsers.ensure(identityService, "pgapplicant", "applicant");
    TestUsers.ensure(identityService, "pgother", "applicant");
    TestUsers.ensure(identityService, "pgoffice", "quality-office");
    // a wrong password locks the account for a few seconds (Camunda's login delay): a user of its own
    TestUsers.ensure(identityService, "pgmistyped", "applicant");
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("login: anonymous is sent to the Chinese login page, a wrong password is said in Chinese, another role gets the Chinese 403")
  void login() throws Exception {
    mvc.perform(get("/applicant/")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/applicant/login"));
    mvc.perform(get("/applicant/login")).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("申报单位/个人登录"), containsString("name=\"_csrf\""))));
    mvc.perform(formLogin("/applicant/login").user("pgmistyped").password("wrong"))
        .andExpect(redirectedUrl("/applicant/login?error"));
    mvc.perform(get("/applicant/login?error")).andExpect(content().string(containsString("用户名或密码错误")));
    MockHttpSession office = login("pgoffice");
    mvc.perform(get("/applicant/").session(office)).andExpect(status().isForbidden())
        .andExpect(content().string(containsString("无权访问")));
    mvc.perform(post("/applicant/logout").session(login("pgapplicant")).with(csrf()))
        .andExpect(redirectedUrl("/applicant/login?logout"));
  }

  @Test
  @DisplayName("a draft is saved step by step and resumed at the next visit, with what is still missing listed")
  void draftSavedAndResumed() throws Exception {
    MockHttpSession first = login("pgapplicant");
    mvc.perform(get("/applicant/").session(first)).andExpect(content().string(containsString(edition.getName() + "：开始填写")));
    step(first, 1, Map.of("kind", "ORGANIZATION", "recommenderCode", "R-ASSOC-QA"), "next")
        .andExpect(redirectedUrl(drafts + "?step=2"));
    step(first, 2, Map.of("orgName", "保定续填机械有限公司", "industry", "C34"), "stay");
    // without a token a forged post is refused
    mvc.perform(post(drafts + "/steps/2").session(first).param("orgName", "伪造")).andExpect(status().isForbidden())
        .andExpect(content().string(containsString("页面已过期，未能保存")));

    MockHttpSession second = login("pgapplicant");
    mvc.perform(get("/applicant/").session(second)).andExpect(content().string(containsString(edition.getName() + "：继续填写")));
    mvc.perform(get(drafts + "?step=2").session(second)).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("value=\"保定续填机械有限公司\""), containsString("value=\"C34\""))));
    mvc.perform(get(drafts + "?step=6").session(second))
        .andExpect(content().string(allOf(containsString("未填写「统一社会信用代码」"),
            containsString("未确认第十一条第（一）项的条件"), containsString("自我评价「领导」未填写"),
            containsString("尚未上传证实性材料"))));
    mvc.perform(get(drafts + "?step=3").session(second))
        .andExpect(content().string(containsString("在保定市行政区域内依法注册登记并正常运营5年以上；")));
  }

  @Test
  @DisplayName("two windows on one step: the later save of an older page is refused (409) with its text shown back, unsaved; another step is not")
  void stepSavedElsewhereIsNotOverwritten() throws Exception {
    MockHttpSession session = login("pgapplicant");
    step(session, 1, Map.of("kind", "ORGANIZATION", "recommenderCode", "R-ASSOC-QA"), "next");
    String windowA = seenVersion(session, 4);
    String profilePage = seenVersion(session, 2);
    String windowB = seenVersion(session, 4);
    step(session, 4, withSeen(sectionTexts("乙："), windowB), "stay").andExpect(redirectedUrl(drafts + "?step=4"));

    String refused = step(session, 4, withSeen(sectionTexts("甲："), windowA), "stay")
        .andExpect(status().isConflict())
        .andExpect(content().string(allOf(containsString("本次填写尚未保存"), containsString("已在其他窗口或设备上保存过"),
            containsString("甲：领导方面的自我评价"))))
        .andReturn().getResponse().getContentAsString();
    mvc.perform(get(drafts + "?step=4").session(session))
        .andExpect(content().string(allOf(containsString("乙：领导方面的自我评价"), not(containsString("甲：")),
            // Art 18: the applicant is told which section goes public with the on-site list
            containsString("本部分前 200 字作为主要业绩随现场评审名单公示（第十八条）"))));

    // saved again from the refused page: now knowingly over the other window's text
    step(session, 4, withSeen(sectionTexts("甲："), seenIn(refused)), "stay").andExpect(redirectedUrl(drafts + "?step=4"));
    mvc.perform(get(drafts + "?step=4").session(session))
        .andExpect(content().string(allOf(containsString("甲：领导方面的自我评价"), not(containsString("乙：")))));
    // the profile page was opened before both saves, but its own step did not change
    step(session, 2, withSeen(Map.of("orgName", "保定两窗机械有限公司"), profilePage), "stay")
        .andExpect(redirectedUrl(drafts + "?step=2"));
    // a double click sends the same page twice: the second overwrites nothing, so it is no conflict
    step(session, 2, withSeen(Map.of("orgName", "保定两窗机械有限公司"), profilePage), "next")
        .andExpect(redirectedUrl(drafts + "?step=3"));
  }

  @Test
  @DisplayName("two windows on a submitted application: a correction typed over one saved meanwhile is refused (409), its text shown back, unsaved; the same correction twice is not")
  void correctionSavedElsewhereIsNotOverwritten() throws Exception {
    Application application = submitted();
    MockHttpSession session = login("pgapplicant");
    String page = "/applicant/applications/" + application.getApplicationNumber();
    String shown = mvc.perform(get(page).session(session)).andReturn().getResponse().getContentAsString();
    assertThat(shown).as("the correction form tells which section goes public (Art 18)")
        .contains("本部分前 200 字作为主要业绩随现场评审名单公示（第十八条）");
    java.util.regex.Matcher forms = java.util.regex.Pattern.compile("name=\"seenVersion\" value=\"([0-9a-f]+)\"")
        .matcher(shown);
    assertThat(forms.find()).isTrue();
    String profileSeen = forms.group(1);
    assertThat(forms.find()).isTrue();
    String sectionsSeen = forms.group(1);

    // window B saves the self-assessment; window A, opened before, then saves its own text
    mvc.perform(correction(page, withSeen(sectionTexts("乙："), sectionsSeen), session))
        .andExpect(redirectedUrl(page + "#self-assessment"));
    mvc.perform(correction(page, withSeen(sectionTexts("乙："), sectionsSeen), session))
        .andExpect(redirectedUrl(page + "#self-assessment"));
    String refused = mvc.perform(correction(page, withSeen(sectionTexts("甲："), sectionsSeen), session))
        .andExpect(status().isConflict())
        .andExpect(content().string(allOf(containsString("本次修改尚未保存"), containsString("甲：领导方面的自我评价"))))
        .andReturn().getResponse().getContentAsString();
    assertThat(applicantCases.own("pgapplicant", application.getApplicationNumber()).getSelfAssessment())
        .contains("乙：领导方面的自我评价").doesNotContain("甲：");
    // the refused page carries the current values' version: saved again, knowingly
    java.util.regex.Matcher again = java.util.regex.Pattern.compile("name=\"seenVersion\" value=\"([0-9a-f]+)\"")
        .matcher(refused);
    again.find();
    again.find();
    mvc.perform(correction(page, withSeen(sectionTexts("甲："), again.group(1)), session))
        .andExpect(redirectedUrl(page + "#self-assessment"));
    assertThat(applicantCases.own("pgapplicant", application.getApplicationNumber()).getSelfAssessment())
        .contains("甲：领导方面的自我评价");

    // the profile was not changed meanwhile: its older page still saves; sent twice (a double click, the industry
    // code typed in lower case, which is stored upper-cased) it is no conflict
    for (int click = 0; click < 2; click++) {
      mvc.perform(post(page + "/profile").session(session).with(csrf()).param("seenVersion", profileSeen)
          .param("orgName", "保定两窗精工有限公司").param("registeredOn", "2010-01-01")
          .param("registrationAuthority", "保定市竞秀区市场监督管理局").param("registeredAddress", "河北省保定市竞秀区朝阳北大街 1 号")
          .param("industry", "c34").param("chiefQualityOfficer", "true").param("topManagerName", "张三"))
          .andExpect(redirectedUrl(page + "#profile"));
    }
    mvc.perform(post(page + "/profile").session(session).with(csrf()).param("seenVersion", profileSeen)
        .param("orgName", "保定三窗精工有限公司").param("registeredOn", "2010-01-01")
        .param("registrationAuthority", "保定市竞秀区市场监督管理局").param("registeredAddress", "河北省保定市竞秀区朝阳北大街 1 号")
        .param("industry", "C34").param("chiefQualityOfficer", "true").param("topManagerName", "张三"))
        .andExpect(status().isConflict()).andExpect(content().string(containsString("value=\"保定三窗精工有限公司\"")));
    assertThat(applicantCases.own("pgapplicant", application.getApplicationNumber()).getApplicantName())
        .isEqualTo("保定两窗精工有限公司");
  }

  private MockHttpServletRequestBuilder correction(String page, Map<String, String> fields, MockHttpSession session) {
    MockHttpServletRequestBuilder request = post(page + "/self-assessment").session(session).with(csrf());
    fields.forEach(request::param);
    return request;
  }

  private String seenVersion(MockHttpSession session, int step) throws Exception {
    return seenIn(mvc.perform(get(drafts + "?step=" + step).session(session)).andReturn().getResponse()
        .getContentAsString());
  }

  private static String seenIn(String page) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"seenVersion\" value=\"([0-9a-f]+)\"")
        .matcher(page);
    assertThat(m.find()).as("the step's form carries the version it shows").isTrue();
    return m.group(1);
  }

  private static Map<String, String> withSeen(Map<String, String> fields, String seen) {
    Map<String, String> posted = new LinkedHashMap<>(fields);
    posted.put("seenVersion", seen);
    return posted;
  }

  @Test
  @DisplayName("a refused submission keeps everything typed and says each problem in Chinese next to its field; nothing is stored")
  void refusedSubmissionKeepsTypedValues() throws Exception {
    MockHttpSession session = login("pgapplicant");
    fillOrganization(session, "91130602MA0000000X", SERIALS.getAndIncrement());
    upload(session, "自评报告.pdf", SampleFiles.pdf(), "false");

    mvc.perform(post(drafts + "/submit").session(session).with(csrf()))
        .andExpect(redirectedUrl(drafts + "?step=2"));
    mvc.perform(get(drafts + "?step=2").session(session))
        .andExpect(content().string(allOf(containsString("申报未能提交"), containsString("value=\"91130602MA0000000X\""),
            containsString("id=\"creditCode-error\""), containsString("统一社会信用代码"))));
    mvc.perform(get(drafts + "?step=4").session(session))
        .andExpect(content().string(containsString("领导方面的自我评价")));
    assertThat(applicantCases.submittedBy("pgapplicant")).noneMatch(a -> edition.getId().equals(a.getEditionId()));
  }

  @Test
  @DisplayName("submitting runs the API's rules at once: the case starts, the files are its evidence, the sections are kept, the applicant follows it")
  void submissionCreatesTheCase() throws Exception {
    MockHttpSession session = login("pgapplicant");
    int serial = SERIALS.getAndIncrement();
    fillOrganization(session, SampleApplications.creditCode("130602", serial), serial);
    upload(session, "首席质量官任命文件.pdf", SampleFiles.pdf(), "false");
    upload(session, "工艺诀窍.pdf", SampleFiles.pdf(), "true");

    String page = mvc.perform(post(drafts + "/submit").session(session).with(csrf()))
        .andExpect(redirectedUrlPattern("/applicant/applications/BDQA-*"))
        .andReturn().getResponse().getRedirectedUrl();
    Application application = applicantCases.submittedBy("pgapplicant").get(0);
    assertThat(page).endsWith(application.getApplicationNumber());
    assertThat(application.getSelfAssessment()).contains("【领导（满分 110 分）】", "【结果（满分 400 分）】");
    assertThat(sections.findByApplicationIdOrderByPosition(application.getId())).hasSize(7);
    assertThat(applicantCases.evidence(application)).extracting(ApplicantCases.EvidenceFile::uploaded)
        .containsExactly(true, true);

    mvc.perform(get(page).session(session)).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("推荐单位审核"), containsString("第十一条第（二）项"),
            containsString("推荐单位审核申报材料"), containsString("工艺诀窍.pdf"), containsString("保存修改"))));
    mvc.perform(get("/applicant/").session(session))
        .andExpect(content().string(allOf(containsString(application.getApplicationNumber()),
            containsString("推荐单位审核申报材料"), containsString(edition.getName()))));
    // a second click on 提交申报, or the form opened again, leads to the application
    mvc.perform(post(drafts + "/submit").session(session).with(csrf())).andExpect(redirectedUrl(page));
    mvc.perform(get(drafts).session(session)).andExpect(redirectedUrl(page));
    mvc.perform(get("/applicant/").session(session))
        .andExpect(content().string(not(containsString(edition.getName() + "：开始填写"))));
    // the page's links to the API open with the pages' login (a GET); the applicant reads back its own trade
    // secret, which another applicant cannot
    mvc.perform(get("/api/applications/" + application.getId()).session(session)).andExpect(status().isOk());
    Long secret = applicantCases.evidence(application).get(1).id();
    mvc.perform(get("/api/applications/" + application.getId() + "/evidence/" + secret).session(session))
        .andExpect(status().isOk());
    mvc.perform(get("/api/applications/" + application.getId() + "/evidence/" + secret).session(login("pgother")))
        .andExpect(status().isForbidden());
    // the draft is gone
    mvc.perform(get("/applicant/").session(session)).andExpect(content().string(not(containsString(edition.getName() + "：继续填写"))));
    // those who judge the case read what was written, section by section and point by point (Art 16, 17)
    mvc.perform(get("/cases/" + application.getApplicationNumber()).with(httpBasic("pgoffice", TestUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<span>领导</span><span>（满分 110）</span>"),
            containsString("<span>结果</span><span>（满分 400）</span>"),
            containsString("第十一条第（三）项"), containsString("申报说明：符合第十一条第（三）项，见证书。"),
            containsString("推荐单位：尚未核实"))));
    // and the applicant reads, point by point, what the recommending unit decided (Art 16)
    String review = taskService.createTaskQuery().processInstanceId(application.getProcessInstanceId())
        .taskDefinitionKey(RECOMMENDER_REVIEW).singleResult().getId();
    Map<String, Object> refused = new java.util.HashMap<>(ConditionAnswers.recommenderReview(false, "请补充材料"));
    refused.put("recommenderCondition3", "REFUSED");
    refused.put("recommenderCondition3Reason", "未提供经审计的财务报表");
    taskService.complete(review, refused);
    mvc.perform(get(page).session(session))
        .andExpect(content().string(allOf(containsString("第十一条第（四）项　质量水平"),
            containsString("推荐单位：不予确认：未提供经审计的财务报表"), containsString("推荐单位：确认"),
            containsString("第十一条第（四）项不予确认：未提供经审计的财务报表。请补充材料"))));
  }

  @Test
  @DisplayName("Art 11(2): an application the rules refuse at once keeps its draft, files included: corrected, it is"
      + " submitted again without retyping")
  void ineligibleSubmissionKeepsTheDraft() throws Exception {
    TestUsers.ensure(identityService, "pgretry", "applicant");
    MockHttpSession session = login("pgretry");
    int serial = SERIALS.getAndIncrement();
    String creditCode = SampleApplications.creditCode("130602", serial);
    fillOrganization(session, creditCode, serial);
    Map<String, String> profile = new LinkedHashMap<>(Map.of("orgName", "保定页面申报有限公司" + serial,
        "creditCode", creditCode, "registeredOn", "2024-01-01", "registrationAuthority", "保定市竞秀区市场监督管理局",
        "registeredAddress", "河北省保定市竞秀区朝阳北大街 1 号", "industry", "C34", "chiefQualityOfficer", "true",
        "topManagerName", "张三"));
    step(session, 2, profile, "stay");
    upload(session, "证书.pdf", SampleFiles.pdf(), "false");

    String page = mvc.perform(post(drafts + "/submit").session(session).with(csrf()))
        .andExpect(redirectedUrlPattern("/applicant/applications/BDQA-*")).andReturn().getResponse().getRedirectedUrl();
    assertThat(applicantCases.submittedBy("pgretry").get(0).getOutcome()).isEqualTo(ApplicationOutcome.INELIGIBLE);
    mvc.perform(get(page).session(session)).andExpect(content().string(allOf(containsString("ORG-REGISTERED"),
        containsString("修改草稿后重新提交"), containsString("href=\"" + drafts + "\""))));
    mvc.perform(get(drafts + "?step=4").session(session)).andExpect(status().isOk())
        .andExpect(content().string(containsString("领导方面的自我评价：高层领导推行卓越绩效模式。")));

    profile.put("registeredOn", "2010-01-01");
    step(session, 2, profile, "stay");
    mvc.perform(post(drafts + "/submit").session(session).with(csrf()))
        .andExpect(redirectedUrlPattern("/applicant/applications/BDQA-*"));
    Application corrected = applicantCases.submittedBy("pgretry").stream()
        .filter(a -> a.getOutcome() == null).findFirst().orElseThrow();
    assertThat(applicantCases.evidence(corrected)).extracting(ApplicantCases.EvidenceFile::fileName)
        .containsExactly("证书.pdf");
    mvc.perform(get("/applicant/").session(session))
        .andExpect(content().string(not(containsString(edition.getName() + "：继续填写"))));
  }

  @Test
  @DisplayName("Art 16: an application submitted through the API corrects its self-assessment as one text, never to nothing")
  void selfAssessmentNeverCorrectedToNothing() throws Exception {
    Application application = context.getBean(ApplicationSubmissions.class).submit(SampleApplications.organization(
        edition.getId(), "R-ASSOC-QA", SERIALS.getAndIncrement(), LocalDate.of(2010, 1, 1)), "pgapplicant");
    String page = "/applicant/applications/" + application.getApplicationNumber();
    MockHttpSession session = login("pgapplicant");

    mvc.perform(post(page + "/self-assessment").session(session).with(csrf()).param("selfAssessment", "  "))
        .andExpect(redirectedUrlPattern(page + "*"));
    mvc.perform(get(page).session(session))
        .andExpect(content().string(containsString("自我评价不能为空（第十六条：进行自我评价）")));
    assertThat(applicantCases.own("pgapplicant", application.getApplicationNumber()).getSelfAssessment())
        .isEqualTo(application.getSelfAssessment());
  }

  @Test
  @DisplayName("Art 16, 29: until the unit decides, the applicant corrects a file's trade-secret mark and withdraws a file"
      + " uploaded by mistake (each a change of the material); it reads its own secret files; after the decision neither")
  void filesCorrectedUntilTheUnitDecides() throws Exception {
    TestUsers.ensure(identityService, "pgunit", "recommender-R-ASSOC-QA");
    Application application = submitted();
    String page = "/applicant/applications/" + application.getApplicationNumber();
    MockHttpSession session = login("pgapplicant");
    Long certificate = applicantCases.evidence(application).get(0).id();
    String file = "/api/applications/" + application.getId() + "/evidence/" + certificate;
    int revision = applicantCases.own("pgapplicant", application.getApplicationNumber()).getMaterialRevision();

    mvc.perform(post(page + "/files/" + certificate + "/mark").session(session).with(csrf()).param("tradeSecret", "true"))
        .andExpect(redirectedUrl(page + "#evidence"));
    assertThat(applicantCases.evidence(application).get(0).tradeSecret()).isTrue();
    mvc.perform(get(file).with(httpBasic("pgunit", TestUsers.PASSWORD))).andExpect(status().isForbidden());
    mvc.perform(get(file).session(session)).andExpect(status().isOk());

    upload(application, session, "错传的文件.pdf");
    Long mistaken = applicantCases.evidence(application).get(1).id();
    mvc.perform(post(page + "/files/" + mistaken + "/withdrawal").session(session).with(csrf()))
        .andExpect(redirectedUrl(page + "#evidence")).andExpect(flash().attribute("fileAdded", "已撤回「错传的文件.pdf」"));
    assertThat(applicantCases.evidence(application)).extracting(ApplicantCases.EvidenceFile::fileName)
        .containsExactly("证书.pdf");
    assertThat(applicantCases.own("pgapplicant", application.getApplicationNumber()).getMaterialRevision())
        .isEqualTo(revision + 3);

    taskService.complete(taskService.createTaskQuery().processInstanceId(application.getProcessInstanceId())
        .taskDefinitionKey(RECOMMENDER_REVIEW).singleResult().getId(), ConditionAnswers.recommenderReview(true, "同意推荐"));
    mvc.perform(post(page + "/files/" + certificate + "/withdrawal").session(session).with(csrf()))
        .andExpect(status().isConflict()).andExpect(content().string(containsString("推荐单位已对申报")));
    assertThat(applicantCases.evidence(application)).hasSize(1);
  }

  @Test
  @DisplayName("Art 4(1) 自愿申报: the applicant withdraws its application on its page, confirming it, with its reason;"
      + " unconfirmed nothing happens; the page then says why and the edition is open to it again")
  void applicantWithdrawsOnItsPage() throws Exception {
    Application application = submitted();
    String page = "/applicant/applications/" + application.getApplicationNumber();
    MockHttpSession session = login("pgapplicant");
    mvc.perform(get(page).session(session)).andExpect(content().string(containsString("id=\"withdrawal\"")));
    mvc.perform(get("/applicant/").session(session)).andExpect(content().string(not(containsString(drafts))));

    mvc.perform(post(page + "/withdrawal").session(session).with(csrf()).param("reason", "企业战略调整，本届暂不参评"))
        .andExpect(redirectedUrl(page + "#withdrawal"))
        .andExpect(flash().attribute("withdrawalError", containsString("请勾选“确认撤回本申报”")));
    assertThat(applicantCases.own("pgapplicant", application.getApplicationNumber()).getOutcome()).isNull();
    mvc.perform(post(page + "/withdrawal").session(session).with(csrf()).param("reason", "企业战略调整，本届暂不参评")
        .param("confirmed", "true")).andExpect(redirectedUrl(page + "#reason"));

    assertThat(applicantCases.own("pgapplicant", application.getApplicationNumber()).getOutcome())
        .isEqualTo(ApplicationOutcome.WITHDRAWN);
    mvc.perform(get(page).session(session)).andExpect(content().string(allOf(
        containsString("撤回申报（第四条第一项 自愿申报）"), containsString("企业战略调整，本届暂不参评"),
        not(containsString("id=\"withdrawal\"")))));
    mvc.perform(get("/applicant/").session(session)).andExpect(content().string(containsString(drafts)));
    mvc.perform(post(page + "/withdrawal").session(session).with(csrf()).param("confirmed", "true"))
        .andExpect(status().isConflict()).andExpect(content().string(containsString("不能撤回")));
  }

  @Test
  @DisplayName("Art 33 with Art 16: a renewal case's holder uploads the validity's evidence on the case's page until its"
      + " material is submitted; then the page is read-only and an upload is refused naming Art 33")
  void renewalCaseTakesTheHoldersMaterial() throws Exception {
    Application won = submitted();
    Honour honour = context.getBean(Honours.class).confer(won.getApplicantName(), ApplicationKind.ORGANIZATION,
        AwardLevel.AWARD, won.getCreditCode(), null, null, edition.getId(), LocalDate.of(2026, 6, 1), won.getId(),
        "pgapplicant");
    ApplicationCases cases = context.getBean(ApplicationCases.class);
    Application renewal = cases.openRenewal(won.getId(), honour.getId(), "有效期内持续推行卓越绩效模式",
        cases.renewalDeclarations("", "", ""), "pgapplicant");
    String page = "/applicant/applications/" + renewal.getApplicationNumber();
    MockHttpSession session = login("pgapplicant");

    mvc.perform(get(page).session(session)).andExpect(status().isOk()).andExpect(content().string(allOf(
        containsString("id=\"renewal-material\""), containsString("提交复评材料之前，可以修改自我评价、补充上传材料（第三十三条）"),
        not(containsString("推荐单位作出审核决定之前")))));
    upload(renewal, session, "有效期内质量管理报告.pdf");
    assertThat(applicantCases.evidence(renewal)).extracting(ApplicantCases.EvidenceFile::fileName)
        .containsExactly("有效期内质量管理报告.pdf");

    cases.enter(renewal.getId(), ApplicationStage.ACCEPTED);
    mvc.perform(get(page).session(session)).andExpect(content().string(containsString("复评材料已提交或提交期限已届满，材料不能再修改。")));
    mvc.perform(multipart(page + "/files").file(new MockMultipartFile("file", "补充.pdf", "application/pdf", SampleFiles.pdf()))
        .param("tradeSecret", "false").session(session).with(csrf()))
        .andExpect(status().isConflict()).andExpect(content().string(containsString("不能再修改或补充（第三十三条）")));
    assertThat(applicantCases.evidence(renewal)).hasSize(1);
  }

  private void upload(Application application, MockHttpSession session, String name) throws Exception {
    mvc.perform(multipart("/applicant/applications/" + application.getApplicationNumber() + "/files")
        .file(new MockMultipartFile("file", name, "application/pdf", SampleFiles.pdf())).param("tradeSecret", "false")
        .session(session).with(csrf())).andExpect(status().is3xxRedirection());
  }

  @Test
  @DisplayName("another applicant gets 404 for an application that is not theirs, with none of its data")
  void anotherApplicantGetsNotFound() throws Exception {
    Application application = submitted();
    MockHttpSession other = login("pgother");
    mvc.perform(get("/applicant/applications/" + application.getApplicationNumber()).session(other))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString(application.getApplicantName()))));
    mvc.perform(post("/applicant/applications/" + application.getApplicationNumber() + "/self-assessment")
        .session(other).with(csrf()).param("section.LEADERSHIP", "改写")).andExpect(status().isNotFound());
  }

  @Test
  @DisplayName("corrections of the profile and the self-assessment and uploads until the recommending unit decides, read-only after; a refused file is said next to it")
  void correctionsUntilTheRecommenderDecides() throws Exception {
    Application application = submitted();
    MockHttpSession session = login("pgapplicant");
    String page = "/applicant/applications/" + application.getApplicationNumber();
    Map<String, String> corrected = sectionTexts("修改后的");
    MockHttpServletRequestBuilder correction = post(page + "/self-assessment").session(session).with(csrf());
    corrected.forEach(correction::param);
    mvc.perform(correction).andExpect(redirectedUrl(page + "#self-assessment"));
    mvc.perform(get(page).session(session)).andExpect(content().string(containsString("自我评价已更新")));
    assertThat(applicantCases.own("pgapplicant", application.getApplicationNumber()).getSelfAssessment())
        .contains("修改后的领导方面的自我评价");

    // the profile shows the declared domicile (Art 11(2)) with the guided form's hints, but not the credit code
    // that fixes who applies; a wrong industry code or a missing domicile is refused beside the field, the typed
    // name kept; right ones are taken
    mvc.perform(get(page).session(session)).andExpect(content().string(allOf(
        containsString("name=\"registrationAuthority\" value=\"保定市竞秀区市场监督管理局\""),
        containsString("name=\"registeredAddress\" value=\"河北省保定市竞秀区朝阳北大街 1 号\""),
        containsString("正常运营5年以上（第十一条第（二）项）"), not(containsString("name=\"creditCode\"")))));
    mvc.perform(post(page + "/profile").session(session).with(csrf()).param("orgName", "保定改名精工有限公司")
        .param("registeredOn", "2010-01-01").param("registrationAuthority", "保定市竞秀区市场监督管理局")
        .param("industry", "机械").param("chiefQualityOfficer", "true"))
        .andExpect(redirectedUrl(page + "#profile"));
    mvc.perform(get(page).session(session)).andExpect(content().string(allOf(containsString("id=\"industry-error\""),
        containsString("应为国民经济行业分类代码"), containsString("id=\"registeredAddress-error\""),
        containsString("value=\"保定改名精工有限公司\""))));
    mvc.perform(post(page + "/profile").session(session).with(csrf()).param("orgName", "保定改名精工有限公司")
        .param("registeredOn", "2010-01-01").param("registrationAuthority", "保定市莲池区市场监督管理局")
        .param("registeredAddress", "保定市莲池区东风东路 9 号").param("industry", "C35")
        .param("chiefQualityOfficer", "true"))
        .andExpect(redirectedUrl(page + "#profile"));
    mvc.perform(get(page).session(session)).andExpect(content().string(containsString("基本信息已更新")));
    Application renamed = applicantCases.own("pgapplicant", application.getApplicationNumber());
    assertThat(renamed.getApplicantName()).isEqualTo("保定改名精工有限公司");
    assertThat(renamed.getIndustry()).isEqualTo("C35");
    assertThat(renamed.getRegistrationAuthority()).isEqualTo("保定市莲池区市场监督管理局");
    assertThat(renamed.getRegisteredAddress()).isEqualTo("保定市莲池区东风东路 9 号");
    assertThat(renamed.getCreditCode()).isEqualTo(application.getCreditCode());

    mvc.perform(multipart(page + "/files").file(new MockMultipartFile("file", "假的.pdf", "application/pdf",
        "不是PDF".getBytes(StandardCharsets.UTF_8))).param("tradeSecret", "false").session(session).with(csrf()))
        .andExpect(redirectedUrl(page + "#evidence"));
    mvc.perform(get(page).session(session)).andExpect(content().string(allOf(containsString("id=\"file-error\""),
        containsString("文件「假的.pdf」的内容不是"))));

    String task = taskService.createTaskQuery().processInstanceId(application.getProcessInstanceId())
        .taskDefinitionKey(RECOMMENDER_REVIEW).singleResult().getId();
    taskService.complete(task, ConditionAnswers.recommenderReview(true, "同意推荐"));

    MockHttpServletRequestBuilder late = post(page + "/self-assessment").session(session).with(csrf());
    sectionTexts("太晚的").forEach(late::param);
    mvc.perform(late).andExpect(status().isConflict()).andExpect(content().string(containsString("推荐单位已对申报")));
    mvc.perform(post(page + "/profile").session(session).with(csrf()).param("orgName", "太晚改名")
        .param("registeredOn", "2010-01-01").param("registrationAuthority", "保定市莲池区市场监督管理局")
        .param("registeredAddress", "保定市莲池区东风东路 9 号").param("industry", "C35")
        .param("chiefQualityOfficer", "true"))
        .andExpect(status().isConflict());
    mvc.perform(get(page).session(session)).andExpect(content().string(allOf(containsString("申报材料不能再修改"),
        not(containsString("保存修改")), not(containsString("保存基本信息")), containsString("修改后的领导方面的自我评价"))));
    assertThat(applicantCases.own("pgapplicant", application.getApplicationNumber()).getSelfAssessment())
        .doesNotContain("太晚的");
  }

  @Test
  @DisplayName("a file without its trade-secret mark, or not of an accepted type, is refused in Chinese next to the file")
  void refusedUploads() throws Exception {
    MockHttpSession session = login("pgapplicant");
    step(session, 1, Map.of("kind", "ORGANIZATION", "recommenderCode", "R-ASSOC-QA"), "next");
    mvc.perform(multipart(drafts + "/files").file(new MockMultipartFile("file", "报告.pdf", "application/pdf",
        SampleFiles.pdf())).session(session).with(csrf())).andExpect(redirectedUrl(drafts + "?step=5"));
    mvc.perform(get(drafts + "?step=5").session(session))
        .andExpect(content().string(containsString("请注明该文件是否涉及商业秘密")));
    upload(session, "宏.exe", new byte[] {'M', 'Z', 1, 2}, "false");
    mvc.perform(get(drafts + "?step=5").session(session))
        .andExpect(content().string(allOf(containsString("id=\"file-error\""), containsString("格式不受支持"))));
  }

  @Test
  @DisplayName("an individual declares the points of Art 12 beside their text and assesses by the points of Art 12(3)(4); the employer's industry is the case's (Art 10); a top manager declares the organisation's records apart (Art 12(6) → 11(6)(7))")
  void individualApplication() throws Exception {
    MockHttpSession session = login("pgapplicant");
    int serial = SERIALS.getAndIncrement();
    step(session, 1, Map.of("kind", "INDIVIDUAL", "recommenderCode", "R-ASSOC-QA"), "next");
    mvc.perform(get(drafts + "?step=2").session(session))
        .andExpect(content().string(allOf(containsString("居民身份证号码"), not(containsString("组织名称")))));
    String idNumber = SampleApplications.idNumber(LocalDate.of(1975, 6, 1), serial % 1000);
    Map<String, String> profile = new LinkedHashMap<>(Map.of("indName", "赵工匠" + serial, "idNumber", idNumber,
        "employerCreditCode", SampleApplications.creditCode("130602", serial + 100000), "employerIndustry", "汽车",
        "qualityWorkSince", "2008-09-01", "topManager", "false"));
    step(session, 2, profile, "next");
    mvc.perform(get(drafts + "?step=3").session(session))
        .andExpect(content().string(allOf(containsString("id=\"no-employer-records\""),
            not(containsString("name=\"employerCreditRecords\"")), not(containsString("name=\"accidents\"")))));
    // a wrong industry code is refused beside the field at submission; a lower-case right one is taken
    mvc.perform(post(drafts + "/submit").session(session).with(csrf()));
    mvc.perform(get(drafts + "?step=2").session(session))
        .andExpect(content().string(allOf(containsString("id=\"employerIndustry-error\""),
            containsString("应为国民经济行业分类代码（GB/T 4754），如 C34"))));
    profile.put("employerIndustry", "c36");
    profile.put("topManager", "true");
    step(session, 2, profile, "next");
    // the draft may hold an ID number: it is stored encrypted
    assertThat(jdbc.queryForList("select form from application_draft", String.class))
        .isNotEmpty().noneMatch(form -> form.contains(idNumber) || form.contains("赵工匠"));
    mvc.perform(get(drafts + "?step=3").session(session))
        .andExpect(content().string(allOf(containsString("申报市政府质量奖的个人应当具备以下条件："),
            containsString("在本行政区域内从事质量相关工作或质量理论研究5年以上；"), not(containsString("cond7")))));
    mvc.perform(get(drafts + "?step=4").session(session))
        .andExpect(content().string(allOf(containsString("推广应用先进质量管理方法（满分 20 分）"),
            containsString("依据：第十二条第（四）项"))));
    Map<String, String> conditions = new LinkedHashMap<>();
    for (int point = 1; point <= 6; point++) {
      conditions.put("cond" + point, "true");
    }
    ConditionPoints.declared(ApplicationKind.INDIVIDUAL)
        .forEach(p -> conditions.put(p.statementField(), "符合" + p.citation() + "，见成果证书。"));
    conditions.put("noStateSecrets", "true");
    mvc.perform(get(drafts + "?step=3").session(session))
        .andExpect(content().string(allOf(containsString("id=\"employer-records\""),
            containsString("name=\"employerCreditRecords\""), containsString("name=\"accidents\""),
            containsString("本人的违法、违规、违纪记录（第十二条第（六）项），不限年限"))));
    conditions.put("employerCreditRecords", "2020-03-01 行政处罚 已满5年");
    step(session, 3, conditions, "next");
    step(session, 4, Map.of("section.AWARENESS", "质量意识", "section.METHODS", "工作方法",
        "section.CONTRIBUTION", "行业贡献", "section.PROMOTION", "推广六西格玛"), "next");
    upload(session, "成果证书.pdf", SampleFiles.pdf(), "false");
    mvc.perform(post(drafts + "/submit").session(session).with(csrf()))
        .andExpect(redirectedUrlPattern("/applicant/applications/BDQA-*"));
    Application application = applicantCases.submittedBy("pgapplicant").get(0);
    assertThat(application.getSelfAssessment()).contains("【推广应用先进质量管理方法（满分 20 分）】\n推广六西格玛");
    assertThat(application.getIndustry()).isEqualTo("C36");
    mvc.perform(get("/applicant/applications/" + application.getApplicationNumber()).session(session))
        .andExpect(content().string(allOf(containsString("个人"), containsString("********"),
            containsString("第十二条第（二）项"), containsString("所在单位行业代码"),
            containsString("name=\"employerIndustry\" value=\"C36\""),
            containsString("第十一条第六项 申报截止日 2026-03-31 前5年内（2021-03-31 之后）无经营异常名录"),
            containsString("已满5年不再计入：行政处罚 2020-03-01"), containsString("id=\"fixed-employer\""),
            not(containsString("name=\"employerCreditCode\"")))));
    // a correction cannot change the employer or the top-manager answer, whose records were declared (Art 12(6))
    MockHttpServletRequestBuilder correction = post("/applicant/applications/" + application.getApplicationNumber()
        + "/profile").session(session).with(csrf());
    Map.of("indName", "赵工匠" + serial, "employerCreditCode", SampleApplications.creditCode("130602", serial + 200000),
        "employerIndustry", "C36", "qualityWorkSince", "2008-09-01", "topManager", "false").forEach(correction::param);
    mvc.perform(correction).andExpect(status().is3xxRedirection());
    IndividualProfile kept = applicantCases.individualOf(applicantCases.submittedBy("pgapplicant").get(0));
    assertThat(kept.employerCreditCode()).isEqualTo(SampleApplications.creditCode("130602", serial + 100000));
    assertThat(kept.topManager()).isTrue();
  }

  // ---- the applicant's actions

  private MockHttpSession login(String user) throws Exception {
    return (MockHttpSession) mvc.perform(formLogin("/applicant/login").user(user).password(TestUsers.PASSWORD))
        .andExpect(redirectedUrl("/applicant/"))
        .andReturn().getRequest().getSession();
  }

  private org.springframework.test.web.servlet.ResultActions step(MockHttpSession session, int step,
      Map<String, String> fields, String go) throws Exception {
    MockHttpServletRequestBuilder request = post(drafts + "/steps/" + step).session(session).with(csrf())
        .param("go", go);
    fields.forEach(request::param);
    return mvc.perform(request);
  }

  private void upload(MockHttpSession session, String name, byte[] content, String tradeSecret) throws Exception {
    mvc.perform(multipart(drafts + "/files").file(new MockMultipartFile("file", name, "application/octet-stream", content))
        .param("tradeSecret", tradeSecret).session(session).with(csrf()))
        .andExpect(redirectedUrl(drafts + "?step=5"));
  }

  private void fillOrganization(MockHttpSession session, String creditCode, int serial) throws Exception {
    step(session, 1, Map.of("kind", "ORGANIZATION", "recommenderCode", "R-ASSOC-QA"), "next");
    step(session, 2, Map.of("orgName", "保定页面申报有限公司" + serial, "creditCode", creditCode,
        "registeredOn", "2010-01-01", "registrationAuthority", "保定市竞秀区市场监督管理局",
        "registeredAddress", "河北省保定市竞秀区朝阳北大街 1 号", "industry", "C34", "chiefQualityOfficer", "true",
        "topManagerName", "张三"), "next");
    Map<String, String> conditions = new LinkedHashMap<>();
    for (int point = 1; point <= 7; point++) {
      conditions.put("cond" + point, "true");
    }
    ConditionPoints.declared(ApplicationKind.ORGANIZATION)
        .forEach(p -> conditions.put(p.statementField(), "符合" + p.citation() + "，见证书。"));
    conditions.put("noStateSecrets", "true");
    step(session, 3, conditions, "next");
    step(session, 4, sectionTexts(""), "next");
  }

  private static Map<String, String> sectionTexts(String prefix) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("section.LEADERSHIP", prefix + "领导方面的自我评价：高层领导推行卓越绩效模式。");
    ORG_SECTIONS.stream().skip(1).forEach(code -> texts.put("section." + code, prefix + code + " 方面的自我评价。"));
    return texts;
  }

  private Application submitted() throws Exception {
    MockHttpSession session = login("pgapplicant");
    int serial = SERIALS.getAndIncrement();
    fillOrganization(session, SampleApplications.creditCode("130602", serial), serial);
    upload(session, "证书.pdf", SampleFiles.pdf(), "false");
    mvc.perform(post(drafts + "/submit").session(session).with(csrf()))
        .andExpect(redirectedUrlPattern("/applicant/applications/BDQA-*"));
    return applicantCases.submittedBy("pgapplicant").get(0);
  }
}
