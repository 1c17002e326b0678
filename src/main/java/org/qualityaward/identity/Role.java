package org.qualityaward.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles of DESIGN §2, each a Camunda group. {@link #authority()} is what Spring Security
 * sees for a member of the group, e.g. {@code hasRole("QUALITY_OFFICE")}.
 */
public enum Role {
  APPLICANT("applicant", "申报单位/个人", "我的申报", "您的待办事项（如复评申请）；填写申报、查看进度和结果请到申报人页面 /applicant/"),
  RECOMMENDER("recommender", "推荐单位", "推荐审核", "本单位推荐的申报：审核、公示、签署意见"),
  COUNTY_COORDINATION("county-coordination", "县级质量强县议事协调机构", "待我同意", "县级推荐上报前需要本机构同意的申报"),
  QUALITY_OFFICE("quality-office", "市质强办", "待我审核", "资格审查、异议处理等市质强办待办事项"),
  EXPERT("expert", "评审专家", "我的评审任务", "分配给您本人的评审打分任务"),
  LEADING_GROUP("leading-group", "领导小组", "待领导小组决定", "需要领导小组审议决定的事项"),
  CITY_GOVERNMENT("city-government", "市政府", "待市政府审批", "需要市政府审批的事项"),
  MARKET_REGULATOR("market-regulator", "市场监管部门", "回访任务", "获奖组织和个人的回访"),
  /** Camunda's built-in administrator group; admins pass every authorization check. */
  CAMUNDA_ADMIN("camunda-admin", "系统管理员", null, null);

  /** Prefix of the per-unit groups, e.g. {@code recommender-R-JX-MSR}. */
  static final String RECOMMENDER_UNIT_PREFIX = "recommender-";
  /** Prefix of the per-county groups, e.g. {@code county-130602}. */
  static final String COUNTY_UNIT_PREFIX = "county-";

  private final String groupId;
  private final String groupName;
  private final String filterName;
  private final String filterDescription;

  Role(String groupId, String groupName, String filterName, String filterDescription) {
    this.groupId = groupId;
    this.groupName = groupName;
    this.filterName = filterName;
    this.filterDescription = filterDescription;
  }

  public String groupId() {
    return groupId;
  }

  public String groupName() {
    return groupName;
  }

  /** Name of the role's one Tasklist filter; null for the admin, who sees every filter anyway. */
  public String filterName() {
    return filterName;
  }

  String filterDescription() {
    return filterDescription;
  }

  /** Spring Security authority of the group, e.g. ROLE_QUALITY_OFFICE. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** Authority for any Camunda group id: role groups by their role, others by their id. */
  static String authorityOf(String groupId) {
    return "ROLE_" + groupId.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** The role whose work a group does: a role group its own, a per-unit group its parent's; empty for any other group. */
  public static Optional<Role> ofGroup(String groupId) {
    return Optional.ofNullable(parentOfUnitGroup(groupId))
        .or(() -> Arrays.stream(values()).filter(role -> role.groupId.equals(groupId)).findFirst());
  }

  /** The role a per-unit group belongs to, or null for a group that is not a per-unit group. */
  static Role parentOfUnitGroup(String groupId) {
    if (groupId.startsWith(RECOMMENDER_UNIT_PREFIX)) {
      return RECOMMENDER;
    }
    if (groupId.startsWith(COUNTY_UNIT_PREFIX) && !groupId.equals(COUNTY_COORDINATION.groupId)) {
      return COUNTY_COORDINATION;
    }
    return null;
  }
}
