package org.qualityaward.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityaward.honour.HonourModel.REQUEST_RENEWAL;
import static org.qualityaward.honour.HonourModel.SUBMIT_RENEWAL_MATERIAL;
import static org.qualityaward.honour.HonourModel.RETURN_VISIT;
import static org.qualityaward.revocation.RevocationModel.TRACK_RECALL;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** {@code qa.tasks.due-working-days} as Spring binds it, checked against the shipped models. */
class TaskPropertiesTest {

  /** What honour.HonourTasks, renewal.RenewalTasks and revocation.RecallTasks fix; the features own the rules. */
  private static final Map<String, String> FIXED_BY_CASE = Map.of(
      RETURN_VISIT, "第三十一条", REQUEST_RENEWAL, "第三十三条", SUBMIT_RENEWAL_MATERIAL, "第三十三条", TRACK_RECALL, "第三十条");

  @Test
  @DisplayName("the shipped application.yaml gives every user task of the models a deadline: configured, or fixed by the case (Art 30, 31, 33)")
  void everyTaskHasADeadline() throws Exception {
    PropertySource<?> yaml = new YamlPropertySourceLoader()
        .load("application.yaml", new ClassPathResource("application.yaml")).get(0);
    TaskProperties properties = new Binder(ConfigurationPropertySources.from(yaml))
        .bind("qa.tasks", TaskProperties.class).get();
    Set<String> models = TaskDeadlines.userTaskKeys();
    Map<String, Integer> configured = DueDayRule.checkConfiguration(properties.dueWorkingDays(), models, FIXED_BY_CASE);

    Set<String> covered = new HashSet<>(configured.keySet());
    covered.addAll(FIXED_BY_CASE.keySet());
    assertThat(models).hasSize(32);
    assertThat(covered).containsExactlyInAnyOrderElementsOf(models);
  }

  @Test
  @DisplayName("a misspelt task id stops the start, naming the key")
  void unknownKeyRefused() {
    TaskProperties properties = new Binder(new MapConfigurationPropertySource(
        Map.of("qa.tasks.due-working-days.Task_QualificationRevue", "5")))
        .bind("qa.tasks", TaskProperties.class).get();
    assertThatThrownBy(() -> DueDayRule.checkConfiguration(properties.dueWorkingDays(), TaskDeadlines.userTaskKeys(),
        FIXED_BY_CASE))
        .hasMessageContaining("qa.tasks.due-working-days.Task_QualificationRevue").hasMessageContaining("没有此用户任务");
  }
}
