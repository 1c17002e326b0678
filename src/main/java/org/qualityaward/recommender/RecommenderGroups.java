package org.qualityaward.recommender;

import org.qualityaward.identity.RoleGroups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every recommending unit acts through its own Camunda group, and every county through its
 * coordination body's group (Art 16): at every start for the units of the table, at once for those the
 * office adds or corrects on /manager/units (RecommenderUnits).
 */
@Component
@Order(0)
class RecommenderGroups implements ApplicationRunner {

  private final RecommenderRepository recommenders;
  private final RoleGroups roleGroups;

  RecommenderGroups(RecommenderRepository recommenders, RoleGroups roleGroups) {
    this.recommenders = recommenders;
    this.roleGroups = roleGroups;
  }

  @Override
  public void run(ApplicationArguments args) {
    recommenders.findAllByOrderByCode().forEach(this::ensureGroups);
  }

  /** The unit's group, and its county body's when its recommendations need consent; named as the unit is now. */
  void ensureGroups(Recommender recommender) {
    roleGroups.ensureRecommenderGroup(recommender.getCode(), recommender.getName());
    if (recommender.needsCountyConsent()) {
      roleGroups.ensureCountyGroup(recommender.getCountyCode(), coordinationBody(recommender.getCountyName()));
    }
  }

  /** 竞秀区 → 竞秀区质量强区议事协调机构, 涿州市 → 涿州市质量强市议事协调机构 (Art 16). */
  static String coordinationBody(String countyName) {
    return countyName + "质量强" + countyName.charAt(countyName.length() - 1) + "议事协调机构";
  }
}
