package org.qualityaward.revocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.forms.FormFields;
import org.qualityaward.honour.Honour;
import org.qualityaward.kernel.FieldProblem;

/**
 * Whether a ground of Art 30 can carry a revocation of this honour (plain Java, no engine):
 * <ul>
 *   <li>30(1) fraud in obtaining the honour: no time limit, the fact may predate the award and the
 *       honour may have expired;
 *   <li>30(2) serious quality problems in a product spot check: organisations only ("获奖组织"), the
 *       fact within the validity;
 *   <li>30(3) accidents, 30(4) violations (incl. Art 26 misuse): the fact within the validity
 *       ("有效期内"), awardedOn..validUntil inclusive.
 * </ul>
 * A fact dated after today is refused for every ground. Problems name the fields {@code ground}
 * and {@code factDate} of the forms.
 */
public final class RevocationGroundsRule {

  /** What the rule needs to know about the honour. */
  public record HonourFacts(ApplicationKind kind, LocalDate awardedOn, LocalDate validUntil) {

    public static HonourFacts of(Honour honour) {
      return new HonourFacts(honour.getKind(), honour.getAwardedOn(), honour.getValidUntil());
    }
  }

  private RevocationGroundsRule() {}

  /**
   * The rule on a form's {@code ground} and {@code factDate}: adds the problems to {@code form},
   * unless one of the two fields already has a problem (unreadable value).
   */
  public static void check(FormFields form, RevocationGround ground, LocalDate factDate, Honour honour,
      LocalDate today) {
    if (!form.hasProblem("ground") && !form.hasProblem("factDate")) {
      form.problems(check(ground, factDate, HonourFacts.of(honour), today));
    }
  }

  public static List<FieldProblem> check(RevocationGround ground, LocalDate factDate, HonourFacts honour,
      LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (ground == null) {
      problems.add(new FieldProblem("ground", "请选择第三十条规定的撤销情形"));
    }
    if (factDate == null) {
      problems.add(new FieldProblem("factDate", "请填写事实发生日期"));
    } else if (factDate.isAfter(today)) {
      problems.add(new FieldProblem("factDate", "事实发生日期 " + factDate + " 不能晚于今天 " + today));
    }
    if (ground == null || factDate == null || factDate.isAfter(today)) {
      return problems;
    }
    if (ground == RevocationGround.SPOT_CHECK_FAILURE && honour.kind() != ApplicationKind.ORGANIZATION) {
      problems.add(new FieldProblem("ground",
          "第三十条第（二）项（产品监督抽查中严重质量问题）仅适用于获奖组织，不适用于个人"));
    }
    if (ground != RevocationGround.FRAUD
        && (factDate.isBefore(honour.awardedOn()) || factDate.isAfter(honour.validUntil()))) {
      problems.add(new FieldProblem("factDate", ground.articleZh() + "须为有效期内的事实：" + factDate
          + " 不在有效期 " + honour.awardedOn() + " 至 " + honour.validUntil() + " 内"
          + "（以欺骗手段获奖属第三十条第（一）项，不受有效期限制）"));
    }
    return problems;
  }
}
