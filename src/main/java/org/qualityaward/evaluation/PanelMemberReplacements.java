package org.qualityaward.evaluation;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.qualityaward.expert.PanelDraw;
import org.qualityaward.expert.PanelDraws;
import org.qualityaward.identity.AsSystem;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.platform.HistoryWithout;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art 10, 29: the office replaces a drawn member who cannot go on before they have scored (fallen ill, a conflict
 * found while reading the materials, which 回避声明 no longer offers): the member's step moves to 重新抽取替补专家,
 * as a declared conflict does, with the office's reason; one new expert is drawn and takes the member's task. A member
 * who has scored stays: the panel's report is made of the members' scores.
 */
@Service
class PanelMemberReplacements {

  /** What the draw's record keeps beside the office's name (panel_draw.replacement_reason, 1000). */
  static final int REASON_LENGTH = 500;

  private final PanelDraws draws;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;

  PanelMemberReplacements(PanelDraws draws, RuntimeService runtimeService, TaskService taskService,
      IdentityService identityService) {
    this.draws = draws;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /**
   * Why a member left (their own conflict, the office's reason: possibly their health) is on the draw's record; the
   * engine's history of the member's review keeps no copy.
   */
  @Bean
  static HistoryWithout conflictReasonOutOfHistory() {
    return HistoryWithout.variablesOf(PanelMemberReviewModel.PROCESS_KEY, Set.of("conflictReason"));
  }

  /** Moves the member's open step to the redraw; the redraw itself runs as the model's asynchronous step. */
  @Transactional
  public void replace(Long drawId, Long expertId, String reason, String officer) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(List.of(new FieldProblem("reason", "必须填写更换理由（如 因病不能参加评审、阅卷中发现利害关系）")));
    }
    if (reason.strip().length() > REASON_LENGTH) {
      throw new InvalidInputException(List.of(new FieldProblem("reason", "更换理由过长：最多" + REASON_LENGTH + "个字符")));
    }
    if (expertId == null) {
      throw new InvalidInputException(List.of(new FieldProblem("expertId", "请指明要更换的评审员（专家编号）")));
    }
    PanelDraw draw = draws.get(drawId);
    PanelDraw inForce = draws.latest(drawId);
    if (!inForce.getId().equals(drawId)) {
      throw new ConflictException("第 %d 号抽取已被第 %d 号重新抽取替代，请对最新的抽取操作".formatted(drawId, inForce.getId()));
    }
    int seat = draw.getMemberIds().indexOf(expertId);
    if (seat < 0) {
      throw new NotFoundException("专家 %d 不是第 %d 号抽取的评审组成员".formatted(expertId, drawId));
    }
    String member = draws.memberUserIds(draw).get(seat);
    // the step of the member's own review: the model holds it; the office's authorizations do not reach it
    AsSystem.call(identityService, () -> {
      ProcessInstance review = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(PanelMemberReviewModel.PROCESS_KEY)
          .variableValueEquals("applicationId", draw.getApplicationId())
          .variableValueEquals("stage", draw.getStage().name())
          .variableValueEquals("expertUserId", member).singleResult();
      Task open = review == null ? null
          : taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
      if (open == null) {
        throw new ConflictException("评审员 " + member + " 已提交评分或不在评审中，不能更换：评审组的评分以成员提交的评分为准（第十条）");
      }
      runtimeService.createProcessInstanceModification(review.getId())
          .cancelAllForActivity(open.getTaskDefinitionKey())
          .startBeforeActivity(PanelMemberReviewModel.REPLACE_MEMBER)
          .setVariable("conflictReason", "市质强办（" + officer + "）更换：" + reason.strip())
          .execute();
      return null;
    });
  }
}
