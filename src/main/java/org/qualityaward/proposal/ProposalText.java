package org.qualityaward.proposal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.review.Rankings;
import org.qualityaward.review.ReasonNumbers;

/** The proposal as the leading group, the office and the city government read it in their forms. */
final class ProposalText {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  /** Characters of an earlier round's note (the latest is shown whole). */
  private static final int EARLIER_NOTE = 120;

  private ProposalText() {}

  /**
   * Every ranked case, its ranking level with the ranking's reason (by number, each reason once: the field
   * holds 4000 characters) and, where the office moved it, the new level and the office's reason.
   */
  static String forReview(Proposal proposal, Rankings.Places places, List<ProposalDecision> rounds) {
    StringBuilder text = new StringBuilder();
    rounds(text, rounds);
    text.append("名次 申报编号 申报主体（类别） 累计得分（千分制） 综合评价排序结果 → 建议 理由\n");
    ReasonNumbers reasons = new ReasonNumbers();
    for (Proposal.Line line : proposal.lines()) {
      case_(text, line.ranked());
      if (line.ranked().disqualified()) {
        text.append("经调查属实取消资格（第九条第六项、第二十一条），名额不递补");
      } else if (line.changed()) {
        text.append(line.rankedLevel().label()).append(" → ").append(line.level().label())
            .append("（市质强办调整，理由：").append(line.reason()).append("）");
      } else {
        text.append(line.level().label());
      }
      text.append(" ").append(reasons.of(line.ranked())).append("\n");
    }
    reasons.appendTo(text, "综合评价排序的理由");
    text.append("\n名额（第六条，不超过）：组织获奖 ").append(proposal.awards().get(ApplicationKind.ORGANIZATION))
        .append("/").append(places.awards().get(ApplicationKind.ORGANIZATION))
        .append("，个人获奖 ").append(proposal.awards().get(ApplicationKind.INDIVIDUAL))
        .append("/").append(places.awards().get(ApplicationKind.INDIVIDUAL))
        .append("，提名奖 ").append(proposal.nominations()).append("/").append(places.nominations())
        .append("；市质强办调整 ").append(proposal.changed().size()).append(" 项\n");
    return text.toString();
  }

  /** What survived the publicity, for approval; the disqualified apart, not for approval (Art 21, 22). */
  static String forApproval(Proposal proposal, List<ProposalDecision> rounds) {
    StringBuilder text = new StringBuilder();
    rounds(text, rounds);
    text.append("公示期满无异议的拟授奖名单（第二十一条、第二十二条）：\n");
    if (proposal.honoured().isEmpty()) {
      text.append("（无）\n");
    }
    proposal.honoured().forEach(line -> {
      case_(text, line.ranked());
      text.append(line.level().label()).append("\n");
    });
    List<Proposal.Line> disqualified = proposal.lines().stream().filter(line -> line.ranked().disqualified()).toList();
    if (!disqualified.isEmpty()) {
      text.append("\n经调查属实取消资格，不列入报批名单，名额不递补（第九条第六项、第二十一条）：\n");
      disqualified.forEach(line -> {
        case_(text, line.ranked());
        text.append("取消资格\n");
      });
    }
    return text.toString();
  }

  private static void case_(StringBuilder text, Rankings.Entry entry) {
    text.append(entry.listed()).append(" ").append(entry.cumulativeLabel()).append(" ");
  }

  /**
   * First and the latest first: the field holds 4,000 characters and a long list is cut at its end, so the reason the
   * office revises by is never the part cut off. The earlier rounds are shortened (each note may be 2,000), so that
   * they do not push the list itself out; the case file keeps them whole.
   */
  private static String shortened(String note) {
    if (note == null || note.length() <= EARLIER_NOTE) {
      return note;
    }
    // never half of a character outside the basic plane
    return note.substring(0, Character.isHighSurrogate(note.charAt(EARLIER_NOTE - 1)) ? EARLIER_NOTE - 1 : EARLIER_NOTE)
        + "…";
  }

  private static void rounds(StringBuilder text, List<ProposalDecision> rounds) {
    if (rounds.isEmpty()) {
      return;
    }
    text.append("审定、批准与修改记录（最近的在前）：\n");
    for (int i = rounds.size() - 1; i >= 0; i--) {
      ProposalDecision round = rounds.get(i);
      text.append(WHEN.format(round.getDecidedAt())).append(" ").append(round.getBody().label())
          .append(round.getApproved() == null ? " 审核意见" : round.getApproved() ? " 同意" : " 退回")
          .append("：").append(i == rounds.size() - 1 ? round.getNote() : shortened(round.getNote())).append("\n");
    }
    text.append("\n");
  }
}
