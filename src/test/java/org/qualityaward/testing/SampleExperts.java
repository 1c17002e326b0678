package org.qualityaward.testing;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.qualityaward.expert.Degree;
import org.qualityaward.expert.Expert;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.expert.NewExpert;

/**
 * A small pool for process tests: experts of the sample industries (C34 machinery, C36 auto), each
 * with a Camunda user in group {@code expert}, employed by none of the sample applicants.
 */
public final class SampleExperts {

  public static final String PASSWORD = "expert";

  private SampleExperts() {}

  /** Makes sure {@code perIndustry} experts of each industry are in the pool; returns their user ids. */
  public static List<String> ensurePool(ExpertPool pool, IdentityService identity, int perIndustry) {
    List<String> userIds = new ArrayList<>();
    userIds.addAll(ensureIndustry(pool, identity, "C34", perIndustry, 8000));
    userIds.addAll(ensureIndustry(pool, identity, "C36", perIndustry, 8000 + perIndustry));
    return userIds;
  }

  /**
   * Makes sure {@code count} experts of {@code industry} (a GB/T 4754 code) are in the pool, user ids
   * {@code pool<industry>1…}; their employers' codes are built from {@code employerSerial} onwards.
   */
  public static List<String> ensureIndustry(ExpertPool pool, IdentityService identity, String industry, int count,
      int employerSerial) {
    List<String> userIds = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String userId = "pool" + industry.toLowerCase() + i;
      userIds.add(userId);
      if (pool.all().stream().map(Expert::getUserId).anyMatch(userId::equals)) {
        continue;
      }
      User user = identity.newUser(userId);
      user.setFirstName("专家" + i);
      user.setLastName(industry);
      user.setPassword(PASSWORD);
      TestUsers.save(identity, user);
      identity.createMembership(userId, "expert");
      pool.add(new NewExpert(userId, industry + "行业专家" + i, "河北某质量研究院",
          SampleApplications.creditCode("130699", employerSerial + i), null, List.of(industry), Degree.MASTER, 12,
          "政府质量奖评审员培训合格", true, true, null, List.of()));
    }
    return userIds;
  }
}
