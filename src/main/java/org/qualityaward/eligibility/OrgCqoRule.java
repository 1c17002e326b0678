package org.qualityaward.eligibility;

/** ORG-CQO, Art 11(3): the chief quality officer system is in place. */
final class OrgCqoRule extends Rule {

  private static final String EVIDENCE = "首席质量官任命文件须列入证实性材料附件，资格审查时核对";

  OrgCqoRule() {
    super("ORG-CQO", "Art 11(3)");
  }

  @Override
  boolean appliesTo(ApplicationKind kind) {
    return kind == ApplicationKind.ORGANIZATION;
  }

  @Override
  Finding check(EligibilityInput input) {
    return Boolean.TRUE.equals(input.organization().chiefQualityOfficer())
        ? passed("已声明实施首席质量官制度；" + EVIDENCE)
        : failed("未声明实施首席质量官制度，第十一条第三项要求实施；" + EVIDENCE);
  }
}
