package org.qualityaward.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.springframework.stereotype.Component;

/**
 * Bean {@code revocationContext}: read-only facts the revocation forms show (input mappings, so
 * they live as task-local variables only), of the revocation case this instance opened; an item to
 * recall is the multi-instance element the engine took from {@link Revocations#recallItems}.
 */
@Component("revocationContext")
public class RevocationContext {

  private final Revocations revocations;
  private final Honours honours;

  public RevocationContext(Revocations revocations, Honours honours) {
    this.revocations = revocations;
    this.honours = honours;
  }

  public String holderName(Object revocationId) {
    return honours.get(revocations.get(revocationId).getHonourId()).getHolderName();
  }

  public String honour(DelegateExecution execution) {
    return describe(honours.get(revocation(execution).getHonourId()));
  }

  /** "保定某公司，市政府质量奖，2026-06-01 授予，有效期至 2031-05-31，有效期内": as the complaint and revocation forms show it. */
  public static String describe(Honour h) {
    return h.getHolderName() + "，" + h.getLevel().label() + "，" + h.getAwardedOn() + " 授予，有效期至 "
        + h.getValidUntil() + "，" + switch (h.getState()) {
          case VALID -> "有效期内";
          case EXPIRED -> "已期满";
          case REVOKED -> "已于 " + h.getRevokedOn() + " 撤销";
        };
  }

  public String proposal(DelegateExecution execution) {
    Revocation r = revocation(execution);
    StringBuilder text = new StringBuilder();
    if (r.getProposedGround() != null) {
      text.append("拟适用：").append(r.getProposedGround().describe()).append("\n");
    }
    if (r.getProposedFactDate() != null) {
      text.append("事实发生日期：").append(r.getProposedFactDate()).append("\n");
    }
    if (r.getProposal() != null) {
      text.append("市质强办核实情况：").append(r.getProposal());
    }
    return text.toString().strip();
  }

  public String proposedGround(DelegateExecution execution) {
    RevocationGround g = revocation(execution).getProposedGround();
    return g == null ? null : g.name();
  }

  public String proposedFactDate(DelegateExecution execution) {
    var d = revocation(execution).getProposedFactDate();
    return d == null ? null : d.toString();
  }

  public String item(Object recallItemId) {
    return revocations.item(recallItemId).label();
  }

  public String revokedOn(DelegateExecution execution) {
    var d = revocation(execution).getRevokedOn();
    return d == null ? null : d.toString();
  }

  public String reminders(Object recallItemId) {
    var list = revocations.remindersOf(revocations.item(recallItemId).getId());
    return list.isEmpty() ? "尚未催收" : "已催收 " + list.size() + " 次，最近 " + list.get(list.size() - 1).getRemindedAt().toLocalDate();
  }

  private Revocation revocation(DelegateExecution execution) {
    return revocations.get(revocations.ofProcess(execution.getProcessInstanceId()));
  }
}
