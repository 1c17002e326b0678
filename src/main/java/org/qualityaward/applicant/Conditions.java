package org.qualityaward.applicant;

import java.util.List;
import java.util.stream.Stream;
import org.qualityaward.eligibility.ApplicationKind;

/**
 * The conditions an applicant declares to meet, quoted from the Measures: Art 11 for organisations,
 * Art 12 for individuals, one point each. The form shows each point's text beside its checkbox.
 */
final class Conditions {

  record Point(String article, int number, String numeral, String text) {

    /** The form field of the point's checkbox. */
    public String field() {
      return "cond" + number;
    }

    /** As the Measures cite it: 第十一条第（三）项. */
    public String citation() {
      return article + "第" + numeral + "项";
    }
  }

  static final String ORGANIZATION_ARTICLE = "第十一条";
  static final String INDIVIDUAL_ARTICLE = "第十二条";

  static final String ORGANIZATION_LEAD = "申报市政府质量奖的组织应当具备以下条件：";
  static final String INDIVIDUAL_LEAD = "申报市政府质量奖的个人应当具备以下条件：";

  private static final List<Point> ORGANIZATION = List.of(
      new Point(ORGANIZATION_ARTICLE, 1, "（一）", "拥护党的路线、方针、政策；"),
      new Point(ORGANIZATION_ARTICLE, 2, "（二）", "在保定市行政区域内依法注册登记并正常运营5年以上；"),
      new Point(ORGANIZATION_ARTICLE, 3, "（三）", "积极推行先进的质量管理方法，实施首席质量官制度，质量管理体系健全并有效运行，"
          + "不断创新质量管理制度、模式、方法，且成熟度高，具有推广价值；"),
      new Point(ORGANIZATION_ARTICLE, 4, "（四）", "崇尚优秀质量文化，在质量水平、创新能力、品牌影响力及效益处于全省同行业前列；"
          + "具有良好的经营绩效，其经营规模、利税、总资产贡献率达到省内同行业先进水平；"),
      new Point(ORGANIZATION_ARTICLE, 5, "（五）", "切实履行社会责任，社会声誉良好；"),
      new Point(ORGANIZATION_ARTICLE, 6, "（六）", "近5年内无被列入经营异常名录、严重违法失信名单及行政处罚记录；"),
      new Point(ORGANIZATION_ARTICLE, 7, "（七）", "近5年内无较大及以上质量、安全、生态环境、公共卫生等事故，无查实的重大及以上质量投诉，"
          + "无相关违法、违规、违纪行为。"));

  private static final List<Point> INDIVIDUAL = List.of(
      new Point(INDIVIDUAL_ARTICLE, 1, "（一）", "拥护党的路线、方针、政策；"),
      new Point(INDIVIDUAL_ARTICLE, 2, "（二）", "在本行政区域内从事质量相关工作或质量理论研究5年以上；"),
      new Point(INDIVIDUAL_ARTICLE, 3, "（三）", "有较强的质量意识和创新意识，在质量管理中形成独特的工作方法、经验和成果，"
          + "在提高行业质量水平、推动产业工艺和技能改进等方面作出重要贡献；"),
      new Point(INDIVIDUAL_ARTICLE, 4, "（四）", "积极学习和推广应用卓越绩效评价、六西格玛等质量管理新技术、新方法，"
          + "积极组织或参与实施名牌培育、质量提升、体系认证、持续改进、质量管理小组等质量活动，为单位或区域提高质量管理水平作出了突出贡献；"),
      new Point(INDIVIDUAL_ARTICLE, 5, "（五）", "具有良好的社会公德和职业美德，遵纪守法，热爱本职工作，诚实劳动，作风严谨，廉洁奉公；"),
      new Point(INDIVIDUAL_ARTICLE, 6, "（六）", "无违法、违规、违纪行为。申报个人如为组织最高管理者，"
          + "其所在组织应符合本办法第十一条第六、七项规定条件。"));

  private Conditions() {}

  static List<Point> of(ApplicationKind kind) {
    return kind == ApplicationKind.INDIVIDUAL ? INDIVIDUAL : ORGANIZATION;
  }

  /** 第十一条第（三）项 for a stored declaration (article and point number). */
  static String citation(String article, int number) {
    return Stream.concat(ORGANIZATION.stream(), INDIVIDUAL.stream())
        .filter(p -> p.article().equals(article) && p.number() == number).findFirst().map(Point::citation)
        .orElse(article + "第" + number + "项");
  }

  static String lead(ApplicationKind kind) {
    return kind == ApplicationKind.INDIVIDUAL ? INDIVIDUAL_LEAD : ORGANIZATION_LEAD;
  }

  /** The point of Art 12 an individual's self-assessment section answers, by scoring-sheet category. */
  static Point individualPointOf(String categoryCode) {
    return "PROMOTION".equals(categoryCode) ? INDIVIDUAL.get(3) : INDIVIDUAL.get(2);
  }
}
