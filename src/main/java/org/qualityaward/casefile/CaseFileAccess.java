package org.qualityaward.casefile;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.application.Application;
import org.qualityaward.application.AwardApplicationModel;
import org.qualityaward.evaluation.PanelReviewModel;
import org.qualityaward.expert.PanelDraw;
import org.qualityaward.expert.PanelDraws;
import org.qualityaward.identity.AsSystem;
import org.qualityaward.identity.Role;
import org.qualityaward.recommender.Recommender;
import org.qualityaward.recommender.Recommenders;
import org.qualityaward.review.Scoring;
import org.springframework.stereotype.Component;

/**
 * Who may open a case file, and while (issue 12), decided from our records and the engine's state, never
 * from the request: the office and administrators; the recommending unit; its county body where county
 * consent is needed; a city department while its opinion is asked (its task open); each member of a panel
 * in force from the draw until the panel's report is accepted or its review stops (a disqualified candidate, a
 * renewal ended); the leading group and the city government
 * (summary and results).
 */
@Component
class CaseFileAccess {

  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final Recommenders recommenders;
  private final PanelDraws draws;
  private final Scoring scoring;
  private final UndertakingRepository undertakings;

  CaseFileAccess(IdentityService identityService, TaskService taskService, RuntimeService runtimeService,
      Recommenders recommenders, PanelDraws draws, Scoring scoring, UndertakingRepository undertakings) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.recommenders = recommenders;
    this.draws = draws;
    this.scoring = scoring;
    this.undertakings = undertakings;
  }

  /** The caller as a reader of this case, or empty if they may not open it now. */
  Optional<Reader> readerOf(Application application) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return Optional.empty();
    }
    String userId = caller.getUserId();
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.contains(Role.QUALITY_OFFICE.groupId())) {
      return Optional.of(new Reader(userId, Reader.Level.OFFICE, "市质强办"));
    }
    if (groups.contains(Role.CAMUNDA_ADMIN.groupId())) {
      return Optional.of(new Reader(userId, Reader.Level.OFFICE, "系统管理员"));
    }
    // a renewal (Art 33) has no recommending unit: the one that recommended the award five years ago reads nothing of it
    Optional<Recommender> recommender = application.getRenewalOfHonourId() != null ? Optional.empty()
        : recommenders.find(application.getRecommenderCode());
    if (recommender.isPresent() && groups.contains(recommender.get().groupId())) {
      return Optional.of(new Reader(userId, Reader.Level.PARTY, "推荐单位"));
    }
    if (recommender.isPresent() && recommender.get().needsCountyConsent()
        && groups.contains(recommender.get().countyGroupId())) {
      return Optional.of(new Reader(userId, Reader.Level.PARTY, "县级议事协调机构"));
    }
    if (consultedNow(application, groups)) {
      return Optional.of(new Reader(userId, Reader.Level.PARTY, "征求意见部门"));
    }
    if (panelNow(application, userId).isPresent()) {
      return Optional.of(new Reader(userId, Reader.Level.PANEL, "评审组成员"));
    }
    if (groups.contains(Role.LEADING_GROUP.groupId())) {
      return Optional.of(new Reader(userId, Reader.Level.SUMMARY, "领导小组"));
    }
    if (groups.contains(Role.CITY_GOVERNMENT.groupId())) {
      return Optional.of(new Reader(userId, Reader.Level.SUMMARY, "市政府"));
    }
    return Optional.empty();
  }

  /** A trade-secret file (Art 16, 29): the office, and a panel member after signing the undertaking. */
  boolean mayReadTradeSecret(Reader reader, Application application) {
    return reader.office() || (reader.level() == Reader.Level.PANEL && signed(reader.userId(), application));
  }

  /** Signed for the review the member sits on now: an undertaking of the document review does not open the on-site one. */
  boolean signed(String userId, Application application) {
    return panelNow(application, userId).filter(d -> undertakings.existsByApplicationIdAndStageAndUserId(
        application.getId(), d.getStage().name(), userId)).isPresent();
  }

  /** The department's opinion task of this case is open and offered to one of the caller's unit groups. */
  private boolean consultedNow(Application application, List<String> groups) {
    if (application.getProcessInstanceId() == null) {
      return false;
    }
    return AsSystem.call(identityService, () -> groups.stream().filter(g -> g.startsWith("recommender-")).anyMatch(group ->
        taskService.createTaskQuery().processInstanceId(application.getProcessInstanceId())
            .taskDefinitionKey(AwardApplicationModel.CONSULT_DEPARTMENTS).taskCandidateGroup(group).count() > 0));
  }

  /**
   * A member of a draw in force whose panel still reviews: its report not accepted and its review running (a
   * review stopped without a report, the candidate disqualified, leaves no reason to read the materials, Art 29).
   */
  private Optional<PanelDraw> panelNow(Application application, String userId) {
    return draws.inForce(application.getId()).stream()
        .filter(draw -> draws.memberUserIds(draw).contains(userId)
            && scoring.acceptedReport(application.getId(), draw.getStage()).isEmpty()
            && AsSystem.call(identityService, () -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PanelReviewModel.PROCESS_KEY)
                .variableValueEquals("applicationId", application.getId())
                .variableValueEquals("stage", draw.getStage().name()).count() > 0))
        .findFirst();
  }
}
