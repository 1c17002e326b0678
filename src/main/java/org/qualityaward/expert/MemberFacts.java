package org.qualityaward.expert;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What the records say about one member's work on one panel (Art 9(4)), measured, never typed by the
 * office: the scoring task's due date and completion (engine history; both null for a member replaced
 * before scoring), the member's total against the panel's agreed score in percent, whether they declared a
 * conflict and whether after their declaration was due (so the panel waited for the redraw), and the
 * leader's remark on them (null if none).
 */
public record MemberFacts(String expertUserId, LocalDateTime scoringDueAt, LocalDateTime scoringCompletedAt,
    BigDecimal deviationPercent, boolean conflictDeclared, boolean conflictDeclaredLate, String leaderRemark) {

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** Scored by the due date; null when the member did not score. A task without a due date is on time. */
  public Boolean scoredOnTime() {
    if (scoringCompletedAt == null) {
      return null;
    }
    return scoringDueAt == null || !scoringCompletedAt.isAfter(scoringDueAt);
  }

  /** One line for the office's task: 评分 …；偏差 …；回避 …；组长评价 …. */
  public String describe() {
    String scoring = scoringCompletedAt == null ? "评分：未评分"
        : "评分：%s 提交，期限 %s，%s".formatted(DAY_TIME.format(scoringCompletedAt),
            scoringDueAt == null ? "未设" : DAY_TIME.format(scoringDueAt), scoredOnTime() ? "按期" : "逾期");
    String deviation = deviationPercent == null ? "" : "；与评审组得分偏差 %s%s%%"
        .formatted(deviationPercent.signum() > 0 ? "+" : "", deviationPercent.toPlainString());
    String conflict = !conflictDeclared ? "；回避：无" : conflictDeclaredLate ? "；回避：已声明，逾期声明" : "；回避：已按期声明";
    String remark = "；组长评价：" + (leaderRemark == null ? "无" : leaderRemark);
    return scoring + deviation + conflict + remark;
  }
}
