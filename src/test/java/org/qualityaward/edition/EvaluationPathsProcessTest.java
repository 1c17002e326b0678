package org.qualityaward.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityaward.application.AwardApplicationModel.AWAIT_NEXT_STAGE;
import static org.qualityaward.application.AwardApplicationModel.CANDIDATE_DISQUALIFIED;
import static org.qualityaward.application.AwardApplicationModel.END_DISQUALIFIED_AFTER_ACCEPTANCE;
import static org.qualityaward.application.AwardApplicationModel.END_NOT_SELECTED_FOR_ONSITE;
import static org.qualityaward.application.AwardApplicationModel.END_OUTCOME_DECIDED;
import static org.qualityaward.application.AwardApplicationModel.FINAL_OUTCOME_DECIDED;
import static org.qualityaward.application.AwardApplicationModel.NOT_SELECTED_FOR_ONSITE;
import static org.qualityaward.edition.AwardEditionModel.CITY_GOVERNMENT_APPROVAL;
import static org.qualityaward.edition.AwardEditionModel.COMMEND;
import static org.qualityaward.edition.AwardEditionModel.DECIDE_TIES;
import static org.qualityaward.edition.AwardEditionModel.DOCUMENT_REVIEWS;
import static org.qualityaward.edition.AwardEditionModel.END_COMMENDED;
import static org.qualityaward.edition.AwardEditionModel.LEADING_GROUP_REVIEW;
import static org.qualityaward.edition.AwardEditionModel.ONSITE_LIST_PUBLICITY;
import static org.qualityaward.edition.AwardEditionModel.ONSITE_REVIEWS;
import static org.qualityaward.edition.AwardEditionModel.OPEN_PROPOSED_LIST_PUBLICITY;
import static org.qualityaward.edition.AwardEditionModel.PREPARE_ONSITE_PROPOSAL;
import static org.qualityaward.edition.AwardEditionModel.PROPOSED_LIST_PUBLICITY;
import static org.qualityaward.edition.AwardEditionModel.PROPOSE_ONSITE_LIST;
import static org.qualityaward.edition.AwardEditionModel.RANK_CANDIDATES;
import static org.qualityaward.edition.AwardEditionModel.REVISE_PROPOSAL;
import static org.qualityaward.edition.AwardEditionModel.START_DOCUMENT_REVIEW;
import static org.qualityaward.edition.AwardEditionModel.START_ONSITE_REVIEW;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.commendation.Commendation;
import org.qualityaward.commendation.CommendationRepository;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honours;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.publicity.PublicityEntry;
import org.qualityaward.publicity.PublicityService;
import org.qualityaward.review.Ranking;
import org.qualityaward.review.Rankings;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The paths of award-edition and award-application after the accepted list (Art 18-24), with
 * quotas of one organisation award, one individual award and one nomination so that every level,
 * a tie at a boundary, a place left empty for lack of score and a disqualification after ranking
 * take only a few cases (minimum scores as shipped: 600 award, 500 nomination of 1000).
 */
@ProcessTest
@TestPropertySource(properties = {"qa.review.quotas.organization-awards=1", "qa.review.quotas.individual-awards=1",
    "qa.review.quotas.nominations=1"})
class EvaluationPathsProcessTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(4000);

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired ExpertPool expertPool;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired CommendationRepository commendations;
  @Autowired Rankings rankings;
  @Autowired PublicityService publicities;
  @Autowired JdbcTemplate jdbc;

  private EditionDriver driver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    SampleExperts.ensurePool(expertPool, identityService, 4);
    driver = new EditionDriver(context);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 18-24: document review, on-site list with a refused number, one not listed and one disqualified"
      + " by objection, on-site review, returns by the leading group and the city, then commendation by level")
  void wholePathWithReturns() {
    Edition edition = driver.openEdition(EditionYears.next(), "全流程届");
    Application o1 = organization(edition);
    Application o2 = organization(edition);
    Application o3 = organization(edition);
    Application o4 = organization(edition);
    Application o5 = organization(edition);
    Application i1 = driver.submit(SampleCases.individual(edition.getId(), 1, SERIALS.getAndIncrement() % 1000));
    List<Application> all = List.of(o1, o2, o3, o4, o5, i1);
    driver.acceptAll(all);

    ProcessInstance editionInstance = driver.editionInstance();
    BpmnAwareTests.assertThat(editionInstance).hasPassed(START_DOCUMENT_REVIEW)
        .isWaitingAt(DOCUMENT_REVIEWS);
    assertThat(stage(edition)).isEqualTo(EditionStage.DOCUMENT_REVIEW);
    assertThat(panels(editionInstance)).extracting(ProcessInstance::getBusinessKey)
        .as("each panel named by its case and stage, for Cockpit")
        .containsExactlyInAnyOrderElementsOf(all.stream().map(a -> a.getApplicationNumber() + " 资料评审").toList());
    all.forEach(a -> BpmnAwareTests.assertThat(caseInstance(a)).isWaitingAt(AWAIT_NEXT_STAGE));

    driver.completePanel(o1, score(900));
    driver.completePanel(o2, score(850));
    driver.completePanel(o3, score(800));
    driver.completePanel(o4, score(300));
    driver.completePanel(o5, score(700));
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(DOCUMENT_REVIEWS);
    assertThat(driver.refresh(o5).getStage()).isEqualTo(ApplicationStage.DOCUMENT_REVIEWED);
    driver.completePanel(i1, score(90));

    // the last report completes the stage: the office proposes from the ranked document scores
    BpmnAwareTests.assertThat(editionInstance).hasPassed(DOCUMENT_REVIEWS, PREPARE_ONSITE_PROPOSAL)
        .isWaitingAt(PROPOSE_ONSITE_LIST);
    // the edition was ranked in a job of its own, not in the last panel leader's request
    assertThat(editionJobsRan(editionInstance, PREPARE_ONSITE_PROPOSAL)).isEqualTo(1);
    // the individual's 90 of 100 points stands beside the organisations' 900 of 1000 (Art 18, 20: one scale)
    assertThat((String) driver.editionVariable("onsiteProposal")).startsWith("1. " + o1.getApplicationNumber())
        .contains("资料评审得分 900")
        .contains("2. " + i1.getApplicationNumber() + " " + i1.getApplicantName() + "（个人）资料评审得分 90.00（折合千分制 900）");
    assertThat((String) driver.editionVariable("onsiteProposal")).endsWith("共 6 个）");

    String wrong = "BDQA-1999-999";
    assertThatThrownBy(() -> driver.completeEditionTask(PROPOSE_ONSITE_LIST,
        Map.of("onsiteExcluded", o4.getApplicationNumber(), "onsiteAdded", wrong)))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining(wrong);
    assertThatThrownBy(() -> driver.completeEditionTask(PROPOSE_ONSITE_LIST,
        Map.of("onsiteExcluded", numbers(o1, o2, o3, o4, o5, i1).replace("\n", " 不列入\n") + " 不列入")))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("至少列入一个申报");
    // Art 18: a case left out of the proposal is left out with a reason, which its outcome gives
    assertThatThrownBy(() -> driver.completeEditionTask(PROPOSE_ONSITE_LIST,
        Map.of("onsiteExcluded", o4.getApplicationNumber())))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("第1行：不列入 " + o4.getApplicationNumber() + " 须写明理由");
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(PROPOSE_ONSITE_LIST);

    // cases from the applicant pages keep their self-assessment by section: the achievements are published
    section(o1, 7, "RESULTS", "结果", "主导产品国内市场占有率第一，顾客满意度连续三年 95 分以上");
    section(o1, 1, "LEADERSHIP", "领导", "最高管理者亲自推动卓越绩效");
    section(i1, 2, "METHODS", "独特的工作方法、经验和成果", "首创焊接缺陷分级法，返修率下降 40%");
    driver.completeEditionTask(PROPOSE_ONSITE_LIST, Map.of("onsiteExcluded", o4.getApplicationNumber()
        + "\u3000资料评审 300 分，与其他候选差距较大", "comment", "资料评审 300 分者不列入"));
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(ONSITE_LIST_PUBLICITY);
    Long onsitePublicity = (Long) driver.editionVariable("publicityId");
    // Art 18 主要业绩、事迹: an organisation's results, an individual's methods and results; else its one text
    Map<Long, String> summaries = publicities.entriesOf(onsitePublicity).stream()
        .collect(Collectors.toMap(PublicityEntry::getApplicationId, PublicityEntry::getSummary));
    assertThat(summaries.get(o1.getId())).contains("主要业绩：主导产品国内市场占有率第一").doesNotContain("卓越绩效");
    assertThat(summaries.get(i1.getId())).contains("主要事迹：首创焊接缺陷分级法");
    assertThat(summaries.get(o2.getId())).contains("主要业绩：").doesNotContain("null");

    // an objection upheld during the on-site list's publicity ends that case (Art 18, 21)
    driver.advanceTo(LocalDate.of(2026, 3, 16).atTime(9, 0));
    driver.uphold(onsitePublicity, o5, "该企业上报的顾客满意度数据系伪造，有调查报告为证。");
    BpmnAwareTests.assertThat(caseInstance(o5)).isEnded().hasPassed(CANDIDATE_DISQUALIFIED,
        END_DISQUALIFIED_AFTER_ACCEPTANCE);
    assertThat(driver.refresh(o5).getOutcome()).isEqualTo(ApplicationOutcome.DISQUALIFIED);

    driver.passPublicity(driver.editionInstanceId());
    BpmnAwareTests.assertThat(editionInstance).hasPassed(START_ONSITE_REVIEW)
        .isWaitingAt(ONSITE_REVIEWS);
    assertThat(panels(editionInstance)).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrderElementsOf(
        List.of(o1, o2, o3, i1).stream().map(a -> a.getApplicationNumber() + " 现场评审").toList());
    BpmnAwareTests.assertThat(caseInstance(o4)).isEnded().hasPassed(NOT_SELECTED_FOR_ONSITE,
        END_NOT_SELECTED_FOR_ONSITE);
    assertThat(driver.refresh(o4).getOutcome()).isEqualTo(ApplicationOutcome.NOT_AWARDED);
    assertThat(driver.refresh(o4).getOutcomeReason())
        .isEqualTo("未列入现场评审名单（第十八条）：市质强办决定不列入，理由：资料评审 300 分，与其他候选差距较大");
    List.of(o1, o2, o3, i1).forEach(a -> BpmnAwareTests.assertThat(caseInstance(a)).isWaitingAt(AWAIT_NEXT_STAGE));

    driver.completePanel(o1, score(900));
    driver.completePanel(o2, score(850));
    driver.completePanel(o3, score(800));
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(ONSITE_REVIEWS);
    driver.completePanel(i1, score(90));
    assertThat(driver.refresh(i1).getStage()).isEqualTo(ApplicationStage.ONSITE_REVIEWED);

    // ranked without ties: the office reviews the results and puts its proposal forward (Art 9(5), 20), with
    // its opinion; the leading group returns the proposal, the office changes it with reasons
    BpmnAwareTests.assertThat(editionInstance).hasPassed(ONSITE_REVIEWS, RANK_CANDIDATES)
        .isWaitingAt(REVISE_PROPOSAL);
    assertThat(editionJobsRan(editionInstance, RANK_CANDIDATES)).isEqualTo(1);
    assertThat(stage(edition)).isEqualTo(EditionStage.COMPREHENSIVE_EVALUATION);
    assertThat((String) driver.editionTaskVariable(REVISE_PROPOSAL, "proposalList"))
        .contains(o1.getApplicationNumber(), "市质强办调整 0 项").doesNotContain("审定、批准与修改记录");
    assertThatThrownBy(() -> driver.completeEditionTask(REVISE_PROPOSAL, Map.of("proposalChanges", "")))
        .hasMessageContaining("「审核意见」为必填项");
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(REVISE_PROPOSAL);
    driver.proposeAwards();
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(LEADING_GROUP_REVIEW);
    assertThat(stage(edition)).isEqualTo(EditionStage.LEADING_GROUP_REVIEW);
    assertThat((String) driver.editionTaskVariable(LEADING_GROUP_REVIEW, "proposalList"))
        .contains(o1.getApplicationNumber(), "市质强办调整 0 项", "市质强办 审核意见：已审核专家评审结果");
    driver.decide(LEADING_GROUP_REVIEW, false, "请核对第二、三名的现场评审记录");
    BpmnAwareTests.assertThat(editionInstance).hasPassed(RANK_CANDIDATES).isWaitingAt(REVISE_PROPOSAL);
    assertThat(editionJobsRan(editionInstance, RANK_CANDIDATES)).isEqualTo(2);
    // the form opens empty: the first proposal's opinion and moves were its own, not to be sent twice
    assertThat(driver.editionTaskVariable(REVISE_PROPOSAL, "revisionNote")).isNull();
    assertThat(driver.editionVariable("revisionNote")).isNull();
    assertThat(stage(edition)).isEqualTo(EditionStage.COMPREHENSIVE_EVALUATION);
    assertThat((String) driver.editionTaskVariable(REVISE_PROPOSAL, "proposalList"))
        .contains("领导小组 退回：请核对第二、三名的现场评审记录");
    // Art 6: a second nomination is over the edition's one place; refused, nothing stored
    assertThatThrownBy(() -> driver.completeEditionTask(REVISE_PROPOSAL, Map.of("proposalChanges",
        o3.getApplicationNumber() + " NOMINATION 现场评审表现突出", "revisionNote", "增列提名奖")))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("调整后提名奖 2 个，超过本届名额 1 个（第六条");
    driver.completeEditionTask(REVISE_PROPOSAL, Map.of("proposalChanges",
        o2.getApplicationNumber() + " NONE 现场评审记录显示质量数据不完整\n"
            + o3.getApplicationNumber() + " 提名奖 现场评审记录核实无误，改列提名奖",
        "revisionNote", "已核对现场评审记录，调整两项"));
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(LEADING_GROUP_REVIEW);
    assertThat((String) driver.editionTaskVariable(LEADING_GROUP_REVIEW, "proposalList"))
        .contains("提名奖 → 不授奖（市质强办调整，理由：现场评审记录显示质量数据不完整）",
            "不授奖 → 市政府质量奖提名奖（市质强办调整，理由：现场评审记录核实无误，改列提名奖）",
            "市质强办调整 2 项", "市质强办 审核意见：已核对现场评审记录，调整两项");
    driver.decide(LEADING_GROUP_REVIEW, true, "同意授奖建议名单");

    // publicity of the changed list; the city government returns it once, to the office and the leading group
    BpmnAwareTests.assertThat(editionInstance).hasPassed(OPEN_PROPOSED_LIST_PUBLICITY)
        .isWaitingAt(PROPOSED_LIST_PUBLICITY);
    assertThat(publicityEntries((Long) driver.editionVariable("publicityId")))
        .contains(o1.getId(), o3.getId(), i1.getId()).doesNotContain(o2.getId());
    driver.passPublicity(driver.editionInstanceId());
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(CITY_GOVERNMENT_APPROVAL);
    assertThat(stage(edition)).isEqualTo(EditionStage.CITY_APPROVAL);
    assertThat((String) driver.editionTaskVariable(CITY_GOVERNMENT_APPROVAL, "approvalList"))
        .contains(o3.getApplicationNumber()).doesNotContain(o2.getApplicationNumber());
    // the leading group's approved=true is still in the edition; the city government's form must say its own
    assertThatThrownBy(() -> driver.completeEditionTask(CITY_GOVERNMENT_APPROVAL, Map.of("comment", "批准")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("请选择是否同意");
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(CITY_GOVERNMENT_APPROVAL);
    driver.decide(CITY_GOVERNMENT_APPROVAL, false, "请补充获奖组织的信用核查情况，提名奖维持综合评价排序");
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(REVISE_PROPOSAL);
    String returned = (String) driver.editionTaskVariable(REVISE_PROPOSAL, "proposalList");
    // the latest reason first: a long list is cut at its end (4,000 characters), never the reason revised by
    assertThat(returned).startsWith("审定、批准与修改记录（最近的在前）：\n");
    assertThat(returned.lines().skip(1).findFirst().orElseThrow())
        .contains("市政府 退回：请补充获奖组织的信用核查情况，提名奖维持综合评价排序");
    driver.completeEditionTask(REVISE_PROPOSAL, Map.of("proposalChanges",
        o2.getApplicationNumber() + " NOMINATION 按市政府意见恢复综合评价排序\n"
            + o3.getApplicationNumber() + " NONE 按市政府意见恢复综合评价排序",
        "revisionNote", "已补充信用核查情况，提名奖恢复排序结果"));
    assertThat((String) driver.editionTaskVariable(LEADING_GROUP_REVIEW, "proposalList"))
        .contains("市政府 退回：请补充获奖组织的信用核查情况", "市质强办调整 0 项");
    driver.decide(LEADING_GROUP_REVIEW, true, "同意");
    driver.passPublicity(driver.editionInstanceId());
    driver.decide(CITY_GOVERNMENT_APPROVAL, true, "批准表彰");
    BpmnAwareTests.assertThat(editionInstance).isEnded().hasPassed(COMMEND, END_COMMENDED);
    // the end, which stamps the removal time on the whole edition's history, ran as a job of its own, not in
    // the city government's approval
    assertThat(editionJobsRan(editionInstance, END_COMMENDED)).isEqualTo(1);
    assertThat(stage(edition)).isEqualTo(EditionStage.COMMENDED);
    assertThat(driver.refresh(o1).getOutcome()).isEqualTo(ApplicationOutcome.AWARD);
    assertThat(driver.refresh(i1).getOutcome()).isEqualTo(ApplicationOutcome.AWARD);
    assertThat(driver.refresh(o2).getOutcome()).isEqualTo(ApplicationOutcome.NOMINATION);
    assertThat(driver.refresh(o3).getOutcome()).isEqualTo(ApplicationOutcome.NOT_AWARDED);
    List.of(o1, o2, o3, i1).forEach(a -> BpmnAwareTests.assertThat(caseInstance(a)).isEnded()
        .hasPassed(FINAL_OUTCOME_DECIDED, END_OUTCOME_DECIDED));
    // so did each case's end: the approval gives every case its outcome, the cases' history is stamped case by case
    List.of(o1, o2, o3, i1).forEach(a -> assertThat(BpmnAwareTests.historyService().createHistoricJobLogQuery()
        .processInstanceId(driver.refresh(a).getProcessInstanceId()).activityIdIn(END_OUTCOME_DECIDED).successLog()
        .count()).as(a.getApplicationNumber()).isEqualTo(1));

    // Art 23, 24: prize, certificate, plaque and trophy for the award; every honour, nominations too, lives its validity
    Commendation c1 = commendations.findByApplicationId(o1.getId()).orElseThrow();
    assertThat(c1.getLevel()).isEqualTo(AwardLevel.AWARD);
    assertThat(c1.getPrizeMoney()).isEqualTo(200_000);
    assertThat(c1.isTrophy()).isTrue();
    assertThat(c1.isPlaque()).isTrue();
    assertThat(c1.getCertificateNumber()).startsWith("BDZLJ-" + edition.getYear() + "-J");
    assertThat(commendations.findByApplicationId(i1.getId()).orElseThrow().getPrizeMoney()).isEqualTo(50_000);
    Commendation c2 = commendations.findByApplicationId(o2.getId()).orElseThrow();
    assertThat(c2.getLevel()).isEqualTo(AwardLevel.NOMINATION);
    assertThat(c2.getPrizeMoney()).isZero();
    assertThat(c2.isTrophy()).isFalse();
    assertThat(c2.isPlaque()).isTrue();
    assertThat(c2.getCertificateNumber()).startsWith("BDZLJ-" + edition.getYear() + "-T");
    assertThat(commendations.findByApplicationId(o3.getId())).isEmpty();
    assertThat(commendations.findByEditionIdOrderByCertificateNumber(edition.getId())).hasSize(3);
    assertThat(honourInstance(c1)).isNotNull();
    assertThat(honourInstance(commendations.findByApplicationId(i1.getId()).orElseThrow())).isNotNull();
    assertThat(honourInstance(c2)).as("a nomination lives its validity too").isNotNull();
  }

  @Test
  @DisplayName("Art 21: an objection upheld against the proposed list disqualifies the winner; its place is not"
      + " given to the next candidate")
  void disqualifiedAtProposedListIsNotReplaced() {
    Edition edition = driver.openEdition(EditionYears.next(), "评议公示异议届");
    Application p1 = organization(edition);
    Application p2 = organization(edition);
    driveToLeadingGroup(List.of(p1, p2), List.of(score(900), score(800)));
    driver.decide(LEADING_GROUP_REVIEW, true, "同意");
    Long proposedPublicity = (Long) driver.editionVariable("publicityId");

    driver.advanceTo(driver.now().plusDays(3).withHour(9));
    driver.uphold(proposedPublicity, p1, "该企业在公示期间被查实发生重大质量事故。");
    BpmnAwareTests.assertThat(caseInstance(p1)).isEnded().hasPassed(CANDIDATE_DISQUALIFIED,
        END_DISQUALIFIED_AFTER_ACCEPTANCE);

    driver.passPublicity(driver.editionInstanceId());
    // Art 21, 22: the list for approval is built when the task opens, the disqualified winner apart
    String forApproval = (String) driver.editionTaskVariable(CITY_GOVERNMENT_APPROVAL, "approvalList");
    assertThat(forApproval.substring(0, forApproval.indexOf("取消资格，不列入报批名单")))
        .contains(p2.getApplicationNumber()).doesNotContain(p1.getApplicationNumber());
    assertThat(forApproval.substring(forApproval.indexOf("取消资格，不列入报批名单")))
        .contains(p1.getApplicationNumber());
    driver.decide(CITY_GOVERNMENT_APPROVAL, true, "批准");
    BpmnAwareTests.assertThat(driver.editionInstance()).isEnded().hasPassed(END_COMMENDED);

    assertThat(driver.refresh(p1).getOutcome()).isEqualTo(ApplicationOutcome.DISQUALIFIED);
    assertThat(driver.refresh(p2).getOutcome()).isEqualTo(ApplicationOutcome.NOMINATION);
    assertOnlyNominated(edition, p2);
    Rankings.Entry first = rankings.ranking(edition.getId()).cases().stream()
        .filter(e -> e.applicationId().equals(p1.getId())).findFirst().orElseThrow();
    assertThat(first.disqualified()).isTrue();
    assertThat(first.proposedLevel()).isEqualTo("NONE");
    assertThat(first.finalOutcome()).isEqualTo("DISQUALIFIED");
  }

  @Test
  @DisplayName("Art 6, 20: two organisations tied at the only award place go to the leading group; a decision"
      + " beyond the places is refused, an unknown number or level is refused naming it, a fitting one in the"
      + " form's words is ranked and commended")
  void tieAtTheAwardBoundary() {
    Edition edition = driver.openEdition(EditionYears.next(), "并列届");
    Application t1 = organization(edition);
    Application t2 = organization(edition);
    Application t3 = organization(edition);
    driveToDecision(List.of(t1, t2, t3), List.of(score(900), score(900), score(800)));

    ProcessInstance editionInstance = driver.editionInstance();
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(DECIDE_TIES);
    assertThat((String) driver.editionTaskVariable(DECIDE_TIES, "rankingSummary")).contains("并列待定");
    String twoAwards = t1.getApplicationNumber() + " AWARD\n" + t2.getApplicationNumber() + " AWARD";
    assertThatThrownBy(() -> driver.completeEditionTask(DECIDE_TIES, Map.of("tieDecisions", twoAwards)))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("获奖名额只剩 1");
    // a case outside the tie is named by its number, at the form's field
    assertThatThrownBy(() -> driver.completeEditionTask(DECIDE_TIES, Map.of("tieDecisions", t1.getApplicationNumber()
        + " AWARD\n" + t2.getApplicationNumber() + " NOMINATION\n" + t3.getApplicationNumber() + " NONE")))
        .rootCause().isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.field()).isEqualTo("tieDecisions");
              assertThat(p.message()).contains("申报 " + t3.getApplicationNumber() + " 不在任何并列组中");
            }));
    assertThatThrownBy(() -> driver.completeEditionTask(DECIDE_TIES, Map.of("tieDecisions", "随便写的")))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("本届没有申报编号「随便写的」");
    assertThatThrownBy(() -> driver.completeEditionTask(DECIDE_TIES, Map.of("tieDecisions",
        t1.getApplicationNumber() + " 一等奖")))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("等级为 市政府质量奖 / 提名奖 / 不授奖");
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(DECIDE_TIES);

    // the levels as the form names them, a full-width space and a remark after the level as people type them
    driver.completeEditionTask(DECIDE_TIES, Map.of("tieDecisions",
        t1.getApplicationNumber() + "\u3000市政府质量奖\n" + t2.getApplicationNumber() + " 提名奖 得分并列，按现场评审得分"));
    BpmnAwareTests.assertThat(editionInstance).hasPassed(DECIDE_TIES).isWaitingAt(REVISE_PROPOSAL);
    driver.proposeAwards();
    driver.decide(LEADING_GROUP_REVIEW, true, "同意");
    driver.passPublicity(driver.editionInstanceId());
    driver.decide(CITY_GOVERNMENT_APPROVAL, true, "批准");

    BpmnAwareTests.assertThat(editionInstance).isEnded();
    assertThat(driver.refresh(t1).getOutcome()).isEqualTo(ApplicationOutcome.AWARD);
    assertThat(driver.refresh(t2).getOutcome()).isEqualTo(ApplicationOutcome.NOMINATION);
    assertThat(driver.refresh(t3).getOutcome()).isEqualTo(ApplicationOutcome.NOT_AWARDED);
  }

  @Test
  @DisplayName("Art 4(3), 6 (不超过), 20: nobody reaches the award minimum (600 of 1000): the award place stays"
      + " empty, 560 is nominated, 450 gets nothing; the leading group reads why, and only the nomination is commended")
  void emptyAwardPlaceForLackOfScore() {
    Edition edition = driver.openEdition(EditionYears.next(), "名额空缺届");
    Application nominated = organization(edition);
    Application below = organization(edition);
    driveToLeadingGroup(List.of(nominated, below), List.of(score(560), score(450)));

    String summary = (String) driver.editionTaskVariable(LEADING_GROUP_REVIEW, "proposalList");
    assertThat(summary).contains(nominated.getApplicationNumber(), "（560） 市政府质量奖提名奖 〔1〕", "（450） 不授奖 〔2〕",
        "〔1〕未达到获奖最低分 600（评选方案，第四条第三项），达到提名奖最低分 500，在提名奖名额（1个）内，"
            + "建议授予市政府质量奖提名奖（第六条、第二十条）",
        "〔2〕未达到提名奖最低分 500（评选方案，第四条第三项），不建议授奖（第四条第三项 严格标准、好中选优）");
    driver.decide(LEADING_GROUP_REVIEW, true, "同意，获奖组织名额空缺");
    approveAfterPublicity();

    assertThat(driver.refresh(nominated).getOutcome()).isEqualTo(ApplicationOutcome.NOMINATION);
    assertThat(driver.refresh(below).getOutcome()).isEqualTo(ApplicationOutcome.NOT_AWARDED);
    assertOnlyNominated(edition, nominated);
    assertThat(rankings.ranking(edition.getId()).cases()).extracting(Rankings.Entry::reason)
        .containsExactly(Ranking.Reason.NOMINATION_BELOW_AWARD_MINIMUM, Ranking.Reason.NONE_BELOW_NOMINATION_MINIMUM);
  }

  /** Both reviews with the same score per case, every case on the on-site list, ranked. */
  private void driveToDecision(List<Application> applications, List<BigDecimal> scores) {
    driver.acceptAll(applications);
    for (int i = 0; i < applications.size(); i++) {
      driver.completePanel(applications.get(i), scores.get(i));
    }
    driver.completeEditionTask(PROPOSE_ONSITE_LIST, Map.of());
    driver.passPublicity(driver.editionInstanceId());
    for (int i = 0; i < applications.size(); i++) {
      driver.completePanel(applications.get(i), scores.get(i));
    }
  }

  private void driveToLeadingGroup(List<Application> applications, List<BigDecimal> scores) {
    driveToDecision(applications, scores);
    driver.proposeAwards();
    BpmnAwareTests.assertThat(driver.editionInstance()).isWaitingAt(LEADING_GROUP_REVIEW);
  }

  /** The proposed list's publicity passes and the city government approves: the edition ends commended. */
  private void approveAfterPublicity() {
    driver.passPublicity(driver.editionInstanceId());
    driver.decide(CITY_GOVERNMENT_APPROVAL, true, "批准");
    BpmnAwareTests.assertThat(driver.editionInstance()).isEnded().hasPassed(END_COMMENDED);
  }

  private void assertOnlyNominated(Edition edition, Application nominee) {
    assertThat(commendations.findByEditionIdOrderByCertificateNumber(edition.getId()))
        .extracting(Commendation::getApplicationId, Commendation::getLevel)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(nominee.getId(), AwardLevel.NOMINATION));
  }

  @Test
  @DisplayName("Art 18: an edition whose on-site list was proposed before reasons were asked (numbers only, several to a"
      + " line) still starts its on-site review; each case left out is told the office left it out, with no reason")
  void anOnsiteListFromBeforeReasonsStillStarts() {
    Edition edition = driver.openEdition(EditionYears.next(), "旧格式名单届");
    Application o1 = organization(edition);
    Application o2 = organization(edition);
    Application o3 = organization(edition);
    driver.acceptAll(List.of(o1, o2, o3));
    driver.completePanel(o1, score(900));
    driver.completePanel(o2, score(800));
    driver.completePanel(o3, score(700));
    driver.completeEditionTask(PROPOSE_ONSITE_LIST, Map.of("onsiteExcluded",
        o2.getApplicationNumber() + " 不列入\n" + o3.getApplicationNumber() + " 不列入"));
    // as an older release stored it, before the publicity's end starts the review
    runtimeService.setVariable(driver.editionInstanceId(), "onsiteExcluded",
        o2.getApplicationNumber() + "，" + o3.getApplicationNumber());

    driver.passPublicity(driver.editionInstanceId());

    BpmnAwareTests.assertThat(driver.editionInstance()).isWaitingAt(ONSITE_REVIEWS);
    assertThat(List.of(o2, o3)).allSatisfy(a -> assertThat(driver.refresh(a).getOutcomeReason())
        .isEqualTo("未列入现场评审名单（第十八条）：市质强办决定不列入"));
  }

  private Application organization(Edition edition) {
    return driver.submit(SampleCases.organization(edition.getId(), SERIALS.getAndIncrement()));
  }

  private void section(Application application, int position, String code, String name, String text) {
    jdbc.update("insert into self_assessment_section (application_id, position, code, name, max_score, text)"
        + " values (?, ?, ?, ?, 100, ?)", application.getId(), position, code, name, text);
  }

  private List<Long> publicityEntries(Long publicityId) {
    return publicities.entriesOf(publicityId).stream().map(PublicityEntry::getApplicationId).toList();
  }

  private ProcessInstance honourInstance(Commendation commendation) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(Honours.PROCESS_KEY)
        .processInstanceBusinessKey("honour-" + commendation.getHonourId()).singleResult();
  }

  /** How often a job of the edition ran the activity to its end (a step taken out of a user's request). */
  private static long editionJobsRan(ProcessInstance editionInstance, String activityId) {
    return BpmnAwareTests.historyService().createHistoricJobLogQuery().processInstanceId(editionInstance.getId())
        .activityIdIn(activityId).successLog().count();
  }

  /** The stage's panels run under the edition, one per case (Cockpit shows them under the stage). */
  private List<ProcessInstance> panels(ProcessInstance editionInstance) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(editionInstance.getId())
        .processDefinitionKey("panel-review").list();
  }

  private ProcessInstance caseInstance(Application application) {
    return new CaseInstance(driver.refresh(application));
  }

  private EditionStage stage(Edition edition) {
    return driver.edition().getStage();
  }

  private static String numbers(Application... applications) {
    return String.join("\n", java.util.Arrays.stream(applications).map(Application::getApplicationNumber).toList());
  }

  private static BigDecimal score(int total) {
    return BigDecimal.valueOf(total);
  }

  /** The case's process instance as Camunda BPM Assert wants it, also once it has ended. */
  record CaseInstance(Application application) implements ProcessInstance {
    @Override public String getId() { return application.getProcessInstanceId(); }
    @Override public String getProcessInstanceId() { return getId(); }
    @Override public String getRootProcessInstanceId() { return getId(); }
    @Override public String getBusinessKey() { return application.getApplicationNumber(); }
    @Override public String getProcessDefinitionId() { return null; }
    @Override public String getProcessDefinitionKey() { return "award-application"; }
    @Override public String getCaseInstanceId() { return null; }
    @Override public boolean isSuspended() { return false; }
    @Override public boolean isEnded() { return false; }
    @Override public String getTenantId() { return null; }
  }
}
