package org.qualityaward.tasks;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qualityaward.calendar.WorkingDayCalendar;

/**
 * The last day on which a routine task is on time (it is due when that day is over), from {@code
 * qa.tasks.due-working-days}; deadlines the Measures and the case fix come from {@link CaseTasks}.
 * Plain Java on the working-day calendar, so it is tested without the engine.
 */
final class DueDayRule {

  static final String NO_DEADLINE = "未设期限";

  private final WorkingDayCalendar calendar;
  private final Map<String, Integer> workingDays;

  /** {@code workingDays} by task definition key, as {@link #checkConfiguration} returns them. */
  DueDayRule(WorkingDayCalendar calendar, Map<String, Integer> workingDays) {
    this.calendar = calendar;
    this.workingDays = Map.copyOf(workingDays);
  }

  /**
   * A routine task: the Nth working day after the day it arrives. As with periods in days under the
   * Civil Code (民法典第二百零一条), the day it arrives is not counted. Empty when not configured.
   */
  Optional<LocalDate> configured(String taskKey, LocalDate arrivedOn) {
    Integer days = workingDays.get(taskKey);
    return days == null ? Optional.empty() : Optional.of(calendar.lastDayOf(arrivedOn.plusDays(1), days));
  }

  /** What Tasklist forms show in their header, e.g. 「2027-04-09（星期五）前办结」. */
  static String label(LocalDate lastDay) {
    return lastDay + "（" + lastDay.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA) + "）前办结";
  }

  /**
   * The configured keys by the models' task keys. A key matches its user task ignoring case, '-' and
   * '_' (YAML map keys lose them unless written as {@code "[Task_X]"}). Unknown keys and tasks whose
   * deadline the case fixes ({@code fixedByCase}: the rule by task key) refuse to start, every such key named.
   */
  static Map<String, Integer> checkConfiguration(Map<String, Integer> configured, Set<String> userTaskKeys,
      Map<String, String> fixedByCase) {
    Map<String, String> byLooseKey = new LinkedHashMap<>();
    userTaskKeys.forEach(key -> byLooseKey.put(loose(key), key));
    Map<String, Integer> byTask = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    configured.forEach((key, days) -> {
      String task = byLooseKey.get(loose(key));
      if (task == null) {
        problems.add("qa.tasks.due-working-days." + key + "：流程模型中没有此用户任务（taskDefinitionKey）");
      } else if (fixedByCase.containsKey(task)) {
        problems.add("qa.tasks.due-working-days." + key + "：该任务的期限由" + fixedByCase.get(task) + "确定，不能另行配置");
      } else {
        byTask.put(task, days);
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException("任务办理期限配置有误：" + String.join("；", problems));
    }
    return byTask;
  }

  private static String loose(String key) {
    return key.replaceAll("[-_\\[\\]]", "").toLowerCase(Locale.ROOT);
  }
}
