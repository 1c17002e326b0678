package org.qualityaward.application;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.identity.AsSystem;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 自愿申报 (Art 4(1)): an applicant may withdraw its application until the office accepts it (Art 17). The case ends
 * as withdrawn with the applicant's words, its recommending unit is told, and the step open on it ends (the unit's
 * review or sign-off, its publicity, which is then withdrawn from the board, the county's consent, the departments'
 * opinions, the qualification review). After acceptance the case is the edition's: withdrawing is refused.
 */
@Service
public class ApplicationWithdrawals {

  /** The message of award-application's event sub-process 申报人撤回申报. */
  static final String WITHDRAWN_MESSAGE = "ApplicationWithdrawn";
  static final int MAX_REASON = 500;

  private final ApplicantCases applicantCases;
  private final ApplicationCases cases;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;
  private final WithdrawnSteps withdrawnSteps;

  ApplicationWithdrawals(ApplicantCases applicantCases, ApplicationCases cases, RuntimeService runtimeService,
      IdentityService identityService, WorkingDayCalendar calendar, WithdrawnSteps withdrawnSteps) {
    this.applicantCases = applicantCases;
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.calendar = calendar;
    this.withdrawnSteps = withdrawnSteps;
  }

  /**
   * The applicant's page offers withdrawing: an edition's case not yet accepted, whose process can take it (not on a
   * model version older than 申报人撤回申报, not suspended).
   */
  public boolean withdrawable(Application application) {
    return application.getRenewalOfHonourId() == null && ApplicationCases.beforeAcceptance(application)
        && application.getProcessInstanceId() != null && AsSystem.call(identityService, () -> runtimeService
            .createExecutionQuery().processInstanceId(application.getProcessInstanceId()).active()
            .messageEventSubscriptionName(WITHDRAWN_MESSAGE).count() > 0);
  }

  /** {@code userId}'s application {@code applicationNumber} withdrawn (the applicant pages: another's is not found). */
  @Transactional
  public void withdraw(String userId, String applicationNumber, String reason) {
    withdraw(applicantCases.own(userId, applicationNumber), reason);
  }

  /** The application {@code applicationId} withdrawn by {@code userId} (the API: only by the applicant who submitted it). */
  @Transactional
  public void withdraw(String userId, Long applicationId, String reason) {
    Application application = cases.get(applicationId);
    if (userId == null || !userId.equals(application.getSubmittedBy())) {
      throw new NotAllowedException("只有提交该申报的申报人可以撤回申报");
    }
    withdraw(application, reason);
  }

  /** With its reason (optional, at most 500). */
  private void withdraw(Application application, String reason) {
    String applicationNumber = application.getApplicationNumber();
    String why = reason == null ? "" : reason.strip();
    if (why.length() > MAX_REASON) {
      throw new InvalidInputException(List.of(new FieldProblem("reason",
          "撤回理由不能超过 " + MAX_REASON + " 字（现有 " + why.length() + " 字）")));
    }
    if (!withdrawable(application)) {
      throw new ConflictException("申报 " + applicationNumber + (application.isClosed() ? " 已办结（" + application.getOutcome().label() + "）"
          : application.getRenewalOfHonourId() != null ? " 是复评案件"
          : !ApplicationCases.beforeAcceptance(application) ? " 已列入受理名单"
          : " 的流程当前不能办理撤回（旧版流程或已暂停）") + "，不能撤回；如需退出评选，请联系市质强办");
    }
    cases.endTellingRecommender(application, ApplicationOutcome.WITHDRAWN, "申报人于 " + calendar.today()
        + " 撤回申报（第四条第一项 自愿申报）" + (why.isEmpty() ? "" : "：" + why));
    withdrawnSteps.tellWhoseStepEnds(application);
    try {
      // the applicant has no grant on its case's instance; the withdrawal is ours, checked above
      AsSystem.call(identityService, () -> runtimeService.createMessageCorrelation(WITHDRAWN_MESSAGE)
          .processInstanceId(application.getProcessInstanceId()).correlateWithResult());
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
      // subscribed when checked above: the process moved on in between, or a step completed at the same moment
      throw new ConflictException("申报 " + applicationNumber + " 刚刚已有办理，未撤回；请刷新页面后查看");
    }
  }
}
