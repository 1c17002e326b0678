package org.qualityaward.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.qualityaward.eligibility.CodeCheck;
import org.qualityaward.eligibility.CreditCode;
import org.qualityaward.kernel.FieldProblem;

/**
 * Art 10's conditions for an expert (评审员应具备以下条件), checked when the office adds one. Every
 * failure is one field problem naming the article. Lookups (user, recommender) are the pool's.
 */
final class ExpertConditions {

  /** GB/T 4754: 门类 letter A–T, then 大类 (2 digits), 中类 (3) or 小类 (4). */
  private static final Pattern INDUSTRY = Pattern.compile("[A-T][0-9]{2,4}");

  static final int MINIMUM_QUALITY_YEARS = 5;

  /** The column's width (V105): the codes, comma separated. */
  private static final int MAXIMUM_CONFLICT_TEXT = 2000;

  private ExpertConditions() {}

  static List<FieldProblem> check(NewExpert e) {
    List<FieldProblem> problems = new ArrayList<>();
    text(problems, "userId", e.userId(), 64, "必须填写专家的系统用户名（评审任务分派给该用户）");
    text(problems, "name", e.name(), 100, "必须填写姓名");
    text(problems, "employerName", e.employerName(), 200, "必须填写工作单位");
    CodeCheck code = CreditCode.check(e.employerCreditCode());
    if (!code.valid()) {
      problems.add(new FieldProblem("employerCreditCode", "工作单位" + code.message() + "（用于评审回避）"));
    }
    String group = e.employerGroupCreditCode();
    if (group != null && !group.isBlank() && !CreditCode.check(group).valid()) {
      problems.add(new FieldProblem("employerGroupCreditCode",
          "所属集团" + CreditCode.check(group).message() + "（用于评审回避，无集团则不填）"));
    }
    List<String> conflicts = e.conflictCreditCodes();
    for (int i = 0; i < conflicts.size(); i++) {
      CodeCheck conflict = CreditCode.check(conflicts.get(i));
      if (!conflict.valid()) {
        problems.add(new FieldProblem("conflictCreditCodes[" + i + "]",
            "声明回避的第%d家单位：%s".formatted(i + 1, conflict.message())));
      }
    }
    if (String.join(",", conflicts).length() > MAXIMUM_CONFLICT_TEXT) {
      problems.add(new FieldProblem("conflictCreditCodes", "声明回避的单位过多，请只列有利害关系的单位"));
    }
    industries(problems, e.industries());
    problems.addAll(article10(e.degree(), e.qualityYears(), e.trainingQualification(), e.lawsFamiliarityDeclared(),
        e.conductDeclared()));
    return problems;
  }

  /**
   * Art 10 on an expert's record as it is now, checked at every draw: a record imported or changed since it
   * was added may no longer meet it, and that expert is left out.
   */
  static boolean meetArticle10(Expert e) {
    return article10(e.getDegree(), e.getQualityYears(), e.getTrainingQualification(), e.isLawsFamiliarityDeclared(),
        e.isConductDeclared()).isEmpty();
  }

  /** Art 10(1)–(4) and 专业培训并取得相关资格: degree, years, training and qualification, the two declarations. */
  private static List<FieldProblem> article10(Degree degree, Integer qualityYears, String trainingQualification,
      Boolean lawsFamiliarityDeclared, Boolean conductDeclared) {
    List<FieldProblem> problems = new ArrayList<>();
    if (degree == null) {
      problems.add(new FieldProblem("degree", "第十条第（二）项：必须填写文化程度（Art 10(2)）"));
    } else if (!degree.meetsArticle10()) {
      problems.add(new FieldProblem("degree",
          "第十条第（二）项：评审员应具有大学及大学以上文化程度，“%s”不符合（Art 10(2)）".formatted(degree.label())));
    }
    if (qualityYears == null || qualityYears < MINIMUM_QUALITY_YEARS) {
      problems.add(new FieldProblem("qualityYears",
          "第十条第（三）项：评审员应具有5年以上质量管理或相应专业技术工作经历，%s（Art 10(3)）"
              .formatted(qualityYears == null ? "未填写年限" : "填报 " + qualityYears + " 年不足5年")));
    }
    text(problems, "trainingQualification", trainingQualification, 2000,
        "第十条：评审员应经过专业培训并取得相关资格，必须填写所受培训及取得的资格（Art 10）");
    if (!Boolean.TRUE.equals(lawsFamiliarityDeclared)) {
      problems.add(new FieldProblem("lawsFamiliarityDeclared",
          "第十条第（一）项：评审员应熟悉国家有关质量、经济法律法规和规定，须声明（Art 10(1)）"));
    }
    if (!Boolean.TRUE.equals(conductDeclared)) {
      problems.add(new FieldProblem("conductDeclared",
          "第十条第（四）项：评审员应作风正派，清正廉洁，具有良好的社会公德和职业道德，须声明（Art 10(4)）"));
    }
    return problems;
  }

  private static void industries(List<FieldProblem> problems, List<String> industries) {
    if (industries == null || industries.isEmpty()) {
      problems.add(new FieldProblem("industries",
          "第十条：评审组须含行业专家，至少填写一个 GB/T 4754 行业代码（如 C34）（Art 10）"));
      return;
    }
    for (int i = 0; i < industries.size(); i++) {
      String code = industries.get(i);
      if (code == null || !INDUSTRY.matcher(code).matches()) {
        problems.add(new FieldProblem("industries[" + i + "]",
            "“%s”不是 GB/T 4754 行业代码：大写门类字母加2–4位数字，如 C34、C3411".formatted(code)));
      }
    }
  }

  private static void text(List<FieldProblem> problems, String field, String value, int maxLength, String missing) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, missing));
    } else if (value.length() > maxLength) {
      problems.add(new FieldProblem(field, "不超过 %d 个字符".formatted(maxLength)));
    }
  }
}
