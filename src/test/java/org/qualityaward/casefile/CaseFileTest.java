package org.qualityaward.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.application.AwardApplicationModel.CONSULT_DEPARTMENTS;
import static org.qualityaward.application.AwardApplicationModel.QUALIFICATION_REVIEW;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_SIGN_OFF;
import static org.qualityaward.evaluation.PanelMemberReviewModel.DECLARE_CONFLICT;
import static org.qualityaward.evaluation.PanelMemberReviewModel.SCORE_INDIVIDUAL;
import static org.qualityaward.evaluation.PanelMemberReviewModel.SCORE_ORGANIZATION;
import static org.qualityaward.evaluation.PanelReviewModel.CONSOLIDATE_PANEL;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.eligibility.CreditRecord;
import org.qualityaward.eligibility.CreditRecordType;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.expert.PanelDraw;
import org.qualityaward.expert.PanelDraws;
import org.qualityaward.publicity.CandidateDisqualified;
import org.qualityaward.publicity.objection.FileObjectionCommand;
import org.qualityaward.publicity.objection.ObjectionService;
import org.qualityaward.review.Scoring;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.qualityaward.testing.TestUsers;
import org.qualityaward.testing.ConditionAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.application.ApplicationCases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12, the case file at /cases/{applicationNumber}: who may open it and while, decided from the case's
 * records and the engine's state; trade-secret files behind the panel member's confidentiality undertaking
 * (Art 29); every opening logged and the log shown to the office only; objectors' identity for the office only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseFileTest {

  private static final String PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired ApplicationSubmissions submissions;
  @Autowired ExpertPool pool;
  @Autowired PanelDraws draws;
  @Autowired Scoring scoring;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ObjectionService objections;
  @Autowired CaseFileOpeningRepository openings;
  @Autowired UndertakingRepository undertakings;

  private EditionDriver driver;

  @BeforeEach
  void setUp() {
    SampleExperts.ensurePool(pool, identityService, 4);
    user("cfapplicant", "applicant");
    user("cfoffice", "quality-office");
    user("cfrecommender", "recommender", "recommender-R-ASSOC-QA");
    user("cfotherunit", "recommender", "recommender-R-JX-MSR");
    user("cfcounty", "county-coordination", "county-130602");
    user("cfdepartment", "recommender", "recommender-R-CITY-EE");
    user("cfleader", "leading-group");
    user("cfcityhall", "city-government");
    user("cfregulator", "market-regulator");
    driver = new EditionDriver(context);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("the recommending unit, the office, a consulted department while consulted, the panel until its report, the leading group and the city government (summary); nobody else")
  void whoMayOpenTheCaseFileAndWhile() {
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度案卷测试届").getId();
    Application application = driver.track(submissions.submit(SampleCases.organization(editionId, 8101), "cfapplicant"));
    String number = application.getApplicationNumber();
    String page = "/cases/" + number;
    Long openFile = upload(application, "质量手册.pdf", false);
    Long secretFile = upload(application, "工艺配方.pdf", true);

    // at the recommender's review
    assertThat(open("cfoffice", page).statusCode()).isEqualTo(200);
    HttpResponse<String> unit = open("cfrecommender", page);
    assertThat(unit.statusCode()).isEqualTo(200);
    assertThat(unit.body()).contains(number, "质量手册.pdf", "工艺配方.pdf", "自评报告", "申报条件审查结果", "办理记录",
        "/cases/" + number + "/files/" + openFile).doesNotContain("查阅记录", "评审组与评分");
    assertThat(unit.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'self'").doesNotContain("unsafe-inline"));
    HttpResponse<String> leader = open("cfleader", page);
    assertThat(leader.statusCode()).isEqualTo(200);
    assertThat(leader.body()).contains(number, "案件概况").doesNotContain("质量手册.pdf", "自评报告", "办理记录");
    assertThat(open("cfcityhall", page).statusCode()).isEqualTo(200);
    for (String refused : List.of("cfapplicant", "cfotherunit", "cfcounty", "cfdepartment", "cfregulator",
        "poolc341")) {
      HttpResponse<String> response = open(refused, page);
      assertThat(response.statusCode()).as(refused).isEqualTo(403);
      assertThat(response.body()).as(refused).contains("无权访问");
    }
    assertThat(open("cfleader", page + "/files/" + openFile).statusCode()).as("the summary has no files").isEqualTo(403);
    assertThat(open("cfoffice", "/cases/BDQA-1999-9999").statusCode()).isEqualTo(404);
    assertThat(HttpCaller.anonymous(port).page(page).statusCode()).as("to Tasklist's login").isEqualTo(302);
    assertThat(HttpCaller.webapp(port, "cfrecommender", TestUsers.PASSWORD, "tasklist").page(page).statusCode())
        .as("a link from a Tasklist form, with the Tasklist login").isEqualTo(200);
    assertThat(HttpCaller.webapp(port, "cfapplicant", TestUsers.PASSWORD, "tasklist").page(page).statusCode())
        .as("the session decides who, the records whether").isEqualTo(403);

    // a department while its opinion is asked (Art 17), not after
    complete(application, RECOMMENDER_REVIEW, ConditionAnswers.recommenderReview(true, "同意推荐"));
    driver.advanceTo(EditionDriver.DEADLINE.plusDays(1).atTime(9, 0));
    driver.passPublicity(driver.refresh(application).getProcessInstanceId());
    complete(application, RECOMMENDER_SIGN_OFF, Map.of("materialsVerified", true, "signOffOpinion", "材料真实完整，同意推荐"));
    // the unit's review and signed opinion are the case's records, each its own row (Art 16)
    assertThat(open("cfoffice", page).body()).containsPattern(
        "推荐单位审核（第十六条）</td>\\s*<td>[^<]+</td>\\s*<td>同意推荐</td>\\s*<td>同意推荐</td>")
        .containsPattern("推荐单位签署推荐意见（第十六条）</td>\\s*<td>[^<]+</td>\\s*<td>已签署</td>\\s*<td>材料真实完整，同意推荐</td>");
    assertThat(open("cfdepartment", page).statusCode()).isEqualTo(200);
    tasks.createTaskQuery().processInstanceId(driver.refresh(application).getProcessInstanceId())
        .taskDefinitionKey(CONSULT_DEPARTMENTS).list()
        .forEach(t -> tasks.complete(t.getId(), Map.of("approved", true, "comment", "近5年无不良记录")));
    assertThat(open("cfdepartment", page).statusCode()).isEqualTo(403);
    complete(application, QUALIFICATION_REVIEW, ConditionAnswers.qualificationReview(true, "符合条件，予以受理"));
    driver.runDueJobs();
    driver.passPublicity(driver.editionInstanceId());

    // the drawn panel: each member from the draw; trade secrets only after the undertaking (Art 29)
    ProcessInstance panel = driver.panelOf(application);
    List<ProcessInstance> members = runtime.createProcessInstanceQuery().superProcessInstanceId(panel.getId())
        .processDefinitionKey("panel-member-review").list();
    Task declaration = memberTask(members.get(0), DECLARE_CONFLICT);
    String expert = declaration.getAssignee();
    String notDrawn = SampleExperts.ensurePool(pool, identityService, 4).stream()
        .filter(id -> draws.inForce(application.getId()).stream().noneMatch(d -> draws.memberUserIds(d).contains(id)))
        .findFirst().orElseThrow();
    assertThat(open(notDrawn, page).statusCode()).as("an expert not drawn").isEqualTo(403);
    HttpResponse<String> before = open(expert, page);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body()).contains("尚未签署保密承诺").doesNotContain("评审组与评分", "查阅记录");
    HttpResponse<String> pdf = HttpCaller.basic(port, expert, SampleExperts.PASSWORD).get(page + "/files/" + openFile);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(pdf.headers().firstValue("Content-Security-Policy")).as("framed by the case file, shown by the viewer")
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'self'").doesNotContain("object-src 'none'"));
    assertThat(pdf.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    HttpResponse<String> refusedSecret = open(expert, page + "/files/" + secretFile);
    assertThat(refusedSecret.statusCode()).as("a trade secret before the undertaking").isEqualTo(403);
    assertThat(refusedSecret.body()).contains("保密承诺");

    asUser(expert, () -> tasks.complete(declaration.getId(),
        Map.of("conflictOfInterest", false, "confidentialityUndertaking", true)));
    assertThat(undertakings.findByApplicationIdOrderBySignedAt(application.getId()))
        .singleElement().satisfies(u -> assertThat(u.getUserId()).isEqualTo(expert));
    assertThat(open(expert, page).body()).contains("您已签署保密承诺");
    HttpResponse<String> secret = open(expert, page + "/files/" + secretFile);
    assertThat(secret.statusCode()).as("a trade secret after the undertaking").isEqualTo(200);
    assertThat(secret.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(open("cfrecommender", page + "/files/" + secretFile).statusCode())
        .as("the unit does not read the trade secret").isEqualTo(403);

    // the office reads the panel and the log
    HttpResponse<String> office = open("cfoffice", page);
    assertThat(office.body()).as("the department's opinion, by name").contains("保定市生态环境局", "近5年无不良记录");
    assertThat(office.body()).as("the history is the case's and its panel's, not the edition's")
        .contains("开始「评审员评分」").doesNotContain("印发申报通知并发布公告");
    assertThat(office.body()).contains("评审组与评分", "已签署", "查阅记录", "查看材料「工艺配方.pdf」（商业秘密）", expert);
    User member = identityService.createUserQuery().userId(expert).singleResult();
    String memberName = member.getLastName() + member.getFirstName();
    assertThat(office.body()).as("the office's history names the panel's members").contains(memberName + "</td>");
    // who sits on the panel is the office's to know (Art 29): the unit's history says only that the panel worked
    HttpResponse<String> unitsView = open("cfrecommender", page);
    assertThat(unitsView.body()).contains("评审组成员", "办理完成「回避声明：").doesNotContain(memberName, expert);

    // the report accepted: the panel's members lose the case file
    finishPanel(application, panel);
    assertThat(scoring.acceptedReport(application.getId(), org.qualityaward.review.ReviewStage.DOCUMENT_REVIEW)).isPresent();
    assertThat(open(expert, page).statusCode()).as("after the panel's report is accepted").isEqualTo(403);
    assertThat(open(expert, page + "/files/" + openFile).statusCode()).isEqualTo(403);
    assertThat(open("cfleader", page).body()).as("the result").contains("评审结果", "资料评审");
    // nor after the report: the rating of the members starts on the leader's completion, not in the leader's name
    HttpResponse<String> afterReport = open("cfrecommender", page);
    assertThat(afterReport.body()).contains("开始「评审员考核」");
    assertThat(afterReport.body()).as("the panels' scores are the office's and the deciders'").doesNotContain("评审结果");
    List<String> drawnMembers = draws.inForce(application.getId()).stream()
        .flatMap(d -> draws.memberUserIds(d).stream()).toList();
    assertThat(drawnMembers).isNotEmpty();
    for (String drawn : drawnMembers) {
      User user = identityService.createUserQuery().userId(drawn).singleResult();
      assertThat(afterReport.body()).doesNotContain(user.getLastName() + user.getFirstName());
    }
  }

  @Test
  @DisplayName("Art 29: a panel stopped without a report (the candidate disqualified) closes the case file to its members,"
      + " trade secrets included")
  void aStoppedPanelClosesTheCaseFile() {
    int year = EditionYears.next();
    driver.openEdition(year, year + "年度案卷停止评审测试届");
    Application application = driver.track(submissions.submit(SampleCases.organization(driver.edition().getId(), 8102),
        "cfapplicant"));
    String page = "/cases/" + application.getApplicationNumber();
    Long secretFile = upload(application, "工艺配方.pdf", true);
    driver.acceptAll(List.of(application));
    ProcessInstance panel = driver.panelOf(application);
    Task declaration = memberTask(runtime.createProcessInstanceQuery().superProcessInstanceId(panel.getId())
        .processDefinitionKey("panel-member-review").list().get(0), DECLARE_CONFLICT);
    String expert = declaration.getAssignee();
    asUser(expert, () -> tasks.complete(declaration.getId(),
        Map.of("conflictOfInterest", false, "confidentialityUndertaking", true)));
    assertThat(open(expert, page + "/files/" + secretFile).statusCode()).isEqualTo(200);

    new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
        context.publishEvent(new CandidateDisqualified(application.getId(), 0L, "投诉举报经核实属实（第九条第六项）")));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(panel.getId()).count()).isZero();
    assertThat(open(expert, page).statusCode()).isEqualTo(403);
    assertThat(open(expert, page + "/files/" + secretFile).statusCode()).isEqualTo(403);
    assertThat(open("cfoffice", page).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("Art 10, 29: the office replaces a member who has not scored from the panel's page the case file links to;"
      + " the reason is required and kept as typed on refusal; the leading group does not see who sits on the panel")
  void theOfficeReplacesAMember() {
    int year = EditionYears.next();
    driver.openEdition(year, year + "年度更换评审员测试届");
    Application application = driver.track(submissions.submit(SampleCases.organization(driver.edition().getId(), 8106),
        "cfapplicant"));
    driver.acceptAll(List.of(application));
    PanelDraw draw = draws.inForce(application.getId()).get(0);
    String panelPage = "/manager/panels/" + draw.getId();
    String leaving = draws.memberUserIds(draw).get(1);
    String form = "expertId=" + draw.getMemberIds().get(1) + "&reason=";

    assertThat(open("cfoffice", "/cases/" + application.getApplicationNumber()).body()).contains(panelPage);
    HttpCaller office = HttpCaller.basic(port, "cfoffice", TestUsers.PASSWORD);
    assertThat(office.page(panelPage).body()).contains("更换理由", application.getApplicationNumber());
    assertThat(HttpCaller.basic(port, "cfleader", TestUsers.PASSWORD).page(panelPage).statusCode()).isEqualTo(403);
    HttpResponse<String> noReason = office.send("POST", panelPage + "/replacements",
        "application/x-www-form-urlencoded", form);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("必须填写更换理由");
    assertThat(draws.latest(draw.getId()).getId()).as("nothing done").isEqualTo(draw.getId());
    assertThat(office.send("POST", panelPage + "/replacements", "application/x-www-form-urlencoded",
        form + java.net.URLEncoder.encode("因病不能参加评审", java.nio.charset.StandardCharsets.UTF_8)).statusCode())
        .isEqualTo(302);
    driver.runDueJobs();

    PanelDraw latest = draws.latest(draw.getId());
    assertThat(latest.getReplacedExpertId()).isEqualTo(draw.getMemberIds().get(1));
    assertThat(latest.getReplacementReason()).isEqualTo("市质强办（cfoffice）更换：因病不能参加评审");
    assertThat(open(leaving, "/cases/" + application.getApplicationNumber()).statusCode()).as("the member replaced")
        .isEqualTo(403);
    assertThat(office.page(panelPage).body()).as("the replaced draw points to the one in force")
        .contains("/manager/panels/" + latest.getId()).doesNotContain("更换理由 <input");
    // the same through the API: problem details naming what is wrong
    String again = "{\"expertId\":" + draw.getMemberIds().get(2) + ",\"reason\":\"出差\"}";
    HttpResponse<String> replaced = office.post("/api/draws/" + draw.getId() + "/replacements", again);
    assertThat(replaced.statusCode()).isEqualTo(409);
    assertThat(replaced.body()).contains("最新的抽取");
    assertThat(office.post("/api/draws/" + latest.getId() + "/replacements", "{\"expertId\":1}").statusCode())
        .isEqualTo(400);
  }

  @Test
  @DisplayName("every opening of the case file or a file is logged (who, when, what), and only the office reads the log")
  void openingsAreLoggedAndShownToTheOfficeOnly() {
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度案卷日志测试届").getId();
    Application application = driver.track(submissions.submit(SampleCases.organization(editionId, 8102), "cfapplicant"));
    String page = "/cases/" + application.getApplicationNumber();
    Long file = upload(application, "检测报告.pdf", false);
    long before = openings.count();

    assertThat(open("cfrecommender", page).statusCode()).isEqualTo(200);
    assertThat(open("cfrecommender", page + "/files/" + file).statusCode()).isEqualTo(200);
    assertThat(open("cfleader", page).statusCode()).isEqualTo(200);
    open("cfotherunit", page); // refused: not an opening

    List<CaseFileOpening> rows = openings.findTop500ByApplicationIdOrderByOpenedAtDescIdDesc(application.getId());
    assertThat(openings.count() - before).isEqualTo(3);
    assertThat(rows).extracting(CaseFileOpening::getUserId, CaseFileOpening::getWhat).contains(
        org.assertj.core.groups.Tuple.tuple("cfrecommender", "打开案卷"),
        org.assertj.core.groups.Tuple.tuple("cfrecommender", "查看材料「检测报告.pdf」"),
        org.assertj.core.groups.Tuple.tuple("cfleader", "打开案卷（摘要与结果）"));
    assertThat(rows).allSatisfy(r -> assertThat(r.getOpenedAt()).isNotNull());

    String office = open("cfoffice", page).body();
    assertThat(office).contains("查阅记录", "cfrecommender", "查看材料「检测报告.pdf」", "打开案卷（摘要与结果）");
    assertThat(open("cfrecommender", page).body()).doesNotContain("查阅记录", "查看材料「检测报告.pdf」");
    assertThat(open("cfleader", page).body()).doesNotContain("查阅记录");
  }

  @Test
  @DisplayName("publicities show on the case file with their first and last day, and objections; the objector's identity and the whole receipt number only to the office, the identity through the encrypted record's endpoint")
  void objectorIdentityOnlyForTheOffice() {
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度案卷异议测试届").getId();
    Application application = driver.track(submissions.submit(
        SampleApplications.organization(editionId, "R-JX-MSR", 8103, LocalDate.of(2010, 1, 1)), "cfapplicant"));
    String page = "/cases/" + application.getApplicationNumber();
    complete(application, RECOMMENDER_REVIEW, ConditionAnswers.recommenderReview(true, "同意推荐"));
    ProcessInstance publicity = driver.publicityOf(driver.refresh(application).getProcessInstanceId());
    String receipt = objections.file((Long) runtime.getVariable(publicity.getId(), "publicityId"),
        new FileObjectionCommand("钱异议", "13803129999", application.getId(), "申报材料中的获奖情况与事实不符。"))
        .getReceiptNumber();

    HttpResponse<String> office = open("cfoffice", page);
    assertThat(office.body()).contains(receipt, "申报材料中的获奖情况与事实不符", "/api/objections/" + receipt + "/objector")
        .doesNotContain("钱异议", "13803129999");
    // the publicity's first and last day, as the notice board states them (Art 16)
    assertThat(office.body()).containsPattern("公示期：\\d{4}年\\d{1,2}月\\d{1,2}日至\\d{4}年\\d{1,2}月\\d{1,2}日（5个工作日）");
    HttpResponse<String> unit = open("cfotherunit", page);
    assertThat(unit.statusCode()).as("the county regulator recommending the case").isEqualTo(200);
    // the whole receipt number opens the answer to the objector: others read its serial only
    String serial = receipt.substring(0, receipt.lastIndexOf('-'));
    assertThat(unit.body()).contains(serial, "异议人身份仅市质强办可见")
        .doesNotContain(receipt, "钱异议", "13803129999", "/objector");
    HttpResponse<String> county = open("cfcounty", page);
    assertThat(county.statusCode()).as("its county body: consent is needed").isEqualTo(200);
    assertThat(county.body()).doesNotContain("钱异议", "/objector");
    assertThat(HttpCaller.basic(port, "cfoffice", TestUsers.PASSWORD).get("/api/objections/" + receipt + "/objector").body())
        .contains("钱异议");

    // the unit reads who objected while it investigates (the task claimed by one of its people, as Tasklist
    // has it to fill in the findings), not once its findings are in (the office concludes)
    String objector = "/api/objections/" + receipt + "/objector";
    Task investigation = tasks.createTaskQuery().processInstanceId(objections.findByReceiptNumber(receipt).orElseThrow()
        .getProcessInstanceId()).taskDefinitionKey(org.qualityaward.publicity.ObjectionModel.INVESTIGATE_OBJECTION)
        .singleResult();
    assertThat(HttpCaller.basic(port, "cfotherunit", TestUsers.PASSWORD).get(objector).body()).contains("钱异议");
    tasks.claim(investigation.getId(), "cfotherunit");
    assertThat(HttpCaller.basic(port, "cfotherunit", TestUsers.PASSWORD).get(objector).body()).contains("钱异议");
    asUser("cfotherunit", () -> tasks.complete(investigation.getId(), Map.of("findings", "经核查，获奖情况属实。")));
    HttpResponse<String> afterwards = HttpCaller.basic(port, "cfotherunit", TestUsers.PASSWORD).get(objector);
    assertThat(afterwards.statusCode()).isEqualTo(403);
    assertThat(afterwards.body()).contains("调查核实期间").doesNotContain("钱异议");
    assertThat(HttpCaller.basic(port, "cfoffice", TestUsers.PASSWORD).get(objector).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("the unit reads the profile (with the registration authority and domicile of Art 11(2)), the declarations in Chinese, the self-assessment and the findings with their articles")
  void materialsAsStored() {
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度案卷材料测试届").getId();
    ApplicationSubmission base = SampleCases.organization(editionId, 8104);
    Application application = driver.track(submissions.submit(new ApplicationSubmission(base.editionId(), base.kind(),
        base.recommenderCode(), base.organization(), null, new Declarations(true,
            List.of(new CreditRecord(CreditRecordType.ADMINISTRATIVE_PENALTY, LocalDate.of(2015, 5, 10), "罚款已缴清")),
            List.of()), "领导重视质量，建立首席质量官制度并推行卓越绩效模式。", base.evidence(), base.conditions()),
        "cfapplicant"));

    String page = open("cfrecommender", "/cases/" + application.getApplicationNumber()).body();
    assertThat(page).contains("登记机关", base.organization().registrationAuthority(), "住所",
        base.organization().registeredAddress());
    assertThat(page).contains("统一社会信用代码", base.organization().creditCode(), "信用记录（第十一条第六项）", "行政处罚",
        "罚款已缴清", "领导重视质量，建立首席质量官制度并推行卓越绩效模式。", "ORG-CREDIT", "第十一条第（六）项", "符合",
        "开始「", "办理记录").doesNotContain("ADMINISTRATIVE_PENALTY");
  }

  // ---- helpers

  private HttpResponse<String> open(String userId, String path) {
    String password = userId.startsWith("pool") ? SampleExperts.PASSWORD : TestUsers.PASSWORD;
    return HttpCaller.basic(port, userId, password).page(path);
  }

  private Long upload(Application application, String fileName, boolean tradeSecret) {
    String body = "--cf\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n" + PDF + "\r\n--cf\r\nContent-Disposition: form-data; name=\"tradeSecret\"\r\n\r\n"
        + tradeSecret + "\r\n--cf--\r\n";
    HttpResponse<String> response = HttpCaller.basic(port, "cfapplicant", TestUsers.PASSWORD)
        .send("POST", "/api/applications/" + application.getId() + "/evidence", "multipart/form-data; boundary=cf", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
    assertThat(id.find()).isTrue();
    return Long.valueOf(id.group(1));
  }

  @Test
  @DisplayName("Art 16, 33: a renewal has no recommending unit: the unit that recommended the award reads neither its case"
      + " file nor its record, the office does")
  void aRenewalIsNotTheRecommendersToRead() {
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度复评案卷测试届").getId();
    Application won = driver.track(submissions.submit(SampleCases.organization(editionId, 8109), "cfapplicant"));
    Honour honour = context.getBean(Honours.class).confer(won.getApplicantName(), ApplicationKind.ORGANIZATION,
        AwardLevel.AWARD, won.getCreditCode(), null, null, editionId, LocalDate.of(year, 6, 1), null, null);
    ApplicationCases cases = context.getBean(ApplicationCases.class);
    Application renewal = cases.openRenewal(won.getId(), honour.getId(), "有效期内持续推行卓越绩效模式",
        cases.renewalDeclarations("", "", ""), "cfapplicant");

    assertThat(open("cfrecommender", "/cases/" + won.getApplicationNumber()).statusCode()).isEqualTo(200);
    assertThat(open("cfrecommender", "/cases/" + renewal.getApplicationNumber()).statusCode()).isEqualTo(403);
    assertThat(open("cfcounty", "/cases/" + renewal.getApplicationNumber()).statusCode()).isEqualTo(403);
    assertThat(HttpCaller.basic(port, "cfrecommender", TestUsers.PASSWORD).get("/api/applications/" + renewal.getId())
        .statusCode()).isEqualTo(403);
    assertThat(open("cfoffice", "/cases/" + renewal.getApplicationNumber()).statusCode()).isEqualTo(200);
    assertThat(HttpCaller.basic(port, "cfapplicant", TestUsers.PASSWORD).get("/api/applications/" + renewal.getId())
        .statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("Art 15–17: the case file links the office to a unit step's deadline; past it, the office closes the case"
      + " on the page with its reason (the leading group reads the page without the form)")
  void theOfficeClosesAnOverdueUnitStep() {
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度逾期办结测试届").getId();
    Application application = driver.track(submissions.submit(SampleCases.organization(editionId, 8111), "cfapplicant"));
    String closure = "/manager/cases/" + application.getApplicationNumber() + "/overdue-closure";
    assertThat(open("cfoffice", "/cases/" + application.getApplicationNumber()).body()).contains("href=\"" + closure + "\"");
    assertThat(open("cfrecommender", "/cases/" + application.getApplicationNumber()).body()).doesNotContain(closure);
    HttpResponse<String> before = open("cfoffice", closure);
    assertThat(before.body()).contains("推荐单位审核申报材料", "（未届满）").doesNotContain("按逾期未推荐办结</button>");

    Task review = tasks.createTaskQuery().processInstanceId(driver.refresh(application).getProcessInstanceId())
        .taskDefinitionKey(RECOMMENDER_REVIEW).singleResult();
    EngineClock.set(java.time.LocalDateTime.ofInstant(review.getDueDate().toInstant(), EngineClock.ZONE).plusHours(1));
    assertThat(open("cfleader", closure).body()).contains("（已逾期）").doesNotContain("按逾期未推荐办结</button>");
    HttpCaller office = HttpCaller.basic(port, "cfoffice", TestUsers.PASSWORD);
    assertThat(open("cfoffice", closure).body()).contains("按逾期未推荐办结</button>");
    HttpResponse<String> noReason = office.send("POST", closure, "application/x-www-form-urlencoded", "reason=");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("请说明逾期办结的理由");
    HttpResponse<String> closed = office.send("POST", closure, "application/x-www-form-urlencoded",
        "reason=" + java.net.URLEncoder.encode("两次督办未果", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(302);
    assertThat(driver.refresh(application).getOutcomeReason()).endsWith("市质强办（cfoffice）办结：两次督办未果");
    assertThat(open("cfoffice", closure + "?closed").body()).contains("已按逾期未推荐办结", "不在推荐单位或县级议事协调机构的办理环节");
  }

  @Test
  @DisplayName("Art 31: while a return visit is open, its regulators read what the holder submitted, as the visit form"
      + " links it; trade secrets stay the office's, and nobody else gains the record")
  void returnVisitorsReadTheHoldersFiles() {
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度回访材料测试届").getId();
    Application won = driver.track(submissions.submit(SampleCases.organization(editionId, 8113), "cfapplicant"));
    Long openFile = upload(won, "质量手册.pdf", false);
    Long secretFile = upload(won, "工艺配方.pdf", true);
    Honour honour = context.getBean(Honours.class).confer(won.getApplicantName(), ApplicationKind.ORGANIZATION,
        AwardLevel.AWARD, won.getCreditCode(), null, null, editionId, LocalDate.of(2024, 6, 1), won.getId(), "cfapplicant");
    HttpCaller regulator = HttpCaller.basic(port, "cfregulator", TestUsers.PASSWORD);
    String record = "/api/applications/" + won.getId();
    assertThat(regulator.get(record).statusCode()).as("no visit open yet").isEqualTo(403);

    ManagementService management = context.getBean(ManagementService.class);
    String honourInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("honour-" + honour.getId())
        .singleResult().getId();
    // the first visit falls due at the end of year 2 (a timer run early waits for its time again)
    EngineClock.set(LocalDate.of(2026, 6, 1).atTime(9, 0));
    management.executeJob(management.createJobQuery().processInstanceId(honourInstance).activityId("Timer_VisitDue")
        .singleResult().getId());

    assertThat(regulator.get(record).statusCode()).as(regulator.get(record).body()).isEqualTo(200);
    assertThat(regulator.get(record + "/evidence/" + openFile).statusCode()).isEqualTo(200);
    assertThat(regulator.get(record + "/evidence/" + secretFile).statusCode()).isEqualTo(403);
    // claimed to be recorded, the visit still opens the record to its claimant
    Task visit = tasks.createTaskQuery().processInstanceId(honourInstance).taskDefinitionKey("Task_ReturnVisit").singleResult();
    tasks.claim(visit.getId(), "cfregulator");
    assertThat(regulator.get(record + "/evidence/" + openFile).statusCode()).isEqualTo(200);
    assertThat(HttpCaller.basic(port, "cfleader", TestUsers.PASSWORD).get(record).statusCode()).isEqualTo(403);
  }

  private void complete(Application application, String key, Map<String, Object> variables) {
    Task task = driver.caseTask(application, key);
    assertThat(task).as(key).isNotNull();
    tasks.complete(task.getId(), variables);
  }

  private Task memberTask(ProcessInstance member, String key) {
    return tasks.createTaskQuery().processInstanceId(member.getId()).taskDefinitionKey(key).singleResult();
  }

  private void finishPanel(Application application, ProcessInstance panel) {
    var sheet = scoring.sheetFor(application.getId());
    for (ProcessInstance member : runtime.createProcessInstanceQuery().superProcessInstanceId(panel.getId())
        .processDefinitionKey("panel-member-review").list()) {
      Task declaration = memberTask(member, DECLARE_CONFLICT);
      if (declaration != null) {
        asUser(declaration.getAssignee(), () -> tasks.complete(declaration.getId(),
            Map.of("conflictOfInterest", false, "confidentialityUndertaking", true)));
      }
      Task score = tasks.createTaskQuery().processInstanceId(member.getId())
          .taskDefinitionKeyIn(SCORE_ORGANIZATION, SCORE_INDIVIDUAL).singleResult();
      asUser(score.getAssignee(), () -> tasks.complete(score.getId(), EditionDriver.scores(sheet, new BigDecimal("800"))));
    }
    Task consolidation = tasks.createTaskQuery().processInstanceId(panel.getId()).taskDefinitionKey(CONSOLIDATE_PANEL)
        .singleResult();
    asUser(consolidation.getAssignee(), () -> tasks.complete(consolidation.getId(), EditionDriver.consolidation(sheet)));
    driver.runDueJobs();
  }

  private void asUser(String userId, Runnable action) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      action.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void user(String userId, String... groups) {
    TestUsers.ensure(identityService, userId, groups[0]);
    for (int i = 1; i < groups.length; i++) {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(groups[i]).count() == 0) {
        identityService.createMembership(userId, groups[i]);
      }
    }
  }
}
