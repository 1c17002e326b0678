package org.qualityaward.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.qualityaward.review.ReviewStage;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-experts;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@DirtiesContext
class DemoExpertsTest {

  @Autowired ExpertPool pool;
  @Autowired PanelDraws draws;
  @Autowired DemoExperts demoExperts;
  @Autowired IdentityService identityService;

  @Test
  @DisplayName("Demo: 30 qualified experts in nine industries, each a user of group expert; a restart adds none")
  void thirtyExperts() {
    List<Expert> experts = pool.all();
    assertThat(experts).hasSize(30).allMatch(Expert::isActive);
    assertThat(experts).extracting(Expert::getUserId).contains("expert01", "expert30");
    assertThat(experts.stream().flatMap(e -> e.getIndustries().stream()).collect(Collectors.toSet()))
        .contains("C34", "C36", "C26", "C30", "C27", "E47", "I65", "F51", "C38");
    assertThat(identityService.createUserQuery().memberOfGroup("expert").userIdIn("expert01", "expert30").count())
        .isEqualTo(2);

    demoExperts.run(null);
    assertThat(pool.all()).hasSize(30);
  }

  @Test
  @DisplayName("Demo: a draw for 保定某精密机械有限公司 (C34, R-JX-MSR) excludes its employees and its recommender's expert")
  void demoApplicantsDraw() {
    PanelDraw draw = draws.draw(new DrawRequest(1L, ReviewStage.DOCUMENT_REVIEW, "C34", "91130602MA0E12342B", null,
        "R-JX-MSR", Set.of()), 3);

    Map<String, ExclusionReason> excluded = draw.getExclusions().stream()
        .collect(Collectors.toMap(x -> pool.get(x.expertId()).getUserId(), DrawExclusion::reason));
    assertThat(excluded).containsExactlyInAnyOrderEntriesOf(Map.of(
        "expert03", ExclusionReason.EMPLOYED_BY_APPLICANT,
        "expert05", ExclusionReason.EMPLOYED_BY_APPLICANT,
        "expert06", ExclusionReason.SERVED_RECOMMENDER));
    assertThat(draw.getMemberIds()).hasSize(3);
    assertThat(pool.get(draw.getLeaderId()).getIndustries()).anyMatch(code -> code.startsWith("C34"));
    assertThat(draws.reproduces(draw)).isTrue();
  }
}
