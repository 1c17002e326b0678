package org.qualityaward.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityaward.application.AwardApplicationModel.QUALIFICATION_REVIEW;
import static org.qualityaward.revocation.RevocationModel.LEADING_GROUP_MEETING;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.edition.Edition;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.notification.NoticeKind;
import org.qualityaward.testing.ConditionAnswers;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A ban recorded while the banned applicant's case in a later edition is being evaluated (Art 30(1), 32). */
@ProcessTest
class BannedCandidateTest {

  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ExpertPool expertPool;
  @Autowired IdentityService identityService;
  @Autowired Honours honours;
  @Autowired JdbcTemplate jdbc;

  private EditionDriver driver;

  @BeforeEach
  void setUp() {
    SampleExperts.ensurePool(expertPool, identityService, 4);
    driver = new EditionDriver(context);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 30(1), 32: an earlier honour revoked for fraud while the holder's accepted case is on the accepted"
      + " list's publicity ends that case disqualified and marks it on the list; the other case goes on; the holder is told")
  void revocationEndsTheHoldersAcceptedCase() {
    Edition edition = driver.openEdition(EditionYears.next(), "撤销荣誉后取消参评资格届");
    // serials no other test uses: the bans recorded here bar these credit codes from every later edition
    Application holder = driver.submit(SampleCases.organization(edition.getId(), 8901));
    Application other = driver.submit(SampleCases.organization(edition.getId(), 8902));
    driver.acceptUntilListPublicity(List.of(holder, other));
    LocalDate today = driver.now().toLocalDate();

    revokeForFraud(awardOf(holder, today), today);

    Application ended = driver.refresh(holder);
    assertThat(ended.getOutcome()).isEqualTo(ApplicationOutcome.DISQUALIFIED);
    assertThat(ended.getOutcomeReason()).contains("撤销", "第三十条第（一）项", "第三十二条", "取消参评资格");
    assertThat(jdbc.queryForList("select disqualified from publicity_entry where application_id = ?", Boolean.class,
        holder.getId())).as("the recommendation's publicity, ended, stays as published; the accepted list, running,"
        + " marks it").containsExactlyInAnyOrder(false, true);
    assertThat(driver.refresh(other).getOutcome()).isNull();
    // the holder is told, with what to hand back and from when it may apply again
    assertThat(jdbc.queryForList("select title from notification where recipient = ? and kind = ?", String.class,
        holder.getSubmittedBy(), NoticeKind.HONOUR_REVOKED.name())).anySatisfy(title -> assertThat(title)
        .contains("市政府质量奖荣誉称号已于 " + today + " 撤销", "请交回水晶鼎（杯）、奖牌、证书、奖金",
            today.plusYears(5) + " 起方可再次申报"));
  }

  @Test
  @DisplayName("Art 17, 32: a ban recorded while the holder's case waits at the qualification review is checked again;"
      + " the office can only reject it")
  void revocationDuringTheQualificationReview() {
    Edition edition = driver.openEdition(EditionYears.next(), "资格审查期间撤销荣誉届");
    Application holder = driver.submit(SampleCases.organization(edition.getId(), 8903));
    driver.toQualificationReview(List.of(holder));
    LocalDate today = driver.now().toLocalDate();

    revokeForFraud(awardOf(holder, today), today);

    Task review = driver.caseTask(holder, QUALIFICATION_REVIEW);
    assertThatThrownBy(() -> taskService.complete(review.getId(),
        ConditionAnswers.qualificationReview(true, "符合条件，予以受理")))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("BAN");
  }

  /** An award of ten years before, long expired: fraud in obtaining it voids it at any time (Art 30(1)). */
  private Honour awardOf(Application holder, LocalDate today) {
    return honours.confer(holder.getApplicantName(), ApplicationKind.ORGANIZATION, AwardLevel.AWARD,
        holder.getCreditCode(), null, null, 1L, today.minusYears(10), null, holder.getSubmittedBy());
  }

  private void revokeForFraud(Honour honour, LocalDate today) {
    Map<String, Object> proposal = new HashMap<>();
    proposal.put("honourId", honour.getId());
    proposal.put("proposedGround", RevocationGround.FRAUD.name());
    proposal.put("proposedFactDate", today.minusYears(10).toString());
    proposal.put("proposal", "申报材料中的检测报告系伪造");
    ProcessInstance revocation = runtimeService.startProcessInstanceByKey(Revocations.PROCESS_KEY,
        "test-" + honour.getId(), proposal);
    String meeting = taskService.createTaskQuery().processInstanceId(revocation.getId())
        .taskDefinitionKey(LEADING_GROUP_MEETING).singleResult().getId();
    taskService.complete(meeting, RevocationFixtures.meeting(today, true, RevocationGround.FRAUD, today.minusYears(10)));
  }
}
