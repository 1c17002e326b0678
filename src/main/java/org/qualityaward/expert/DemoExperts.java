package org.qualityaward.expert;

import java.util.List;
import org.qualityaward.identity.DemoUsers;
import org.qualityaward.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: 30 experts across nine industries, users {@code expert01}…{@code expert30}
 * (group expert, password demo), added through the pool so they meet Art 10. Some conflict with
 * the demo applications on purpose, so draws show exclusions: expert03 and expert05 work for the
 * applicant 保定某精密机械有限公司 (C34), expert06 serves its recommender R-JX-MSR, expert16 works
 * for the young C30 applicant, expert29 for the demo individual's employer, and expert22 and
 * expert27 serve that individual's recommender R-ASSOC-QA.
 */
@Component
@Profile("demo")
@Order(50)
class DemoExperts implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoExperts.class);

  private static final String UNIVERSITY = "河北某大学|1213060040100001X9";
  private static final String INSPECTION = "保定市某产品质量监督检验所|121306004010000289";
  private static final String COLLEGE = "保定某职业技术学院|12130600401000052R";
  private static final String PRECISION = "保定某精密机械有限公司|91130602MA0E12342B";
  private static final String AUTO = "保定某汽车股份有限公司|91130600MA0A000140";
  private static final String CHEMICAL = "保定某化工有限公司|91130605MA0B00023Q";
  private static final String MATERIALS = "保定某建材集团有限公司|91130600MA0C000321";
  private static final String NEW_MATERIALS = "涿州某新材料科技有限公司|91130681MA0F246863";
  private static final String PHARMA = "保定某制药有限公司|91130606MA0D000418";
  private static final String CONSTRUCTION = "保定某建设工程有限公司|91130602MA0E00050Y";
  private static final String SOFTWARE = "保定某软件科技有限公司|91130606MA0F0006X6";
  private static final String TRADE = "保定某商贸有限公司|91130602MA0G000792";
  private static final String ELECTRIC = "保定某电气股份有限公司|91130600MA0H00088M";
  private static final String ASSOCIATION = "保定市质量协会|511306005010000335";
  private static final String REGULATOR = "竞秀区市场监督管理局|11130602001000045L";
  private static final String INDIVIDUALS_EMPLOYER = "保定某精工科技有限公司|91130606MA0D567829";

  private record Demo(String last, String first, String employer, String industries, Degree degree, int years,
      String training, String recommenderCode) {}

  private static final String EVALUATOR = "卓越绩效评价师培训，取得中国质量协会卓越绩效评价师资格";
  private static final String AUDITOR = "质量管理体系审核员培训，取得 CCAA 注册审核员资格";
  private static final String ENGINEER = "质量工程师培训，取得中级注册质量工程师资格";

  private static final List<Demo> EXPERTS = List.of(
      new Demo("陈", "国栋", UNIVERSITY, "C34", Degree.DOCTOR, 22, EVALUATOR, null),
      new Demo("林", "晓燕", INSPECTION, "C34,C3411", Degree.MASTER, 15, AUDITOR, null),
      new Demo("赵", "德明", PRECISION, "C34", Degree.BACHELOR, 18, ENGINEER, null),
      new Demo("吴", "振华", COLLEGE, "C34,C36", Degree.MASTER, 11, EVALUATOR, null),
      new Demo("郭", "玉兰", PRECISION, "C34", Degree.BACHELOR, 9, AUDITOR, null),
      new Demo("曹", "立新", REGULATOR, "C34,F51", Degree.BACHELOR, 16, AUDITOR, "R-JX-MSR"),
      new Demo("高", "建军", AUTO, "C36", Degree.MASTER, 20, EVALUATOR, null),
      new Demo("罗", "文静", UNIVERSITY, "C36", Degree.DOCTOR, 13, ENGINEER, null),
      new Demo("梁", "志强", INSPECTION, "C36,C38", Degree.BACHELOR, 8, AUDITOR, null),
      new Demo("宋", "佳", AUTO, "C36", Degree.BACHELOR, 6, ENGINEER, null),
      new Demo("唐", "海峰", CHEMICAL, "C26", Degree.MASTER, 17, EVALUATOR, null),
      new Demo("许", "慧敏", UNIVERSITY, "C26,C27", Degree.DOCTOR, 14, ENGINEER, null),
      new Demo("韩", "冬", INSPECTION, "C26", Degree.BACHELOR, 10, AUDITOR, null),
      new Demo("冯", "雪梅", MATERIALS, "C30", Degree.BACHELOR, 19, EVALUATOR, null),
      new Demo("邓", "宏伟", COLLEGE, "C30,E47", Degree.MASTER, 12, ENGINEER, null),
      new Demo("彭", "丽娟", NEW_MATERIALS, "C30", Degree.BACHELOR, 7, AUDITOR, null),
      new Demo("曾", "庆", PHARMA, "C27", Degree.MASTER, 21, EVALUATOR, null),
      new Demo("肖", "红", INSPECTION, "C27", Degree.BACHELOR, 9, AUDITOR, null),
      new Demo("田", "野", UNIVERSITY, "C27,C26", Degree.DOCTOR, 16, ENGINEER, null),
      new Demo("董", "建平", CONSTRUCTION, "E47", Degree.BACHELOR, 25, EVALUATOR, null),
      new Demo("袁", "明", MATERIALS, "E47,C30", Degree.MASTER, 13, ENGINEER, null),
      new Demo("潘", "玉洁", ASSOCIATION, "E47,F51", Degree.BACHELOR, 15, AUDITOR, "R-ASSOC-QA"),
      new Demo("蒋", "涛", SOFTWARE, "I65", Degree.MASTER, 10, ENGINEER, null),
      new Demo("蔡", "晓琳", UNIVERSITY, "I65", Degree.DOCTOR, 8, EVALUATOR, null),
      new Demo("余", "斌", INSPECTION, "I65,C38", Degree.BACHELOR, 6, AUDITOR, null),
      new Demo("杜", "春生", TRADE, "F51", Degree.BACHELOR, 14, AUDITOR, null),
      new Demo("叶", "青", ASSOCIATION, "F51,C34", Degree.MASTER, 18, EVALUATOR, "R-ASSOC-QA"),
      new Demo("程", "远", ELECTRIC, "C38", Degree.MASTER, 12, ENGINEER, null),
      new Demo("苏", "婉", INDIVIDUALS_EMPLOYER, "C38,C34", Degree.BACHELOR, 9, AUDITOR, null),
      new Demo("魏", "东升", UNIVERSITY, "C38", Degree.DOCTOR, 24, EVALUATOR, null));

  private final ExpertPool pool;
  private final ExpertRepository experts;
  private final DemoUsers users;

  DemoExperts(ExpertPool pool, ExpertRepository experts, DemoUsers users) {
    this.pool = pool;
    this.experts = experts;
    this.users = users;
  }

  @Override
  public void run(ApplicationArguments args) {
    int added = 0;
    for (int i = 0; i < EXPERTS.size(); i++) {
      Demo d = EXPERTS.get(i);
      String userId = "expert%02d".formatted(i + 1);
      if (experts.findByUserId(userId).isPresent()) {
        continue;
      }
      users.addUser(userId, d.last(), d.first(), Role.EXPERT.groupId());
      String[] employer = d.employer().split("\\|");
      pool.add(new NewExpert(userId, d.last() + d.first(), employer[0], employer[1], null, List.of(d.industries().split(",")),
          d.degree(), d.years(), d.training(), true, true, d.recommenderCode(), List.of()));
      added++;
    }
    if (added > 0) {
      log.info("演示数据：专家库新增 {} 名专家（expert01–expert{}，密码 demo）", added, EXPERTS.size());
    }
  }
}
