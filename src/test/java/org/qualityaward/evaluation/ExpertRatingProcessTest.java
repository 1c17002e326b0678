package org.qualityaward.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityaward.evaluation.ExpertRatingModel.END_MEMBERS_RATED;
import static org.qualityaward.evaluation.ExpertRatingModel.RATE_MEMBERS;
import static org.qualityaward.evaluation.PanelMemberReviewModel.DECLARE_CONFLICT;
import static org.qualityaward.evaluation.PanelMemberReviewModel.SCORE_ORGANIZATION;
import static org.qualityaward.evaluation.PanelReviewModel.DRAW_PANEL;
import static org.qualityaward.evaluation.PanelReviewModel.END_PANEL_REPORT_ACCEPTED;
import static org.qualityaward.evaluation.PanelReviewModel.START_MEMBER_RATING;
import static org.qualityaward.evaluation.PanelReviewProcessTest.ORGANIZATION_SHEET;
import static org.qualityaward.evaluation.PanelReviewProcessTest.agreed;
import static org.qualityaward.evaluation.PanelReviewProcessTest.memberTask;
import static org.qualityaward.evaluation.PanelReviewProcessTest.scores;
import static org.qualityaward.evaluation.PanelReviewProcessTest.startPanelReview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.eligibility.OrganizationProfile;
import org.qualityaward.expert.DrawRequest;
import org.qualityaward.expert.Expert;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.expert.ExpertRatings;
import org.qualityaward.expert.PanelDraw;
import org.qualityaward.expert.PanelDraws;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * expert-rating (Art 9(4) 监督考核评审员) on the real engine: started by the panel-review once its report is
 * accepted, the office's task lists each member's measured facts, the office rates every member, a member
 * rated 不合格 is left out of the next draw (logged) until the office reinstates them.
 */
@ProcessTest
class ExpertRatingProcessTest {

  /** A Monday with two plain working weeks after it in the 2026 calendar. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final String OFFICER = "office-rater";

  @Autowired ProcessEngine engine;
  @Autowired ExpertPool expertPool;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired EditionService editions;
  @Autowired ApplicationSubmissions submissions;
  @Autowired PanelDraws draws;
  @Autowired PanelReviews panelReviews;
  @Autowired ExpertRatings ratings;

  private Edition edition;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    SampleExperts.ensurePool(expertPool, identityService, 4);
    // the case's industry has exactly two experts, so who sits in its industry seat is certain
    SampleExperts.ensureIndustry(expertPool, identityService, "C29", 2, 8950);
    EngineClock.startOf(TODAY);
    edition = EditionDriver.openWithApprovedPlan(editions, taskService,
        new NewEdition(EditionYears.next(), "评审员考核测试届", LocalDate.of(2026, 3, 31)));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 9(4), 10: the office rates each member on the recorded facts; 不合格 leaves the expert out of draws, logged, until reinstated, then drawn again")
  void officeRatesMembers() {
    Application application = rubberCompany();
    ProcessInstance panel = startPanelReview(runtimeService, application, "DOCUMENT_REVIEW");
    managementService.executeJob(managementService.createJobQuery().processInstanceId(panel.getId())
        .activityId(DRAW_PANEL).singleResult().getId());
    Long firstDrawId = (Long) runtimeService.getVariable(panel.getId(), "drawId");
    String leader = panelReviews.leaderUserId(firstDrawId);
    List<String> first = draws.memberUserIds(firstDrawId);
    String conflicted = first.stream().filter(m -> !m.equals(leader)).findFirst().orElseThrow();
    String prompt = first.stream().filter(m -> !m.equals(leader) && !m.equals(conflicted)).findFirst().orElseThrow();

    // on 2 March the others declare and one scores at once
    for (String member : List.of(leader, prompt)) {
      taskService.complete(memberTask(taskService, application, DECLARE_CONFLICT, member).getId(),
          Map.of("conflictOfInterest", false, "confidentialityUndertaking", true));
    }
    taskService.complete(memberTask(taskService, application, SCORE_ORGANIZATION, prompt).getId(), scores(ORGANIZATION_SHEET, "0.8"));
    // the declaration was due on 4 March: declaring a conflict on 9 March is late
    EngineClock.set(LocalDateTime.of(2026, 3, 9, 10, 0));
    Task late = memberTask(taskService, application, DECLARE_CONFLICT, conflicted);
    taskService.complete(late.getId(), Map.of("conflictOfInterest", true, "conflictReason", "曾为该企业提供咨询"));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(late.getProcessInstanceId())
        .singleResult().getId());
    Long drawId = draws.latest(firstDrawId).getId();
    List<String> scorers = draws.memberUserIds(drawId);
    String replacement = scorers.stream().filter(m -> !first.contains(m)).findFirst().orElseThrow();
    taskService.complete(memberTask(taskService, application, DECLARE_CONFLICT, replacement).getId(),
        Map.of("conflictOfInterest", false, "confidentialityUndertaking", true));
    taskService.complete(memberTask(taskService, application, SCORE_ORGANIZATION, replacement).getId(),
        scores(ORGANIZATION_SHEET, "0.7"));
    // the leader's scores were due on 16 March
    EngineClock.set(LocalDateTime.of(2026, 3, 20, 10, 0));
    taskService.complete(memberTask(taskService, application, SCORE_ORGANIZATION, leader).getId(), scores(ORGANIZATION_SHEET, "0.75"));

    Task consolidation = BpmnAwareTests.task(panel);
    Map<String, Object> unknownMember = agreed(ORGANIZATION_SHEET);
    unknownMember.put("memberRemarks", prompt + " 评分依据充分\n" + conflicted + " 未参加评分");
    assertThatThrownBy(() -> taskService.complete(consolidation.getId(), unknownMember))
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("memberRemarks").hasMessageContaining("第2行").hasMessageContaining(conflicted);
    Map<String, Object> report = agreed(ORGANIZATION_SHEET);
    report.put("memberRemarks", prompt + " 评分依据充分，按期完成");
    taskService.complete(consolidation.getId(), report);

    // the case goes on at once; the office's rating runs on its own
    BpmnAwareTests.assertThat(panel).isEnded().hasPassed(START_MEMBER_RATING, END_PANEL_REPORT_ACCEPTED);
    ProcessInstance rating = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ExpertRatingModel.PROCESS_KEY).variableValueEquals("panelReviewId", panel.getId())
        .singleResult();
    BpmnAwareTests.assertThat(rating).isWaitingAt(RATE_MEMBERS).hasBusinessKey(application.getApplicationNumber() + " 资料评审");
    Task task = BpmnAwareTests.task(rating);
    BpmnAwareTests.assertThat(task).hasCandidateGroup("quality-office");
    String facts = (String) taskService.getVariable(task.getId(), "memberFacts");
    int leaderNo = scorers.indexOf(leader) + 1;
    int promptNo = scorers.indexOf(prompt) + 1;
    int replacementNo = scorers.indexOf(replacement) + 1;
    assertThat(facts.lines().toList()).hasSize(4);
    assertThat(facts.lines().toList().get(leaderNo - 1)).startsWith(leaderNo + ". " + leader + "：")
        .contains("2026-03-20 10:00 提交，期限 2026-03-16 23:59，逾期").contains("偏差 0.00%").contains("组长评价：无");
    assertThat(facts.lines().toList().get(promptNo - 1)).contains("按期").contains("偏差 +6.67%")
        .contains("回避：无").contains("组长评价：评分依据充分，按期完成");
    assertThat(facts.lines().toList().get(replacementNo - 1)).contains("按期").contains("偏差 -6.67%");
    assertThat(facts.lines().toList().get(3)).isEqualTo("4. " + conflicted + "：评分：未评分；回避：已声明，逾期声明；组长评价：无");

    taskService.claim(task.getId(), OFFICER);
    Map<String, Object> incomplete = Map.of(ExpertRatings.FIELD, leaderNo + " 不合格\n" + promptNo + " 合格");
    assertThatThrownBy(() -> taskService.complete(task.getId(), incomplete))
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("第1行：评为“不合格”须写明理由");
    BpmnAwareTests.assertThat(rating).isWaitingAt(RATE_MEMBERS);
    taskService.complete(task.getId(), Map.of(ExpertRatings.FIELD, String.join("\n",
        leaderNo + " 不合格 评分逾期四天，致评审报告推迟",
        promptNo + " 优秀",
        replacementNo + " 合格",
        "4 基本合格 回避声明逾期，评审组等待重新抽取")));
    BpmnAwareTests.assertThat(rating).isEnded().hasPassed(END_MEMBERS_RATED);

    // the next draw for a C29 case leaves the leader out (the draw's log: ExpertRatingsTest); the other C29
    // expert takes the seat; once reinstated the leader is drawn again
    String otherC29 = "poolc292".equals(leader) ? "poolc291" : "poolc292";
    PanelDraw next = draws.draw(onsite(application), 3);
    assertThat(draws.memberUserIds(next)).doesNotContain(leader).contains(otherC29);

    ratings.reinstate(expertId(leader), "经约谈核实，逾期系临时出差所致", OFFICER);
    Expert other = expertPool.get(expertId(otherC29));
    expertPool.setActive(other.getId(), false, other.getVersion());
    try {
      assertThat(draws.memberUserIds(draws.draw(onsite(application), 3))).contains(leader);
    } finally {
      Expert inactive = expertPool.get(other.getId());
      expertPool.setActive(inactive.getId(), true, inactive.getVersion());
    }
  }

  private Application rubberCompany() {
    ApplicationSubmission sample = SampleApplications.organization(edition.getId(), "R-ASSOC-QA", 7600,
        LocalDate.of(2010, 1, 1));
    OrganizationProfile org = sample.organization();
    return submissions.register(new ApplicationSubmission(sample.editionId(), sample.kind(), sample.recommenderCode(),
        new OrganizationProfile("保定某橡胶制品有限公司", org.creditCode(), org.registeredOn(), org.registrationAuthority(),
            org.registeredAddress(), org.groupCreditCode(), "C2911", org.chiefQualityOfficer(), org.topManagerName()),
        null, sample.declarations(), sample.selfAssessment(), sample.evidence(), sample.conditions()), "test");
  }

  private DrawRequest onsite(Application application) {
    return new DrawRequest(application.getId(), ReviewStage.ONSITE_REVIEW, "C29",
        application.organizationCreditCode(), null, application.getRecommenderCode(), null);
  }

  private Long expertId(String userId) {
    return expertPool.all().stream().filter(e -> e.getUserId().equals(userId)).map(Expert::getId).findFirst()
        .orElseThrow();
  }
}
