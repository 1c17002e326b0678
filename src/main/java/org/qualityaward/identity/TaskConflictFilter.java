package org.qualityaward.identity;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.qualityaward.platform.RequestPaths;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Completing a task that someone else just completed answers 409 with a Chinese message; so does a completion
 * that lost its race to a sibling task's at the same moment (the task still open: send it again).
 * Camunda's TaskResourceImpl turns both cases into 500: the task is gone (NullValueException
 * "Cannot find task") or two completions raced (OptimisticLockingException). A servlet filter
 * covers the engine REST and the webapps' copy of it that Tasklist uses
 * (/camunda/api/engine/engine/{name}/...), which a Jersey ExceptionMapper on /engine-rest would not.
 * The caller is the one {@link EngineApiGate} found (it runs inside this filter, after the login).
 */
class TaskConflictFilter extends OncePerRequestFilter {

  static final Pattern COMPLETION = Pattern.compile(
      "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form)$");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  private final HistoryService historyService;
  private final IdentityService identityService;
  private final ObjectMapper objectMapper;

  TaskConflictFilter(HistoryService historyService, IdentityService identityService, ObjectMapper objectMapper) {
    this.historyService = historyService;
    this.identityService = identityService;
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !COMPLETION.matcher(RequestPaths.decoded(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    int status = wrapper.getStatus();
    if (status == HttpServletResponse.SC_NOT_FOUND || status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
      Matcher matcher = COMPLETION.matcher(RequestPaths.decoded(request));
      matcher.matches();
      Map<String, Object> conflict = conflictFor(matcher.group(1), (String) request.getAttribute(EngineApiGate.CALLER));
      if (conflict == null && status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR && lostRace(wrapper)) {
        conflict = concurrentSubmission(matcher.group(1));
      }
      if (conflict != null) {
        wrapper.resetBuffer();
        wrapper.setStatus(HttpServletResponse.SC_CONFLICT);
        wrapper.setContentType(MediaType.APPLICATION_JSON_VALUE);
        wrapper.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(wrapper.getOutputStream(), conflict);
      }
    }
    wrapper.copyBodyToResponse();
  }

  /**
   * The JSON body if the task has ended, null if it never existed (then Camunda's answer stands). Who
   * completed it, when, and the task's name (which names the case) go only to a caller who may read
   * the task's history (its own people, the office in Cockpit); anyone else learns only that it ended.
   */
  private Map<String, Object> conflictFor(String taskId, String callerId) {
    // History is read as the system: the caller's own authorizations on the task ended with it.
    HistoricTaskInstance task = AsSystem.call(identityService,
        () -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult());
    if (task == null || task.getEndTime() == null) {
      return null;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "TaskAlreadyCompleted");
    if (callerId == null || !mayReadHistory(callerId, taskId)) {
      body.put("message", "该任务已结束，无需再办理，请刷新任务列表。（Task " + taskId + " has already ended.）");
      body.put("taskId", taskId);
      return body;
    }
    UserOperationLogEntry completion = AsSystem.call(identityService, () -> historyService.createUserOperationLogQuery()
        .taskId(taskId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
        .listPage(0, 1).stream().findFirst().orElse(null));
    String userId = completion != null ? completion.getUserId() : task.getAssignee();
    Date endedAt = completion != null ? completion.getTimestamp() : task.getEndTime();
    boolean completed = "completed".equals(task.getDeleteReason());
    String message = completed
        ? "该任务「" + task.getName() + "」已由" + displayName(userId) + "于 " + TIME.format(endedAt.toInstant())
            + " 办理完成，无需重复提交，请刷新任务列表。（Task " + taskId + " was already completed.）"
        : "该任务「" + task.getName() + "」已于 " + TIME.format(endedAt.toInstant())
            + " 结束，无需再办理，请刷新任务列表。（Task " + taskId + " has already ended.）";
    body.put("message", message);
    body.put("taskId", taskId);
    body.put("completedBy", completed ? userId : null);
    body.put("endedAt", endedAt.toInstant().toString());
    return body;
  }

  /** Camunda's answer to a completion that lost a race for a row another completion changed meanwhile. */
  private boolean lostRace(ContentCachingResponseWrapper wrapper) {
    try {
      // the engine's own rows, or one of ours with a version (JPA's, at the commit)
      return Set.of("OptimisticLockingException", "ObjectOptimisticLockingFailureException").contains(
          objectMapper.readTree(wrapper.getContentAsByteArray()).path("type").asText());
    } catch (IOException notJson) {
      return false;
    }
  }

  /**
   * The task is still open, and lost its race to a sibling completed at the same moment (two departments'
   * opinions, two experts of one panel, two panels' leaders: each completion counts on the same parallel
   * step): nothing of it was stored, and it can simply be sent again.
   */
  private static Map<String, Object> concurrentSubmission(String taskId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "ConcurrentSubmission");
    body.put("message", "同一环节的另一项任务恰在同时提交，本次提交未生效（填写的内容仍在表单中），请再次提交。"
        + "（Task " + taskId + " lost a race with a concurrent completion; submit it again.）");
    body.put("taskId", taskId);
    return body;
  }

  /** Whether the engine lets the caller read this task's history (its READ_HISTORY or HistoricTask READ). */
  private boolean mayReadHistory(String callerId, String taskId) {
    return AsSystem.callAs(identityService, callerId,
        () -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0);
  }

  private String displayName(String userId) {
    if (userId == null) {
      return "他人";
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return " " + userId + " ";
    }
    // Chinese order: family name, given name.
    return " " + nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName()) + "（" + userId + "）";
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
