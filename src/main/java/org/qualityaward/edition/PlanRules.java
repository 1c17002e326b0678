package org.qualityaward.edition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qualityaward.kernel.FieldProblem;

/** The checks of an edition's plan (Art 6, 10, 15, 20), every problem at once. */
final class PlanRules {

  /** Art 10: 各评审组由3名（含3名）以上的评审员组成. */
  static final int LEAST_PANEL_SIZE = 3;

  private PlanRules() {}

  static List<FieldProblem> check(PlanFigures plan, PlanStandards standards, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (plan.applicationDeadline() == null) {
      problems.add(new FieldProblem("applicationDeadline", "必须填写申报截止日期（第十五条）"));
    } else if (!plan.applicationDeadline().isAfter(today)) {
      problems.add(new FieldProblem("applicationDeadline", "申报截止日期必须晚于今天（" + today + "）"));
    }
    PlanStandards.Ceilings ceilings = standards.ceilings();
    quota(problems, "organizationAwards", "获奖组织", plan.organizationAwards(), ceilings.organizationAwards());
    quota(problems, "individualAwards", "获奖个人", plan.individualAwards(), ceilings.individualAwards());
    quota(problems, "nominations", "提名奖（含组织和个人）", plan.nominations(), ceilings.nominations());
    minimum(problems, "awardMinimum", "授奖最低累计得分", plan.awardMinimum());
    minimum(problems, "nominationMinimum", "提名奖最低累计得分", plan.nominationMinimum());
    if (plan.awardMinimum() == null && plan.nominationMinimum() != null) {
      // no award minimum would give the award within its quota to a score the nomination's minimum refuses
      problems.add(new FieldProblem("awardMinimum", "设了提名奖最低累计得分（" + plan.nominationMinimum().toPlainString()
          + "）时，授奖最低累计得分不能留空，且不得低于它（第四条第三项、第二十条）"));
    } else if (plan.awardMinimum() != null && plan.nominationMinimum() != null
        && plan.awardMinimum().compareTo(plan.nominationMinimum()) < 0) {
      // the ranking walks the award's line first, then the nomination's below it; refused now, not at the ranking
      problems.add(new FieldProblem("awardMinimum", "授奖最低累计得分 " + plan.awardMinimum().toPlainString()
          + " 不得低于提名奖最低累计得分 " + plan.nominationMinimum().toPlainString() + "（第四条第三项、第二十条）"));
    }
    if (plan.panelSize() == null || plan.panelSize() < LEAST_PANEL_SIZE) {
      problems.add(new FieldProblem("panelSize", "评审组人数须为 " + LEAST_PANEL_SIZE
          + " 名（含）以上（第十条：各评审组由3名（含3名）以上的评审员组成）"));
    }
    weight(problems, "documentWeight", "资料评审得分权重", plan.documentWeight());
    weight(problems, "onsiteWeight", "现场评审得分权重", plan.onsiteWeight());
    sheet(problems, "organizationSheetVersion", "组织评分表", plan.organizationSheetVersion(), standards.sheetVersions(true));
    sheet(problems, "individualSheetVersion", "个人评分表", plan.individualSheetVersion(), standards.sheetVersions(false));
    return problems;
  }

  private static void quota(List<FieldProblem> problems, String field, String label, Integer quota, int ceiling) {
    if (quota == null || quota < 0) {
      problems.add(new FieldProblem(field, "必须填写" + label + "名额（0 或以上，第六条）"));
    } else if (quota > ceiling) {
      problems.add(new FieldProblem(field, label + "名额 " + quota + " 超过第六条规定的上限：不超过 " + ceiling + " 个"));
    }
  }

  private static void minimum(List<FieldProblem> problems, String field, String label, BigDecimal minimum) {
    if (minimum != null && (minimum.signum() < 0 || minimum.compareTo(new BigDecimal("1000")) > 0)) {
      problems.add(new FieldProblem(field, label + "须在 0 至 1000 之间（折算为千分制，第二十条）；不设最低分请留空"));
    }
  }

  private static void weight(List<FieldProblem> problems, String field, String label, BigDecimal weight) {
    if (weight == null || weight.signum() <= 0) {
      problems.add(new FieldProblem(field, label + "必须大于 0：累计得分由资料评审和现场评审得分组成（第二十条）"));
    }
  }

  private static void sheet(List<FieldProblem> problems, String field, String label, Integer version,
      Set<Integer> versions) {
    if (version == null || !versions.contains(version)) {
      problems.add(new FieldProblem(field, label + "版本须为现有版本之一：" + versions.stream().sorted().toList()));
    }
  }
}
