package org.qualityaward.casefile;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.application.Application;
import org.qualityaward.edition.EditionService;
import org.qualityaward.evaluation.ExpertRatingModel;
import org.qualityaward.evaluation.PanelMemberReviewModel;
import org.qualityaward.evaluation.PanelReviewModel;
import org.springframework.stereotype.Component;

/**
 * The case's history in Chinese (who did what, when), from the engine's history of the case's process
 * instances: the case itself, what it called (publicities, objections), and the panels reviewing it — not the
 * edition's, which carries every case of the edition. People
 * are shown by their names as written (family name first), their user id only when they have no name.
 */
@Component
class CaseHistory {

  /** The processes whose tasks are the panel members' (the leader's consolidation included). */
  private static final Set<String> PANELS = Set.of(PanelReviewModel.PROCESS_KEY, PanelMemberReviewModel.PROCESS_KEY);
  /** The processes a panel member may start: the office's rating of the members starts on the leader's report. */
  private static final Set<String> STARTED_BY_PANELS = Set.of(PanelReviewModel.PROCESS_KEY,
      PanelMemberReviewModel.PROCESS_KEY, ExpertRatingModel.PROCESS_KEY);
  private static final String PANEL_MEMBER = "评审组成员";

  /** One line of the history. */
  record Line(LocalDateTime at, String who, String what) {}

  private final HistoryService history;
  private final IdentityService identityService;

  CaseHistory(HistoryService history, IdentityService identityService) {
    this.history = history;
    this.identityService = identityService;
  }

  /**
   * The history as this reader may read it: who sits on the case's panels is the office's to know (the
   * panels are shown to it alone, Art 29 公平公正); for everyone else an expert's step is the panel's.
   */
  List<Line> of(Application application, Reader reader) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lines(application, reader.office());
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private List<Line> lines(Application application, boolean panelMembersByName) {
    Map<String, HistoricProcessInstance> instances = new HashMap<>();
    List<String> queue = new ArrayList<>();
    if (application.getProcessInstanceId() != null) {
      queue.add(application.getProcessInstanceId());
    }
    history.createHistoricProcessInstanceQuery().variableValueEquals("applicationId", application.getId()).list()
        .forEach(p -> queue.add(p.getId()));
    while (!queue.isEmpty()) {
      String id = queue.remove(0);
      if (instances.containsKey(id)) {
        continue;
      }
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(id)
          .singleResult();
      // the edition carries every case (its stages hold each case's id): its history is not this case's
      if (instance == null || EditionService.PROCESS_KEY.equals(instance.getProcessDefinitionKey())) {
        continue;
      }
      instances.put(id, instance);
      history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list().forEach(p -> queue.add(p.getId()));
    }
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, String> names = new HashMap<>();
    List<Line> lines = new ArrayList<>();
    for (HistoricProcessInstance p : instances.values()) {
      String process = p.getProcessDefinitionName() == null ? p.getProcessDefinitionKey() : p.getProcessDefinitionName();
      String starter = p.getStartUserId() == null ? "系统"
          : STARTED_BY_PANELS.contains(p.getProcessDefinitionKey()) && !panelMembersByName ? PANEL_MEMBER
          : name(p.getStartUserId(), names);
      lines.add(new Line(time(p.getStartTime()), starter, "开始「" + process + "」"));
      if (p.getEndTime() != null) {
        lines.add(new Line(time(p.getEndTime()), "系统", "「" + process + "」结束"));
      }
    }
    List<HistoricTaskInstance> tasks = new ArrayList<>();
    instances.keySet().forEach(id -> tasks.addAll(history.createHistoricTaskInstanceQuery().processInstanceId(id).list()));
    for (HistoricTaskInstance task : tasks) {
      boolean panel = PANELS.contains(instances.get(task.getProcessInstanceId()).getProcessDefinitionKey());
      String who = panel && !panelMembersByName ? PANEL_MEMBER
          : task.getAssignee() != null ? name(task.getAssignee(), names)
          : task.getEndTime() == null ? "（待签收）" : "（未记录办理人）";
      if (task.getEndTime() == null) {
        lines.add(new Line(time(task.getStartTime()), who, "待办「" + task.getName() + "」"));
      } else if ("completed".equals(task.getDeleteReason())) {
        lines.add(new Line(time(task.getEndTime()), who, "办理完成「" + task.getName() + "」"));
      } else {
        lines.add(new Line(time(task.getEndTime()), "系统", "「" + task.getName() + "」已取消"));
      }
    }
    lines.sort(Comparator.comparing(Line::at));
    return lines;
  }

  /** 张明, as Chinese names are written: family name (last name) first, no space. */
  String name(String userId, Map<String, String> cache) {
    return cache.computeIfAbsent(userId, id -> {
      User user = identityService.createUserQuery().userId(id).singleResult();
      if (user == null) {
        return id;
      }
      String name = (user.getLastName() == null ? "" : user.getLastName().strip())
          + (user.getFirstName() == null ? "" : user.getFirstName().strip());
      return name.isBlank() ? id : name;
    });
  }

  private static LocalDateTime time(Date date) {
    return date == null ? LocalDateTime.MIN : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }
}
