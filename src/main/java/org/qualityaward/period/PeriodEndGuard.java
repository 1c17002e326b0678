package org.qualityaward.period;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.qualityaward.audit.AuditLog;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every {@code timeDate} timer of every model is a date the Measures or the case fix (a publicity's,
 * the intake's, a validity's or a visit's end): Camunda runs a timer job whenever it is executed by
 * hand (Cockpit, {@code POST /engine-rest/job/{id}/execute}) or its due date was changed, so each
 * timer handler is wrapped to re-evaluate the timer's date when its job runs. Still in the future by
 * the engine's clock, the timer is scheduled again for that date instead of firing (the early job
 * ends without error: no retry used, no incident), and the attempt goes to the audit log. Cycles
 * ({@code timeCycle}, like the daily recall reminder) and durations are left alone: they are not
 * period ends.
 */
@Component
class PeriodEndGuard extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(PeriodEndGuard.class);

  /** How BpmnParse records a timeDate timer on its job definition: {@code DATE: <expression>}. */
  private static final String DATE_TIMER = "DATE: ";

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ObjectProvider<AuditLog> auditLog;
  private final WorkingDayCalendar calendar;

  PeriodEndGuard(ObjectProvider<AuditLog> auditLog, WorkingDayCalendar calendar) {
    this.auditLog = auditLog;
    this.calendar = calendar;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getJobHandlers().replaceAll((type, handler) ->
        handler instanceof TimerEventJobHandler timer ? new Guarded(timer) : handler);
  }

  /**
   * A timer handler that first checks the period's end. Still a {@link TimerEventJobHandler}: the
   * engine schedules a cycle's next timer only for those.
   */
  private final class Guarded extends TimerEventJobHandler {

    private final TimerEventJobHandler handler;

    Guarded(TimerEventJobHandler handler) {
      this.handler = handler;
    }

    @Override
    public String getType() {
      return handler.getType();
    }

    @Override
    public TimerJobConfiguration newConfiguration(String canonicalString) {
      return handler.newConfiguration(canonicalString);
    }

    @Override
    public void onDelete(TimerJobConfiguration configuration, JobEntity job) {
      handler.onDelete(configuration, job);
    }

    @Override
    public void execute(TimerJobConfiguration configuration, ExecutionEntity execution, CommandContext commandContext,
        String tenantId) {
      JobEntity job = commandContext.getCurrentJob();
      Date end = job instanceof TimerEntity ? periodEnd(job, execution, commandContext) : null;
      if (end != null && end.after(ClockUtil.getCurrentTime())) {
        // the job running now is deleted when this returns: its successor waits for the real end
        ((TimerEntity) job).createNewTimerJob(end);
        record(job, execution, end, commandContext);
        return;
      }
      handler.execute(configuration, execution, commandContext, tenantId);
    }
  }

  /** The timer's date evaluated now, as the engine evaluated it when it scheduled the timer; null if no timeDate. */
  private static Date periodEnd(JobEntity job, ExecutionEntity execution, CommandContext commandContext) {
    JobDefinition definition = job.getJobDefinition();
    String configuration = definition == null ? null : definition.getJobConfiguration();
    if (configuration == null || !configuration.startsWith(DATE_TIMER) || execution == null) {
      return null;
    }
    ProcessEngineConfigurationImpl engine = commandContext.getProcessEngineConfiguration();
    Object value = engine.getExpressionManager().createExpression(configuration.substring(DATE_TIMER.length()))
        .getValue(execution);
    if (value instanceof Date date) {
      return date;
    }
    // an ISO date string, or a period counted from when the timer was created
    return ((DueDateBusinessCalendar) engine.getBusinessCalendarManager().getBusinessCalendar(DueDateBusinessCalendar.NAME))
        .resolveDuedate(String.valueOf(value), job.getCreateTime());
  }

  private void record(JobEntity job, ExecutionEntity execution, Date end, CommandContext commandContext) {
    String timer = job.getActivityId() + "（作业 " + job.getId() + "，流程 " + job.getProcessDefinitionKey()
        + "，实例 " + job.getProcessInstanceId() + "，业务键 " + businessKey(execution) + "）";
    String reason = "期限至 " + time(end) + " 才届满，不能提前结束；定时器已按期限重新设定";
    HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
        ? web.getRequest() : null;
    String userId = commandContext.getAuthenticatedUserId();
    String action;
    if (Context.getJobExecutorContext() != null) {
      // the job executor runs a job before its period's end only when its due date was changed
      action = "作业执行器执行到期日（" + time(job.getDuedate()) + "）早于期限的期限定时器 " + timer
          + dueDateChangedBy(job.getId(), commandContext);
    } else {
      action = "手动执行期限定时器 " + timer
          + (request == null ? "" : "：" + request.getMethod() + " " + request.getRequestURI());
    }
    log.warn("{}：{}", action, reason);
    // in the command's transaction, which commits the re-armed timer: no second connection while it holds one
    auditLog.getObject().refusedWithinCaller(userId, request == null ? null : request.getRemoteAddr(), action, reason);
  }

  /** The case's business key: a publicity or panel has none of its own, the edition or case calling it has. */
  private static String businessKey(ExecutionEntity execution) {
    for (ExecutionEntity instance = execution.getProcessInstance(); instance != null;
        instance = instance.getSuperExecution() == null ? null : instance.getSuperExecution().getProcessInstance()) {
      if (instance.getBusinessKey() != null) {
        return instance.getBusinessKey();
      }
    }
    return "无";
  }

  /** Who last changed the job's due date, from Camunda's user operation log (written for logged-in users). */
  private String dueDateChangedBy(String jobId, CommandContext commandContext) {
    List<UserOperationLogEntry> changes = commandContext.getProcessEngineConfiguration().getHistoryService()
        .createUserOperationLogQuery().jobId(jobId).operationType(UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE)
        .orderByTimestamp().desc().listPage(0, 1);
    return changes.isEmpty() ? "" : "，到期日由 " + changes.get(0).getUserId() + " 于 "
        + time(changes.get(0).getTimestamp()) + " 修改";
  }

  private String time(Date instant) {
    return calendar.timeOf(instant).format(MINUTE);
  }
}
