package org.qualityaward.identity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Engine API calls that would let a person set case state outside a form: writing variables of tasks,
 * executions, process and case instances; throwing BPMN errors or escalations from a task; resolving a
 * delegated task with variables; correlating messages, signals and conditions; modifying or restarting
 * instances; external tasks and CMMN, which no model of ours uses. Only administrators may make them.
 * Authorizations refuse most of them already (a worker has TASK_WORK, not UPDATE); this list is the
 * second line, and the only one for the calls TASK_WORK does allow (bpmnError, bpmnEscalation).
 */
final class ForbiddenEngineCalls {

  private record Rule(Pattern resource, boolean readsAllowed, String why) {}

  private static final String VARIABLES = "案件变量只能通过任务表单提交，不能直接设置、修改或删除";
  private static final String FLOW = "案件流程只能由系统推进，不能通过接口直接改变";

  private static final List<Rule> RULES = List.of(
      rule("task/[^/]+/(?:variables|localVariables)(?:/.*)?", true, VARIABLES),
      rule("process-instance/[^/]+/variables(?:/.*)?", true, VARIABLES),
      rule("process-instance/variables-async", false, VARIABLES),
      rule("execution/[^/]+/localVariables(?:/.*)?", true, VARIABLES),
      rule("case-(?:definition|instance|execution)(?:/.*)?", true, FLOW),
      rule("task/[^/]+/(?:bpmnError|bpmnEscalation|resolve)", false, FLOW),
      rule("execution/[^/]+/(?:signal|messageSubscriptions/[^/]+/trigger)", false, FLOW),
      rule("(?:message|message/async|signal|condition)", false, FLOW),
      rule("process-instance/[^/]+/modification(?:-async)?", false, FLOW),
      rule("process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/(?:restart|restart-async)", false, FLOW),
      rule("external-task/(?:fetchAndLock|[^/]+/.+)", true, FLOW));

  private ForbiddenEngineCalls() {
  }

  private static Rule rule(String resource, boolean readsAllowed, String why) {
    return new Rule(Pattern.compile(resource), readsAllowed, why);
  }

  /** Why the call is refused to anyone but an administrator, or null if it is not one of these. */
  static String refusal(EngineApiPath call) {
    for (Rule rule : RULES) {
      if (rule.resource().matcher(call.resource()).matches() && !(rule.readsAllowed() && call.isRead())) {
        return rule.why();
      }
    }
    return null;
  }
}
