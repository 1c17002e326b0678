package org.qualityaward.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the administrator {@code demo} and one user per role, all with password
 * {@code demo}, the only accounts exempt from the password policy. The demo data of other features
 * adds its recommender, county and applicant users through the add* methods.
 */
@Component
@Profile("demo")
public class DemoUsers implements InitializingBean {

  public static final String PASSWORD = "demo";

  private final IdentityService identityService;
  private final RoleGroups roleGroups;

  DemoUsers(IdentityService identityService, RoleGroups roleGroups) {
    this.identityService = identityService;
    this.roleGroups = roleGroups;
  }

  @Override
  public void afterPropertiesSet() {
    // not camunda.bpm.admin-user: the starter would hold demo/demo to the password policy
    addUser("demo", "系统", "管理员", Role.CAMUNDA_ADMIN.groupId());
    addUser("office", "张", "明", Role.QUALITY_OFFICE.groupId());
    addUser("office2", "王", "芳", Role.QUALITY_OFFICE.groupId());
    addUser("leader", "李", "建国", Role.LEADING_GROUP.groupId());
    addUser("cityhall", "赵", "志刚", Role.CITY_GOVERNMENT.groupId());
    addUser("regulator", "孙", "丽", Role.MARKET_REGULATOR.groupId());
    // experts come with their pool records from expert.DemoExperts (expert01…expert30)
    addUser("applicant1", "刘", "洋", Role.APPLICANT.groupId());
    addUser("applicant2", "何", "琳", Role.APPLICANT.groupId());
    addCountyUser("130602", "竞秀区质量强区议事协调机构", "county", "周", "涛");
    addRecommenderUser("R-JX-MSR", "竞秀区市场监督管理局", "jingxiu", "吴", "强");
    addRecommenderUser("R-CITY-IIT", "保定市工业和信息化局", "gongxin", "郑", "华");
    addRecommenderUser("R-ASSOC-QA", "保定市质量协会", "xiehui", "冯", "敏");
    // the departments the office consults at qualification review (qa.qualification-review)
    addRecommenderUser("R-CITY-EE", "保定市生态环境局", "shengtai", "钱", "进");
    addRecommenderUser("R-CITY-EM", "保定市应急管理局", "yingji", "马", "安");
  }

  /** A user of a recommending unit: member of {@code recommender} and {@code recommender-<code>}. */
  public void addRecommenderUser(String code, String unitName, String userId, String lastName, String firstName) {
    String unitGroup = roleGroups.ensureRecommenderGroup(code, unitName);
    addUser(userId, lastName, firstName, Role.RECOMMENDER.groupId(), unitGroup);
  }

  /** A user of a county coordination body: member of {@code county-coordination} and {@code county-<code>}. */
  public void addCountyUser(String code, String bodyName, String userId, String lastName, String firstName) {
    String countyGroup = roleGroups.ensureCountyGroup(code, bodyName);
    addUser(userId, lastName, firstName, Role.COUNTY_COORDINATION.groupId(), countyGroup);
  }

  /**
   * A user with password {@code demo}, past the password policy, in the given groups; existing users
   * only gain missing memberships.
   */
  public void addUser(String userId, String lastName, String firstName, String... groupIds) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(userId + "@demo.qualityaward.local");
      user.setPassword(PASSWORD);
      // Camunda 7.24 has the policy's skip flag on the implementation only
      ((IdentityServiceImpl) identityService).saveUser(user, true);
    }
    for (String groupId : groupIds) {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(userId, groupId);
      }
    }
  }
}
