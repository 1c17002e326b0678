package org.qualityaward.tasks;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qa.tasks.due-working-days.<taskDefinitionKey>: N}: a task whose deadline neither the
 * Measures nor the case fix is due at the end of the Nth working day after the day it arrives.
 * N below 1 refuses to start; so does a key that names no user task of the models, or a task whose
 * deadline is fixed elsewhere ({@link DueDayRule#checkConfiguration}).
 */
@ConfigurationProperties("qa.tasks")
record TaskProperties(Map<String, Integer> dueWorkingDays) {

  public TaskProperties {
    dueWorkingDays = dueWorkingDays == null ? Map.of() : new LinkedHashMap<>(dueWorkingDays);
    dueWorkingDays.forEach((key, days) -> {
      if (days == null || days < 1) {
        throw new IllegalArgumentException(
            "qa.tasks.due-working-days." + key + " 至少为 1 个工作日，实际为 " + days);
      }
    });
  }
}
