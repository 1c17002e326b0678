package org.qualityaward.evaluation;

import java.util.Map;
import java.util.stream.Collectors;
import org.qualityaward.review.Rankings;
import org.qualityaward.review.ReasonNumbers;

/**
 * The ranking as the leading group and the city government read it in their forms: one line per case
 * with its reason's number, then each reason once (a process variable holds at most 4000 characters,
 * and the candidates of one kind with one reason share its words).
 */
final class RankingText {

  private RankingText() {}

  static String of(Rankings.View view) {
    StringBuilder text = new StringBuilder("名次 申报编号 申报主体（类别） 资料评审 现场评审 累计得分（千分制） 建议 理由\n");
    ReasonNumbers reasons = new ReasonNumbers();
    for (Rankings.Entry e : view.cases()) {
      text.append(e.listed()).append(" ").append(e.documentScore().toPlainString()).append(" ")
          .append(e.onsiteScore().toPlainString()).append(" ").append(e.cumulativeLabel()).append(" ")
          .append(e.disqualified() ? "取消资格" : level(e)).append(" ").append(reasons.of(e)).append("\n");
    }
    reasons.appendTo(text, "理由");
    Map<Long, String> numbers = view.cases().stream()
        .collect(Collectors.toMap(Rankings.Entry::applicationId, Rankings.Entry::applicationNumber));
    view.ties().stream().filter(t -> !t.decided()).forEach(t -> text.append("\n并列待定：得分 ")
        .append(t.cumulativeScore().toPlainString()).append("（千分制），").append(t.applicationIds().stream()
            .map(numbers::get).toList())
        .append(" 争取剩余名额，请领导小组决定"));
    return text.toString();
  }

  private static String level(Rankings.Entry e) {
    return e.level() == null ? "并列待定（" + e.tieGroup() + "）" : e.level().label();
  }
}
