package org.qualityaward.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo profile only (issue 15 item 3): {@code GET /api/clock} and {@code POST /api/clock/advance}, for
 * administrators (SecurityConfig), move the engine's clock forward so that a whole edition can be shown
 * in minutes. The application's one clock is Camunda's ({@link WorkingDayCalendar#now()} reads
 * {@code ClockUtil}), so timers, deadlines, "today" of every page and the period guard move together.
 * The clock keeps running from the new time; it never goes back. In every other profile the bean does
 * not exist and the path answers 404.
 */
@RestController
@RequestMapping("/api/clock")
@Profile("demo")
class DemoClock {

  private static final Logger log = LoggerFactory.getLogger(DemoClock.class);

  /** Enough for chains of due jobs (a timer, then the async steps it leads to), never an endless loop. */
  private static final int MAX_ROUNDS = 200;

  record Advance(Integer workingDays, String until) {}

  record ClockView(LocalDateTime now, LocalDate today, boolean workingDay, LocalDate nextWorkingDay, String zone) {}

  /** A timer that ran: which model, which event, which case (its root's business key), and when it was due. */
  record FiredTimer(String jobId, String processDefinitionKey, String activityId, String activityName,
      String processInstanceId, String businessKey, LocalDateTime due) {}

  /**
   * What the jobs due did: the timers that fired; the ones held back because their job was due before
   * their period's end (a due date changed by hand: period.PeriodEndGuard re-armed them); the jobs that failed.
   */
  record Advanced(ClockView clock, List<FiredTimer> firedTimers, List<FiredTimer> heldTimers, List<String> failedJobs) {}

  private final WorkingDayCalendar calendar;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final ZoneId zone;

  DemoClock(WorkingDayCalendar calendar, ManagementService management, RuntimeService runtime,
      RepositoryService repository, IdentityService identity,
      @Value("${qa.calendar.zone:Asia/Shanghai}") String zone) {
    this.calendar = calendar;
    this.management = management;
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
    this.zone = ZoneId.of(zone);
  }

  @GetMapping
  ClockView clock() {
    LocalDateTime now = calendar.now();
    return new ClockView(now, now.toLocalDate(), calendar.isWorkingDay(now.toLocalDate()),
        nextWorkingDay(now.toLocalDate()), zone.getId());
  }

  /**
   * Moves the clock to the same time of day N working days on, or on the given day (today: the clock
   * stays), then runs every job due by then, the longest due first.
   */
  @PostMapping("/advance")
  Advanced advance(@RequestBody Advance request) {
    LocalDateTime now = calendar.now();
    LocalDate target = target(request, now.toLocalDate());
    if (target.isAfter(now.toLocalDate())) {
      LocalDateTime to = target.atTime(now.toLocalTime());
      // an offset, not a fixed time: the clock keeps running from there, and the job executor with it
      ClockUtil.offset(to.atZone(zone).toInstant().toEpochMilli() - System.currentTimeMillis());
      log.warn("演示时钟：{} → {}", now, to);
    }
    return runDueJobs();
  }

  private LocalDate target(Advance request, LocalDate today) {
    boolean byDays = request.workingDays() != null;
    boolean byDate = request.until() != null && !request.until().isBlank();
    if (byDays == byDate) {
      throw invalid("workingDays", "workingDays（工作日数）与 until（日期）须且只须填写一项");
    }
    if (byDays) {
      if (request.workingDays() < 1) {
        throw invalid("workingDays", "workingDays 至少为 1：时钟只能向前拨: " + request.workingDays());
      }
      // the Nth working day after today, today not counted
      return calendar.lastDayOf(today.plusDays(1), request.workingDays());
    }
    LocalDate until;
    try {
      until = LocalDate.parse(request.until().trim());
    } catch (DateTimeParseException e) {
      throw invalid("until", "不是有效日期 YYYY-MM-DD: " + request.until());
    }
    if (until.isBefore(today)) {
      throw invalid("until", "不能早于今天（" + today + "）：时钟只能向前拨，不能回拨: " + until);
    }
    return until;
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(List.of(new FieldProblem(field, message)));
  }

  /**
   * Runs the due jobs as the job executor would, with no user logged in (the steps a timer leads to
   * are the system's, not the administrator's). A job the job executor took meanwhile is left to it.
   */
  private Advanced runDueJobs() {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      List<FiredTimer> fired = new ArrayList<>();
      List<FiredTimer> held = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      Set<String> tried = new HashSet<>();
      for (int round = 0; round < MAX_ROUNDS; round++) {
        List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().list().stream()
            .filter(job -> tried.add(job.getId())).toList();
        if (due.isEmpty()) {
          break;
        }
        Set<String> timers = new HashSet<>(management.createJobQuery().executable().timers().list().stream()
            .map(Job::getId).toList());
        for (Job job : due) {
          JobDefinition definition = timers.contains(job.getId()) ? management.createJobDefinitionQuery()
              .jobDefinitionId(job.getJobDefinitionId()).singleResult() : null;
          FiredTimer timer = definition == null ? null : describe(job, definition);
          try {
            management.executeJob(job.getId());
            if (timer != null) {
              (heldBack(job, definition) ? held : fired).add(timer);
            }
          } catch (OptimisticLockingException taken) {
            log.debug("演示时钟：作业 {} 已由作业执行器执行", job.getId());
          } catch (ProcessEngineException e) {
            failed.add(job.getId() + "：" + e.getMessage());
          }
        }
      }
      return new Advanced(clock(), fired, held, failed);
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private FiredTimer describe(Job job, JobDefinition definition) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
        .singleResult();
    ProcessInstance root = instance == null ? null : runtime.createProcessInstanceQuery()
        .processInstanceId(instance.getRootProcessInstanceId()).singleResult();
    FlowElement element = repository.getBpmnModelInstance(job.getProcessDefinitionId())
        .getModelElementById(definition.getActivityId());
    return new FiredTimer(job.getId(), job.getProcessDefinitionKey(), definition.getActivityId(),
        element == null ? null : element.getName(), job.getProcessInstanceId(),
        root == null ? null : root.getBusinessKey(), calendar.timeOf(job.getDuedate()));
  }

  /** A timeDate timer (not a cycle, which schedules its next run) that is waiting again for a later date. */
  private boolean heldBack(Job job, JobDefinition definition) {
    return definition.getJobConfiguration().startsWith("DATE: ") && management.createJobQuery()
        .jobDefinitionId(definition.getId()).executionId(job.getExecutionId()).timers()
        .duedateHigherThan(ClockUtil.getCurrentTime()).count() > 0;
  }

  private LocalDate nextWorkingDay(LocalDate today) {
    return calendar.lastDayOf(today.plusDays(1), 1);
  }
}
