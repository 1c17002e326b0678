package org.qualityaward.publicity.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterObjection 登记异议: checks the registered objection and hands it to investigation. */
@Component("registerObjection")
class RegisterObjectionDelegate implements JavaDelegate {

  private final ObjectionLookup lookup;

  RegisterObjectionDelegate(ObjectionLookup lookup) {
    this.lookup = lookup;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Objection o = lookup.load(execution.getVariable("objectionId"));
    if (o.getState() != ObjectionState.REGISTERED) {
      throw new IllegalStateException("异议 " + o.getReceiptNumber() + " 状态为 " + o.getState()
          + "，不能再次受理（objection already being handled）");
    }
    if (o.getObjectorName() == null || o.getObjectorName().isBlank() || o.getContact() == null
        || o.getContact().isBlank()) {
      throw new IllegalStateException("异议 " + o.getReceiptNumber() + " 缺少实名或联系方式（the office's rule: objections by real name with a contact, to investigate and answer them）");
    }
    o.accept(execution.getProcessInstanceId());
  }
}
