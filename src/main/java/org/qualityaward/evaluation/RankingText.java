package org.qualityaward.evaluation;

import java.util.Map;
import java.util.stream.Collectors;
import org.qualityaward.review.Rankings;

/** The ranking as the leading group and the city government read it in their forms. */
final class RankingText {

  private RankingText() {}

  static String of(Rankings.View view) {
    StringBuilder text = new StringBuilder("名次 申报编号 申报主体（类别） 资料评审 现场评审 累计得分 建议\n");
    for (Rankings.Entry e : view.cases()) {
      text.append(e.rank()).append(" ").append(e.applicationNumber()).append(" ").append(e.applicantName())
          .append("（").append(e.kind().label()).append("） ").append(e.documentScore().toPlainString()).append(" ")
          .append(e.onsiteScore().toPlainString()).append(" ").append(e.cumulativeScore().toPlainString()).append(" ")
          .append(e.disqualified() ? "取消资格" : level(e)).append("\n    理由：").append(e.reasonText()).append("\n");
    }
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
