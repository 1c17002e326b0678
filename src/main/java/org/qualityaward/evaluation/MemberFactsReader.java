package org.qualityaward.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.expert.MemberFacts;
import org.qualityaward.expert.PanelDraws;
import org.qualityaward.review.PanelReport;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.springframework.stereotype.Component;

/**
 * What the office rates a panel's members on (Art 9(4)), measured from the panel-review instance's history
 * and the accepted report, never typed in: the members who scored in draw order, then those replaced after
 * declaring a conflict. A conflict counts as declared late when the declaration was completed after its due
 * date: the model lets a member declare only before scoring, so lateness is the time the panel lost waiting
 * for the redraw.
 */
@Component
class MemberFactsReader {

  private final HistoryService history;
  private final PanelDraws draws;
  private final Scoring scoring;
  private final WorkingDayCalendar calendar;

  MemberFactsReader(HistoryService history, PanelDraws draws, Scoring scoring, WorkingDayCalendar calendar) {
    this.history = history;
    this.draws = draws;
    this.scoring = scoring;
    this.calendar = calendar;
  }

  /**
   * The panel: its panel-review instance, the case and stage it reviewed, its draw in force, and the leader's
   * remarks as the report's form took them (read before the report's own transaction is in the history).
   */
  record Panel(String panelReviewId, Long applicationId, ReviewStage stage, Long drawId, String leaderRemarks) {}

  List<MemberFacts> of(Panel panel) {
    List<String> scorers = draws.memberUserIds(panel.drawId());
    List<String> replaced = draws.replacedUserIds(panel.drawId());
    List<HistoricTaskInstance> tasks = history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(panel.panelReviewId()).list().stream()
        .flatMap(member -> history.createHistoricTaskInstanceQuery().processInstanceId(member.getId()).finished()
            .list().stream())
        .toList();
    PanelReport report = scoring.panelReport(panel.applicationId(), panel.stage());
    Map<String, String> remarks = LeaderRemarks.read(panel.leaderRemarks(), scorers);

    List<MemberFacts> facts = new ArrayList<>();
    for (String member : scorers) {
      Optional<HistoricTaskInstance> scored = task(tasks, member, PanelMemberReviewModel.SCORE_ORGANIZATION,
          PanelMemberReviewModel.SCORE_INDIVIDUAL);
      facts.add(new MemberFacts(member, scored.map(t -> time(t.getDueDate())).orElse(null),
          scored.map(t -> time(t.getEndTime())).orElse(null), deviation(report, member), false, false,
          remarks.get(member)));
    }
    for (String member : replaced) {
      boolean late = task(tasks, member, PanelMemberReviewModel.DECLARE_CONFLICT)
          .map(t -> t.getDueDate() != null && t.getEndTime().after(t.getDueDate())).orElse(false);
      facts.add(new MemberFacts(member, null, null, null, true, late, null));
    }
    return facts;
  }

  /** The numbered list the office's task shows, 1..N in the order {@link #of} gives. */
  static String text(List<MemberFacts> facts) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < facts.size(); i++) {
      text.append(i + 1).append(". ").append(facts.get(i).expertUserId()).append("：")
          .append(facts.get(i).describe()).append("\n");
    }
    return text.toString().strip();
  }

  /** The member's total against the panel's agreed score, in percent; null for a member who did not score. */
  private static BigDecimal deviation(PanelReport report, String member) {
    if (report.getPanelScore().signum() == 0) {
      return null; // nothing to compare with
    }
    return report.getMembers().stream().filter(m -> m.getExpertUserId().equals(member)).findFirst()
        .map(m -> m.getTotal().subtract(report.getPanelScore()).multiply(BigDecimal.valueOf(100))
            .divide(report.getPanelScore(), 2, RoundingMode.HALF_UP))
        .orElse(null);
  }

  private static Optional<HistoricTaskInstance> task(List<HistoricTaskInstance> tasks, String assignee,
      String... keys) {
    return tasks.stream().filter(t -> assignee.equals(t.getAssignee()))
        .filter(t -> List.of(keys).contains(t.getTaskDefinitionKey())).findFirst();
  }

  private LocalDateTime time(Date instant) {
    return instant == null ? null : calendar.timeOf(instant);
  }
}
