package org.qualityaward.edition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * 登记届次: an edition started from the Tasklist start form is registered here; one opened through
 * the API already carries its {@code editionId} and is bound to this instance here, before the plan's
 * first task looks its edition up by the instance.
 */
@Component("registerEdition")
class RegisterEditionDelegate implements JavaDelegate {

  private final EditionService editions;

  RegisterEditionDelegate(EditionService editions) {
    this.editions = editions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable("editionId") instanceof Long editionId) {
      editions.bind(editionId, execution.getProcessInstanceId());
      return;
    }
    Number year = (Number) execution.getVariable("year");
    Edition edition = editions.register(new NewEdition(year == null ? null : year.intValue(),
        (String) execution.getVariable("name"), date(execution.getVariable("applicationDeadline"))));
    edition.attachProcess(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(edition.businessKey());
    execution.setVariable("editionId", edition.getId());
  }

  private static LocalDate date(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(List.of(new FieldProblem("applicationDeadline", "日期格式应为 YYYY-MM-DD")));
    }
  }
}
