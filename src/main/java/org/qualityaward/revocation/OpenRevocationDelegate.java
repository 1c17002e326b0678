package org.qualityaward.revocation;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OpenRevocation 立案待审议: the revocation record, from the in-variables {@code honourId},
 * {@code complaintId}, {@code proposedGround}, {@code proposedFactDate} and {@code proposal} (the
 * office's findings); the texts are moved into the record and leave the process. The record is bound
 * to this instance, where the later steps find it; {@code revocationId} stays as the instance's output
 * (the complaint's answer names the revocation's outcome).
 */
@Component("openRevocation")
class OpenRevocationDelegate implements JavaDelegate {

  private final Revocations revocations;

  OpenRevocationDelegate(Revocations revocations) {
    this.revocations = revocations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the honour to revoke is this instance's input, given by whoever starts it (the complaint's call
    // activity from its own record, or the office); from here on the case is found by its instance
    Object honourId = execution.getVariable("honourId");
    if (!(honourId instanceof Number n)) {
      throw new IllegalArgumentException("流程变量 honourId 缺失：" + honourId);
    }
    Object complaintId = execution.getVariable("complaintId");
    Object ground = execution.getVariable("proposedGround");
    Object factDate = execution.getVariable("proposedFactDate");
    Object proposal = execution.getVariable("proposal");
    Revocation revocation = revocations.open(n.longValue(),
        complaintId instanceof Number c ? c.longValue() : null,
        ground == null || ground.toString().isBlank() ? null : RevocationGround.valueOf(ground.toString()),
        factDate == null || factDate.toString().isBlank() ? null : LocalDate.parse(factDate.toString()),
        proposal == null ? null : proposal.toString(), execution.getProcessInstanceId());
    execution.removeVariables(java.util.List.of("proposedGround", "proposedFactDate", "proposal"));
    execution.setVariable("revocationId", revocation.getId());
  }
}
