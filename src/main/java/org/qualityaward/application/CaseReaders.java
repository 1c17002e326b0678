package org.qualityaward.application;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.honour.HonourModel;
import org.qualityaward.honour.Honours;
import org.qualityaward.identity.AsSystem;
import org.qualityaward.kernel.NotAllowedException;
import org.qualityaward.recommender.Recommender;
import org.qualityaward.recommender.Recommenders;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Who may read a case through the API: the office, administrators, the applicant that submitted
 * it, its recommender and county body, and the regulators of an open return visit of the honour it won.
 * Evidence marked as a trade secret is for the office and the applicant (Art 16, 29: 保守被评审单位的商业秘密);
 * review panels read it in the case file.
 */
@Component
class CaseReaders {

  private static final List<String> OFFICE = List.of("quality-office", "camunda-admin");

  private final IdentityService identityService;
  private final Recommenders recommenders;
  private final TaskService taskService;
  private final Honours honours;

  // @Lazy: honours' module reads cases too
  CaseReaders(IdentityService identityService, Recommenders recommenders, TaskService taskService,
      @Lazy Honours honours) {
    this.identityService = identityService;
    this.recommenders = recommenders;
    this.taskService = taskService;
    this.honours = honours;
  }

  void checkMayRead(Application application) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (isOffice(caller) || isApplicant(caller, application) || isRecommender(caller, application)
        || onHonourTask(caller, application)) {
      return;
    }
    // no number: it would tell a stranger which case an id is (the applicant pages hide it too)
    throw new NotAllowedException("该申报仅申报人、其推荐单位和市质强办可查看");
  }

  /** The office at any time; the applicant, by its pages or the API alike, until its recommending unit decides. */
  void checkMayAddEvidence(Application application) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (isOffice(caller)) {
      return;
    }
    if (!isApplicant(caller, application)) {
      throw new NotAllowedException("只有申报人或市质强办可为该申报上传证实性材料");
    }
    ApplicantCases.checkCorrectable(application);
  }

  /**
   * After {@link #checkMayRead}: through the API a trade secret is the office's and its owner's (the applicant reads
   * back what it submitted); panel members read it in the case file after their undertaking.
   */
  void checkMayReadEvidence(Application application, EvidenceAttachment evidence) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (evidence.isTradeSecret() && !isOffice(caller) && !isApplicant(caller, application)) {
      throw new NotAllowedException("材料「" + evidence.getFileName() + "」已注明涉及商业秘密，此处仅市质强办和申报人可查看（第十六条、第二十九条）");
    }
  }

  private static boolean isOffice(Authentication caller) {
    return caller != null && caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(OFFICE::contains);
  }

  private static boolean isApplicant(Authentication caller, Application application) {
    return caller != null && caller.getUserId().equals(application.getSubmittedBy());
  }

  /**
   * The people an open return visit of the honour this application won is offered to, the city's and the county's
   * regulators (Art 31), read what the holder submitted, as the visit form links it.
   */
  private boolean onHonourTask(Authentication caller, Application application) {
    if (caller == null || caller.getGroupIds() == null || caller.getGroupIds().isEmpty()) {
      return false;
    }
    List<String> honourInstances = honours.businessKeysOf(application.getId());
    // claimed or not: a regulator claims the visit to record it and still reads what the form links
    return !honourInstances.isEmpty() && AsSystem.call(identityService, () -> taskService.createTaskQuery()
        .processInstanceBusinessKeyIn(honourInstances.toArray(String[]::new)).taskDefinitionKey(HonourModel.RETURN_VISIT)
        .taskCandidateGroupIn(caller.getGroupIds()).includeAssignedTasks().count() > 0);
  }

  /** The case's recommending unit or its county body; a renewal (Art 33) goes to the office directly, without them. */
  private boolean isRecommender(Authentication caller, Application application) {
    if (caller == null || caller.getGroupIds() == null || application.getRenewalOfHonourId() != null) {
      return false;
    }
    Recommender recommender = recommenders.find(application.getRecommenderCode()).orElseThrow();
    return caller.getGroupIds().contains(recommender.groupId())
        || caller.getGroupIds().contains(recommender.countyGroupId());
  }
}
