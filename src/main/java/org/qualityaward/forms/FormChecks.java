package org.qualityaward.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.Variables;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.platform.UserTaskParsing;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Server-side mirror of the Camunda Forms: completing a user task checks the submitted variables
 * against the rules of the task's own deployed form, before any listener of the model records
 * anything, so a request that bypasses Tasklist is refused exactly as the form would refuse it.
 * Refusals from the model's own listeners reach REST clients and Tasklist as a 400 (see
 * {@link FormRefusedException}) instead of the engine's wrapped 500.
 */
@Component
class FormChecks extends AbstractProcessEnginePlugin {

  /** Parsed forms by process definition and task: deployed forms never change. */
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskParsing.onEveryUserTask(configuration, (element, task) -> {
      if (element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null) {
        // built-in listeners run before the ones the model declares
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::check);
      }
    });
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Refusals());
  }

  private void check(DelegateTask task) {
    FormSchema schema = schemas.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> schemaOf(task));
    Map<String, Object> variables = task.getVariables();
    FeelEngine feel = Context.getProcessEngineConfiguration().getDmnEngineConfiguration().getFeelEngine();
    // each condition evaluated at most once, and only for a field with a problem
    Map<String, Boolean> hidden = new HashMap<>();
    List<FieldProblem> problems = schema.check(variables::get,
        condition -> hidden.computeIfAbsent(condition, c -> isTrue(feel, c, variables)));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static FormSchema schemaOf(DelegateTask task) {
    // the person completing may read the task but not the deployment resources
    return Context.getCommandContext().runWithoutAuthorization(() -> {
      try (InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
        return FormSchema.parse(form);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** form-js writes conditions as {@code =expression}; a condition that cannot be evaluated hides nothing. */
  private static boolean isTrue(FeelEngine feel, String condition, Map<String, Object> variables) {
    Optional<Boolean> simple = SimpleCondition.evaluate(condition, variables::get);
    if (simple.isPresent()) {
      return simple.get();
    }
    try {
      Object result = feel.evaluateSimpleExpression(condition.startsWith("=") ? condition.substring(1) : condition,
          Variables.fromMap(variables).asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The engine wraps whatever a task listener throws into a plain {@link ProcessEngineException}
   * (ENGINE-03051), which Camunda's REST answers with 500. A refusal with field problems is the
   * user's input, not a fault: rethrown as a form validation exception, REST answers 400. A
   * delegate's refusal (a start form read by the first service task) leaves the engine unwrapped and
   * our own callers handle it as it is; only for Camunda's REST start and completion is it rethrown too.
   */
  private static final class Refusals extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        InvalidInputException refusal = causeOf(e, InvalidInputException.class);
        // a start form that conflicts with what is stored (after the deadline, a second application): no fault either
        ConflictException conflict = refusal == null && inCamundaRestStart() ? causeOf(e, ConflictException.class) : null;
        if ((refusal == null && conflict == null) || e instanceof FormRefusedException
            || (!(e instanceof ProcessEngineException) && !inCamundaRestForm())) {
          throw e;
        }
        FormRefusedException refused = refusal != null ? new FormRefusedException(refusal)
            : new FormRefusedException(conflict);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
          request.setAttribute(FormRefusalFilter.REFUSAL, refused, RequestAttributes.SCOPE_REQUEST);
        }
        throw refused;
      }
    }

    private static boolean inCamundaRestStart() {
      return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
          && FormRefusalFilter.isStartSubmission(attributes.getRequest());
    }

    private static boolean inCamundaRestForm() {
      return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
          && FormRefusalFilter.isFormSubmission(attributes.getRequest());
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (type.isInstance(cause)) {
          return type.cast(cause);
        }
      }
      return null;
    }
  }
}
