package org.qualityaward.edition;

import java.math.BigDecimal;

/** The plan as the leading group and the notice board read it. */
final class PlanText {

  private PlanText() {}

  static String of(PlanFigures plan) {
    return "申报截止日期：" + plan.applicationDeadline() + "（当日结束时截止，第十五条）\n"
        + "名额（第六条）：获奖组织不超过 " + plan.organizationAwards() + " 个，获奖个人不超过 "
        + plan.individualAwards() + " 个，提名奖不超过 " + plan.nominations() + " 个（含组织和个人）\n"
        + "最低累计得分（千分制）：授奖 " + minimum(plan.awardMinimum()) + "，提名奖 "
        + minimum(plan.nominationMinimum()) + "\n"
        + "评审组人数（第十条）：" + plan.panelSize() + " 名\n"
        + "累计得分（第二十条）= 资料评审得分 × " + plain(plan.documentWeight()) + " + 现场评审得分 × "
        + plain(plan.onsiteWeight()) + "\n"
        + "评分表：组织第 " + plan.organizationSheetVersion() + " 版，个人第 " + plan.individualSheetVersion() + " 版";
  }

  private static String minimum(BigDecimal value) {
    return value == null ? "不设" : plain(value);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
