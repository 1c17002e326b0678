package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** Without the demo profile: the structure is there, no demo user is. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:identity-structure;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=identity-structure"})
@DirtiesContext
class IdentityStructureTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired RoleGroups roleGroups;

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  @DisplayName("groups and filters exist in every profile; no demo users, the admin comes from configuration")
  void structureWithoutDemoData() {
    assertThat(identityService.createGroupQuery().list()).extracting(Group::getId)
        .contains("applicant", "recommender", "county-coordination", "quality-office", "expert",
            "leading-group", "city-government", "market-regulator", "camunda-admin");
    assertThat(filterService.createFilterQuery().count()).isEqualTo(8);
    assertThat(filterService.createFilterQuery().filterName("All tasks").count()).isZero();
    assertThat(identityService.createUserQuery().list()).extracting("id").containsExactly("admin");
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isOne();
  }

  @Test
  @DisplayName("start-up set-up is idempotent: running it again adds no authorization, group or filter and rewrites no filter (nodes restarting together would race to update them)")
  void setupIsIdempotent() {
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long groups = identityService.createGroupQuery().count();
    Map<String, Integer> revisions = filterRevisions();
    roleGroups.afterPropertiesSet();
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(8);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(filterRevisions()).isEqualTo(revisions);
  }

  @Test
  @DisplayName("a filter that differs from its role's definition (an older version's) is brought up to date at start-up")
  void changedFilterUpdated() {
    Filter office = filterService.createFilterQuery().filterName(Role.QUALITY_OFFICE.filterName()).singleResult();
    Map<String, Object> properties = new HashMap<>(office.getProperties());
    properties.put("description", "旧的说明");
    office.setProperties(properties);
    office.setQuery(taskService.createTaskQuery().taskCandidateGroup("expert"));
    filterService.saveFilter(office);

    roleGroups.afterPropertiesSet();

    Filter updated = filterService.getFilter(office.getId());
    assertThat(updated.getProperties()).containsEntry("description", Role.QUALITY_OFFICE.filterDescription());
    assertThat(((FilterEntity) updated).getQueryInternal()).contains(Role.QUALITY_OFFICE.groupId())
        .doesNotContain("\"expert\"");
  }

  private Map<String, Integer> filterRevisions() {
    return filterService.createFilterQuery().list().stream()
        .collect(Collectors.toMap(Filter::getId, filter -> ((FilterEntity) filter).getRevision()));
  }

  @Test
  @DisplayName("a recommender created later gets its group with Tasklist access and the 推荐审核 filter")
  void recommenderGroupRegisteredLater() {
    assertThat(roleGroups.ensureRecommenderGroup("R-LC-MSR", "莲池区市场监督管理局")).isEqualTo("recommender-R-LC-MSR");
    assertThat(roleGroups.ensureCountyGroup("130606", "莲池区质量强区议事协调机构")).isEqualTo("county-130606");
    roleGroups.ensureRecommenderGroup("R-LC-MSR", "莲池区市场监督管理局");

    assertThat(identityService.createGroupQuery().groupId("recommender-R-LC-MSR").singleResult().getName())
        .isEqualTo("莲池区市场监督管理局");
    assertThat(authorizationService.isUserAuthorized("someone", List.of("recommender-R-LC-MSR"),
        Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();

    identityService.setAuthentication("someone", List.of("recommender-R-LC-MSR"));
    assertThat(filterService.createFilterQuery().list()).extracting(Filter::getName).containsExactly("推荐审核");
    identityService.setAuthentication("someone", List.of("county-130606"));
    assertThat(filterService.createFilterQuery().list()).extracting(Filter::getName).containsExactly("待我同意");
  }
}
