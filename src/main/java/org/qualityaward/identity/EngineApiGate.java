package org.qualityaward.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.qualityaward.audit.AuditLog;
import org.qualityaward.forms.FormSchema;
import org.qualityaward.kernel.FieldProblem;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate in front of the engine's REST API (and the webapps' copy of it, which Tasklist and Cockpit
 * use): for everyone but administrators, a task or start form submission may carry only its form's
 * fields ({@link FormSubmissionRules}, else 400 FormRefused naming each variable), and the calls of
 * {@link ForbiddenEngineCalls} are refused with 403, as is a claim of a task for anyone but the caller. Every
 * refusal is written to the audit log.
 * It runs after the caller is known: after Camunda's Basic authentication on /engine-rest; on the
 * webapps' API the login is read from their session, as their own filter does.
 */
class EngineApiGate extends OncePerRequestFilter {

  /** Request attribute: the user id of the caller, for the filters around this one. */
  static final String CALLER = EngineApiGate.class.getName() + ".caller";

  /** Camunda lets anyone who may work a task claim it for any user, who then may work it too. */
  private static final Pattern CLAIM = Pattern.compile("^task/[^/]+/claim$");
  private static final Pattern TASK_SUBMISSION = Pattern.compile("^task/([^/]+)/(?:complete|submit-form)$");
  private static final Pattern START_SUBMISSION = Pattern.compile(
      "^process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:start|submit-form)$");
  /** A form submission is a few kilobytes; anything far larger is not one Tasklist sends. */
  private static final int MAX_BODY_BYTES = 1 << 20;
  /** Suffix of the task-local variable that keeps a read-only value the person was told had changed. */
  private static final String TOLD = "ToldChanged";

  private final IdentityService identityService;
  private final TaskService taskService;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final AuditLog auditLog;
  private final ObjectMapper objectMapper;
  /** Parsed forms by process definition and task (or "start"): deployed forms never change. */
  private final Map<String, FormSchema> forms = new ConcurrentHashMap<>();

  EngineApiGate(IdentityService identityService, TaskService taskService, FormService formService,
      RepositoryService repositoryService, AuditLog auditLog, ObjectMapper objectMapper) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.auditLog = auditLog;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineApiPath call = EngineApiPath.of(request);
    String userId = call == null ? null : callerOf(call, request);
    request.setAttribute(CALLER, userId);
    String forbidden = userId == null ? null : ForbiddenEngineCalls.refusal(call);
    Matcher task = TASK_SUBMISSION.matcher(call == null ? "" : call.resource());
    Matcher start = START_SUBMISSION.matcher(call == null ? "" : call.resource());
    boolean post = userId != null && "POST".equals(call.method());
    boolean submission = post && (task.matches() || start.matches());
    boolean claim = post && CLAIM.matcher(call.resource()).matches();
    // most calls are reads the engine's authorizations judge; no caller: Camunda's own login answers (401);
    // administrators are not gated (asked only here: this filter sees every Tasklist and Cockpit request)
    if ((forbidden == null && !submission && !claim) || isAdministrator(userId)) {
      chain.doFilter(request, response);
      return;
    }
    if (forbidden != null) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", forbidden + "（仅系统管理员可以调用）", List.of(),
          userId, request, call);
      return;
    }
    CachedBodyRequest cached = CachedBodyRequest.of(request, MAX_BODY_BYTES);
    if (cached == null) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "FormRefused", "提交内容过大，不是表单提交", List.of(),
          userId, request, call);
      return;
    }
    JsonNode body = parse(cached.body());
    if (claim) {
      if (body != null && userId.equals(body.path("userId").asText(null))) {
        chain.doFilter(cached, response);
      } else {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
            "任务只能由本人认领，认领人须为当前登录用户 " + userId + "（转交他人须由系统管理员办理）", List.of(), userId, request, call);
      }
      return;
    }
    // an empty body is judged as the engine will take it (Camunda's EmptyBodyFilter, after this gate, makes it {})
    JsonNode judged = body == null ? objectMapper.createObjectNode() : body;
    Checked checked = task.matches() ? checkTask(task.group(1), judged, userId)
        : new Checked(List.of(), checkStart(start, judged));
    if (!checked.changedSinceOpened().isEmpty()) {
      refuse(response, HttpServletResponse.SC_CONFLICT, "FormChangedSinceOpened", message(checked.changedSinceOpened()),
          checked.changedSinceOpened(), userId, request, call);
    } else if (checked.problems() == null || checked.problems().isEmpty()) {
      chain.doFilter(cached, response);
    } else {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "FormRefused", message(checked.problems()), checked.problems(),
          userId, request, call);
    }
  }

  private static String message(List<FieldProblem> problems) {
    return "提交未成功：" + problems.stream().map(FieldProblem::message).collect(Collectors.joining("；")) + "。";
  }

  /**
   * A submission judged: the problems of what was sent (400), else what changed since the form was opened
   * (409: open it again); problems null if there is no such task or process (the engine answers that).
   */
  private record Checked(List<FieldProblem> changedSinceOpened, List<FieldProblem> problems) {}

  /** A task form submission judged; its problems null if there is no such task (the engine answers that). */
  private Checked checkTask(String taskId, JsonNode body, String userId) {
    return AsSystem.call(identityService, () -> {
      Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        return new Checked(List.of(), null);
      }
      FormSchema form = formOf(task);
      // the read-only fields' values are read once, for the echo check and for what changed since opening
      ReadOnlyValues values = new ReadOnlyValues(form == null ? Set.of() : form.readOnlyKeys(),
          names -> taskService.getVariables(taskId, names),
          names -> formService.getTaskFormVariables(taskId, names, true));
      List<FieldProblem> problems = FormSubmissionRules.check(FormSubmissionRules.Target.TASK, body, form,
          name -> values.forEchoCheck(name, body));
      // a refused submission is refused for what it sent, and leaves no mark that anything was told
      return problems.isEmpty() ? new Checked(changedSinceOpened(task, body, form, values, userId), problems)
          : new Checked(List.of(), problems);
    });
  }

  /**
   * The read-only values worked out at opening that changed since the form was opened (or were not sent,
   * as by a REST client that never read the form), each judged once
   * against what the person was told it changed to: Tasklist brings back a form saved in the browser with
   * the values it had then, so the echo cannot be required to be current (the person would be stuck); the
   * 409 says what changed, the next submission is made knowing it. Only for a caller who may read the task:
   * anyone else learns nothing of it and leaves no mark on it (the engine refuses their completion).
   */
  private List<FieldProblem> changedSinceOpened(Task task, JsonNode body, FormSchema form, ReadOnlyValues values,
      String userId) {
    List<FieldProblem> changed = FormSubmissionRules.changedSinceOpened(body, form, name -> {
      Object now = values.atOpening(name);
      boolean told = now != null && now.toString().equals(String.valueOf(taskService.getVariableLocal(task.getId(),
          name + TOLD)));
      return told ? null : now;
    });
    // asked only when something changed (or was not sent): few forms show a value worked out at opening
    if (changed.isEmpty() || !AsSystem.callAs(identityService, userId,
        () -> taskService.createTaskQuery().taskId(task.getId()).count() > 0)) {
      return List.of();
    }
    for (FieldProblem problem : changed) {
      try {
        taskService.setVariableLocal(task.getId(), problem.field() + TOLD, values.atOpening(problem.field()));
      } catch (ProcessEngineException toldAtOnce) {
        // a second submission at the same moment recorded it: the person is told all the same
      }
    }
    return changed;
  }

  private FormSchema formOf(Task task) {
    return forms.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> deployedForm(() -> formService.getDeployedTaskForm(task.getId())));
  }

  /** The problems of a start; null if there is no such process definition (the engine answers that). */
  private List<FieldProblem> checkStart(Matcher start, JsonNode body) {
    return AsSystem.call(identityService, () -> {
      ProcessDefinition definition = definitionOf(start.group(3), start.group(1), start.group(2));
      if (definition == null) {
        return null;
      }
      if (start.group(3) != null && !isLatest(definition)) {
        // an older version may route as the rules no longer allow (its start form is today's: binding latest)
        return List.of(new FieldProblem("id", "流程「" + definition.getName() + "」的第 " + definition.getVersion()
            + " 版已被新版本取代，只能按最新版本启动"));
      }
      FormSchema form = forms.computeIfAbsent(definition.getId() + "/start",
          key -> deployedForm(() -> formService.getDeployedStartForm(definition.getId())));
      return FormSubmissionRules.check(FormSubmissionRules.Target.START, body, form, name -> null);
    });
  }

  private boolean isLatest(ProcessDefinition definition) {
    ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(
        definition.getKey());
    query = definition.getTenantId() == null ? query.withoutTenantId() : query.tenantIdIn(definition.getTenantId());
    ProcessDefinition latest = query.latestVersion().singleResult();
    return latest != null && latest.getId().equals(definition.getId());
  }

  private ProcessDefinition definitionOf(String id, String key, String tenantId) {
    if (id != null) {
      return repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
    }
    ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key);
    query = tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId);
    return query.latestVersion().singleResult();
  }

  /** The deployed Camunda Form, or null if the task or start event has none (then nothing may be sent). */
  private static FormSchema deployedForm(Supplier<InputStream> lookup) {
    InputStream form;
    try {
      form = lookup.get();
    } catch (ProcessEngineException noForm) {
      return null;
    }
    try (form) {
      return FormSchema.parse(form);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body as JSON; null if it is empty or not JSON (the engine refuses that itself). */
  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode node = objectMapper.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private String callerOf(EngineApiPath call, HttpServletRequest request) {
    if (!call.webapp()) {
      var authentication = identityService.getCurrentAuthentication();
      return authentication == null ? null : authentication.getUserId();
    }
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(WebappSessionAuthenticationFilter.SESSION_KEY)
        instanceof Authentications logins)) {
      return null;
    }
    var login = logins.getAuthenticationForProcessEngine(call.engineName());
    return login == null ? null : login.getIdentityId();
  }

  /** Read afresh: a membership changed in Admin counts at once. */
  private boolean isAdministrator(String userId) {
    return AsSystem.call(identityService, () -> identityService.createGroupQuery()
        .groupMember(userId).groupId(Role.CAMUNDA_ADMIN.groupId()).count() > 0);
  }

  private void refuse(HttpServletResponse response, int status, String type, String message,
      List<FieldProblem> problems, String userId, HttpServletRequest request, EngineApiPath call) throws IOException {
    auditLog.refused(userId, request.getRemoteAddr(), call.action(), message);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("problems", problems);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), body);
  }
}
