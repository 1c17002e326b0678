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
 * The last day on which a task is on time (it is due when that day is over), first from what the
 * Measures and the case fix, otherwise from {@code qa.tasks.due-working-days}. Plain Java on the
 * working-day calendar, so it is tested without the engine.
 */
final class DueDayRule {

  static final String NO_DEADLINE = "未设期限";

  /** Tasks whose deadline the Measures and the case fix; configuring them would contradict the model's timers. */
  static final Map<String, String> FIXED_BY_CASE = Map.of(
      "Task_ReturnVisit", "第三十一条回访：回访到期日起 qa.honour.return-visits.overdue-working-days 个工作日",
      "Task_RequestRenewal", "第三十三条复评申请：荣誉有效期最后一天",
      "Task_TrackRecall", "第三十条收回：撤销后 qa.revocation.recall-reminder-working-days 个工作日（催收期限）");

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

  /**
   * Art 31: a return visit is on time through the last working day before the office is asked to
   * chase it — the visit's due day counts as day 1, exactly as the overdue timer counts.
   */
  LocalDate returnVisit(LocalDate visitDueOn, int overdueWorkingDays) {
    return calendar.lastDayOf(visitDueOn, overdueWorkingDays);
  }

  /** Art 33 (有效期为5年，期满可提出复评申请): the request closes with the validity's last day. */
  LocalDate renewalRequest(LocalDate validUntil) {
    return validUntil;
  }

  /** Art 30 (收回): an item still out is due the day before its next reminder falls due. */
  LocalDate recall(LocalDate reminderDueOn) {
    return reminderDueOn.minusDays(1);
  }

  /**
   * Art 16, 17, 18, 21 (公示期…期满无异议): an objection is handled within the publicity it was filed
   * in, so that the list's result is not held up; once the period is over, the configured days apply.
   */
  Optional<LocalDate> objection(String taskKey, LocalDate publicityLastDay, LocalDate today) {
    if (publicityLastDay != null && !publicityLastDay.isBefore(today)) {
      return Optional.of(publicityLastDay);
    }
    return configured(taskKey, today);
  }

  /** What Tasklist forms show in their header, e.g. 「2027-04-09（星期五）前办结」. */
  static String label(LocalDate lastDay) {
    return lastDay + "（" + lastDay.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA) + "）前办结";
  }

  /**
   * The configured keys by the models' task keys. A key matches its user task ignoring case, '-' and
   * '_' (YAML map keys lose them unless written as {@code "[Task_X]"}). Unknown keys and tasks whose
   * deadline the case fixes refuse to start, every such key named.
   */
  static Map<String, Integer> checkConfiguration(Map<String, Integer> configured, Set<String> userTaskKeys) {
    Map<String, String> byLooseKey = new LinkedHashMap<>();
    userTaskKeys.forEach(key -> byLooseKey.put(loose(key), key));
    Map<String, Integer> byTask = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    configured.forEach((key, days) -> {
      String task = byLooseKey.get(loose(key));
      if (task == null) {
        problems.add("qa.tasks.due-working-days." + key + "：流程模型中没有此用户任务（taskDefinitionKey）");
      } else if (FIXED_BY_CASE.containsKey(task)) {
        problems.add("qa.tasks.due-working-days." + key + "：该任务的期限由" + FIXED_BY_CASE.get(task) + "确定，不能另行配置");
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
