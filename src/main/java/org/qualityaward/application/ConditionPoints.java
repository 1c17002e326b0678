package org.qualityaward.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.kernel.FieldProblem;

/**
 * The conditions of Art 11 (organisations) and Art 12 (individuals), quoted point by point. Some are
 * measured by the eligibility rules (registration and years, credit records, accidents); the others —
 * Art 11(1), (3)–(5), the last clause of 11(7), and Art 12(1)–(5) — no rule can judge, so the applicant
 * declares each with what supports it and the recommending unit (Art 16) and the office (Art 17) confirm
 * or refuse it point by point. Those carry the declaration's words and the evidence it needs.
 */
public final class ConditionPoints {

  /**
   * One point. {@code declaration} is what the applicant declares and the reviewers judge (null where a
   * rule measures the point); {@code evidence} the materials that show it.
   */
  public record Point(ApplicationKind kind, int number, String numeral, String text, String declaration,
      String evidence) {

    /** As the API and the forms name it: 11(3). */
    public String code() {
      return article() + "(" + number + ")";
    }

    /** 11 or 12. */
    public int article() {
      return kind == ApplicationKind.INDIVIDUAL ? 12 : 11;
    }

    /** As the Measures cite it: 第十一条第（三）项. */
    public String citation() {
      return articleName() + "第" + numeral + "项";
    }

    public String articleName() {
      return kind == ApplicationKind.INDIVIDUAL ? INDIVIDUAL_ARTICLE : ORGANIZATION_ARTICLE;
    }

    /** The applicant's declaration of this point must be judged by people. */
    public boolean declared() {
      return declaration != null;
    }

    /** The draft form's checkbox of the point. */
    public String field() {
      return "cond" + number;
    }

    /** The draft form's and the start form's text of the point's declaration: statement11_3. */
    public String statementField() {
      return "statement" + article() + "_" + number;
    }
  }

  public static final String ORGANIZATION_ARTICLE = "第十一条";
  public static final String INDIVIDUAL_ARTICLE = "第十二条";

  /** Longest statement of one point: enough to say what shows it and name the materials. */
  public static final int MAX_STATEMENT = 1000;

  private static final String ORGANIZATION_LEAD = "申报市政府质量奖的组织应当具备以下条件：";
  private static final String INDIVIDUAL_LEAD = "申报市政府质量奖的个人应当具备以下条件：";

  private static final String ADHERES = "拥护党的路线、方针、政策；";

  private static final List<Point> ORGANIZATION = List.of(
      org(1, "（一）", ADHERES, ADHERES, "法定代表人签署的声明；近5年党建工作情况说明"),
      org(2, "（二）", "在保定市行政区域内依法注册登记并正常运营5年以上；", null, null),
      org(3, "（三）", "积极推行先进的质量管理方法，实施首席质量官制度，质量管理体系健全并有效运行，"
          + "不断创新质量管理制度、模式、方法，且成熟度高，具有推广价值；",
          "积极推行先进的质量管理方法，实施首席质量官制度，质量管理体系健全并有效运行，不断创新质量管理制度、模式、方法，且成熟度高，具有推广价值",
          "首席质量官任命文件；质量管理体系认证证书；质量管理创新成果及推广应用的证明"),
      org(4, "（四）", "崇尚优秀质量文化，在质量水平、创新能力、品牌影响力及效益处于全省同行业前列；"
          + "具有良好的经营绩效，其经营规模、利税、总资产贡献率达到省内同行业先进水平；",
          "质量水平、创新能力、品牌影响力及效益处于全省同行业前列；经营规模、利税、总资产贡献率达到省内同行业先进水平",
          "近3年经审计的财务报表；纳税证明；与省内同行业的对比数据及来源；专利、标准、品牌荣誉证明"),
      org(5, "（五）", "切实履行社会责任，社会声誉良好；", "切实履行社会责任，社会声誉良好",
          "社会责任报告；公益、环保、员工权益等方面的证明；社会评价或获得的表彰"),
      org(6, "（六）", "近5年内无被列入经营异常名录、严重违法失信名单及行政处罚记录；", null, null),
      org(7, "（七）", "近5年内无较大及以上质量、安全、生态环境、公共卫生等事故，无查实的重大及以上质量投诉，"
          + "无相关违法、违规、违纪行为。", "近5年内无相关违法、违规、违纪行为",
          "法定代表人签署的无违法、违规、违纪行为的声明（事故、投诉另在信用记录和事故中如实申报）"));

  private static final List<Point> INDIVIDUAL = List.of(
      person(1, "（一）", ADHERES, ADHERES, "本人签署的声明；所在单位党组织出具的意见"),
      person(2, "（二）", "在本行政区域内从事质量相关工作或质量理论研究5年以上；",
          "在本行政区域内从事质量相关工作或质量理论研究5年以上",
          "所在单位出具的工作经历证明（起止时间、岗位、工作内容）"),
      person(3, "（三）", "有较强的质量意识和创新意识，在质量管理中形成独特的工作方法、经验和成果，"
          + "在提高行业质量水平、推动产业工艺和技能改进等方面作出重要贡献；",
          "在质量管理中形成独特的工作方法、经验和成果，在提高行业质量水平、推动产业工艺和技能改进等方面作出重要贡献",
          "工作方法、经验和成果的说明；成果的应用证明、获奖证书、专利或论文"),
      person(4, "（四）", "积极学习和推广应用卓越绩效评价、六西格玛等质量管理新技术、新方法，"
          + "积极组织或参与实施名牌培育、质量提升、体系认证、持续改进、质量管理小组等质量活动，为单位或区域提高质量管理水平作出了突出贡献；",
          "推广应用质量管理新技术、新方法，组织或参与质量活动，为单位或区域提高质量管理水平作出突出贡献",
          "推广应用新技术、新方法的证明；组织或参与质量活动的记录及成效证明"),
      person(5, "（五）", "具有良好的社会公德和职业美德，遵纪守法，热爱本职工作，诚实劳动，作风严谨，廉洁奉公；",
          "具有良好的社会公德和职业美德，遵纪守法，热爱本职工作，诚实劳动，作风严谨，廉洁奉公",
          "所在单位出具的品行鉴定"),
      person(6, "（六）", "无违法、违规、违纪行为。申报个人如为组织最高管理者，"
          + "其所在组织应符合本办法第十一条第六、七项规定条件。", null, null));

  private ConditionPoints() {}

  private static Point org(int number, String numeral, String text, String declaration, String evidence) {
    return new Point(ApplicationKind.ORGANIZATION, number, numeral, text, declaration, evidence);
  }

  private static Point person(int number, String numeral, String text, String declaration, String evidence) {
    return new Point(ApplicationKind.INDIVIDUAL, number, numeral, text, declaration, evidence);
  }

  /** Every point of the kind's article (organisations when the kind is not chosen yet). */
  public static List<Point> of(ApplicationKind kind) {
    return kind == ApplicationKind.INDIVIDUAL ? INDIVIDUAL : ORGANIZATION;
  }

  /** The points the applicant declares and people judge, in order. */
  public static List<Point> declared(ApplicationKind kind) {
    return of(kind).stream().filter(Point::declared).toList();
  }

  public static Optional<Point> find(ApplicationKind kind, int number) {
    return of(kind).stream().filter(p -> p.number() == number).findFirst();
  }

  /** 第十一条第（三）项 for a stored declaration (article name and point number). */
  public static String citation(String articleName, int number) {
    return Stream.concat(ORGANIZATION.stream(), INDIVIDUAL.stream())
        .filter(p -> p.articleName().equals(articleName) && p.number() == number).findFirst().map(Point::citation)
        .orElse(articleName + "第" + number + "项");
  }

  public static String lead(ApplicationKind kind) {
    return kind == ApplicationKind.INDIVIDUAL ? INDIVIDUAL_LEAD : ORGANIZATION_LEAD;
  }

  /** The point of Art 12 an individual's self-assessment section answers, by scoring-sheet category. */
  public static Point individualPointOf(String categoryCode) {
    return "PROMOTION".equals(categoryCode) ? INDIVIDUAL.get(3) : INDIVIDUAL.get(2);
  }

  /**
   * What is wrong with an application's statements ({@code conditions}, by point code such as 11(3)):
   * every declared point of its kind needs its own statement, of at most {@link #MAX_STATEMENT}
   * characters; a point of the other article or a measured one is not declared this way.
   */
  static List<FieldProblem> check(ApplicationKind kind, Map<String, String> statements) {
    if (kind == null) {
      return List.of();
    }
    Map<String, String> given = statements == null ? Map.of() : statements;
    List<FieldProblem> problems = new ArrayList<>();
    for (Point point : declared(kind)) {
      String statement = given.get(point.code());
      String field = "conditions." + point.code();
      if (statement == null || statement.isBlank()) {
        problems.add(new FieldProblem(field, point.citation() + "须逐项声明：说明如何符合「" + point.declaration()
            + "」并注明证实性材料（" + point.evidence() + "）（第十六条、第十七条）"));
      } else if (statement.strip().length() > MAX_STATEMENT) {
        problems.add(new FieldProblem(field, point.citation() + "的说明不能超过 " + MAX_STATEMENT + " 字（现有 "
            + statement.strip().length() + " 字）"));
      }
    }
    Set<String> known = declared(kind).stream().map(Point::code).collect(Collectors.toSet());
    given.keySet().stream().filter(code -> !known.contains(code)).sorted().forEach(code ->
        problems.add(new FieldProblem("conditions." + code, "「" + code + "」不是" + (kind == ApplicationKind.INDIVIDUAL
            ? "第十二条" : "第十一条") + "须逐项声明的条件；可声明的有 " + String.join("、", known.stream().sorted().toList()))));
    return problems;
  }
}
