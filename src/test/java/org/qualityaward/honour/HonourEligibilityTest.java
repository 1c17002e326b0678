package org.qualityaward.honour;

import org.camunda.bpm.engine.TaskService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.honour.HonourModel.VALIDITY_ENDS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.EligibilityCheckpoint;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.eligibility.EvidenceMark;
import org.qualityaward.eligibility.Finding;
import org.qualityaward.eligibility.OrganizationProfile;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleApplications;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GROUP (Art 14) and HOLDER (Art 33) on real honour records: a group member's award and the holder's
 * own, submitted through the application case, before and after the {@code honour} process expires
 * the honour.
 */
@ProcessTest
class HonourEligibilityTest {

  /** Holders and subsidiaries nobody else in the shared context uses (division 130697). */
  private static final String DIVISION = "130697";
  private static final LocalDate AWARDED_ON = LocalDate.of(2026, 3, 2);
  private static final LocalDate LAST_VALID_DAY = LocalDate.of(2031, 3, 1);

  @Autowired TaskService taskService;

  @Autowired Honours honours;
  @Autowired ApplicationSubmissions submissions;
  @Autowired ApplicationCases cases;
  @Autowired EditionService editions;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;

  @BeforeEach
  void setUp() {
    EngineClock.startOf(AWARDED_ON.plusMonths(6));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 14, 33: the group's winner bars its sister company and applies only by renewal through its last valid day; the day after, both may apply — also once the honour process has expired it")
  void groupAndHolderEndWithTheValidity() {
    String group = SampleApplications.creditCode(DIVISION, 7700);
    String winner = SampleApplications.creditCode(DIVISION, 7701);
    String sister = SampleApplications.creditCode(DIVISION, 7702);
    Honour honour = honours.confer("保定某集团精工有限公司", ApplicationKind.ORGANIZATION, AwardLevel.AWARD, winner, null,
        group, 1L, AWARDED_ON, null, null);
    assertThat(honour.getValidUntil()).isEqualTo(LAST_VALID_DAY);

    Long lastDay = editionWithDeadline(LAST_VALID_DAY);
    Long dayAfter = editionWithDeadline(LAST_VALID_DAY.plusDays(1));
    Application sisterOnLastDay = apply(lastDay, "保定某集团精密铸造有限公司", sister, group);
    Application sisterDayAfter = apply(dayAfter, "保定某集团精密铸造有限公司", sister, group);
    Application winnerOnLastDay = apply(lastDay, "保定某集团精工有限公司", winner, group);
    Application winnerDayAfter = apply(dayAfter, "保定某集团精工有限公司", winner, group);

    assertOutcomes(sisterOnLastDay, sisterDayAfter, winnerOnLastDay, winnerDayAfter);

    EngineClock.set(LAST_VALID_DAY.plusDays(1).atStartOfDay());
    String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(Honours.PROCESS_KEY)
        .processInstanceBusinessKey("honour-" + honour.getId()).singleResult().getId();
    Job expiry = managementService.createJobQuery().processInstanceId(instanceId).activityId(VALIDITY_ENDS)
        .singleResult();
    managementService.executeJob(expiry.getId());
    assertThat(honours.get(honour.getId()).getState()).isEqualTo(HonourState.EXPIRED);

    // the qualification review re-checks later: an expired honour still covers the days it was valid
    EngineClock.set(LocalDateTime.of(2031, 3, 20, 9, 0));
    for (Application a : List.of(sisterOnLastDay, sisterDayAfter, winnerOnLastDay, winnerDayAfter)) {
      cases.checkEligibility(a.getId(), EligibilityCheckpoint.QUALIFICATION_REVIEW);
    }
    assertOutcomes(sisterOnLastDay, sisterDayAfter, winnerOnLastDay, winnerDayAfter);
  }

  @Test
  @DisplayName("Art 3, 14, 33: a nominee applies for the award in a later edition while its nomination is valid; its sister company is not barred either")
  void nomineeAppliesForTheAward() {
    String group = SampleApplications.creditCode(DIVISION, 7710);
    String nominee = SampleApplications.creditCode(DIVISION, 7711);
    String sister = SampleApplications.creditCode(DIVISION, 7712);
    honours.confer("保定某集团精工有限公司", ApplicationKind.ORGANIZATION, AwardLevel.NOMINATION, nominee, null,
        group, 1L, AWARDED_ON, null, null);

    Long later = editionWithDeadline(AWARDED_ON.plusYears(2));
    Application nomineeApplies = apply(later, "保定某集团精工有限公司", nominee, group);
    Application sisterApplies = apply(later, "保定某集团精密铸造有限公司", sister, group);

    assertThat(finding(nomineeApplies, "HOLDER").passed()).isTrue();
    assertThat(finding(nomineeApplies, "HOLDER").message()).contains("提名奖不妨碍申报市政府质量奖");
    assertThat(finding(sisterApplies, "GROUP").passed()).isTrue();
    assertThat(cases.get(nomineeApplies.getId()).getOutcome()).as("the case goes on").isNull();
  }

  private void assertOutcomes(Application sisterOnLastDay, Application sisterDayAfter, Application winnerOnLastDay,
      Application winnerDayAfter) {
    assertThat(finding(sisterOnLastDay, "GROUP").passed()).isFalse();
    assertThat(finding(sisterOnLastDay, "GROUP").message()).contains("有效期至 2031-03-01");
    assertThat(finding(sisterDayAfter, "GROUP").passed()).isTrue();
    assertThat(finding(winnerOnLastDay, "HOLDER").passed()).isFalse();
    assertThat(finding(winnerOnLastDay, "HOLDER").message()).contains("应在期满后申请复评");
    assertThat(finding(winnerDayAfter, "HOLDER").passed()).isTrue();
    // the winner is not its own sister company: GROUP leaves it to HOLDER
    assertThat(finding(winnerOnLastDay, "GROUP").passed()).isTrue();
  }

  private Long editionWithDeadline(LocalDate deadline) {
    return EditionDriver.openWithApprovedPlan(editions, taskService, new NewEdition(EditionYears.next(), "有效期边界测试届", deadline)).getId();
  }

  private Application apply(Long editionId, String name, String creditCode, String group) {
    return submissions.submit(new ApplicationSubmission(editionId, ApplicationKind.ORGANIZATION, "R-JX-MSR",
        new OrganizationProfile(name, creditCode, LocalDate.of(2010, 5, 1), "保定市市场监督管理局",
            "河北省保定市莲池区东风东路 9 号", group, "C34", true, "张三"), null,
        new Declarations(true, List.of(), List.of()), "推行卓越绩效模式十年。",
        List.of(new EvidenceMark("首席质量官任命文件.pdf", false)),
        SampleApplications.statements(ApplicationKind.ORGANIZATION)), "holdereligibility");
  }

  private Finding finding(Application application, String rule) {
    return cases.latestFindings(application.getId()).stream()
        .filter(f -> f.rule().equals(rule))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " finding for " + application.getApplicantName()));
  }
}
