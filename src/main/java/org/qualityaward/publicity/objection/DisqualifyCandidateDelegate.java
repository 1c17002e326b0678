package org.qualityaward.publicity.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.publicity.CandidateDisqualified;
import org.qualityaward.publicity.PublicityEntry;
import org.qualityaward.publicity.PublicityEntryRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_DisqualifyCandidate 取消候选资格 (Art 21 经调查属实的，取消其获奖资格): marks the entry
 * disqualified with the reason and publishes {@link CandidateDisqualified} synchronously, inside
 * the transaction. A candidate already disqualified by an earlier objection is not announced twice.
 */
@Component("disqualifyCandidate")
class DisqualifyCandidateDelegate implements JavaDelegate {

  private final ObjectionLookup lookup;
  private final PublicityEntryRepository entries;
  private final ApplicationEventPublisher events;

  DisqualifyCandidateDelegate(ObjectionLookup lookup, PublicityEntryRepository entries,
      ApplicationEventPublisher events) {
    this.lookup = lookup;
    this.entries = entries;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Objection o = lookup.ofProcess(execution, execution.getProcessInstanceId());
    PublicityEntry entry = entries.findById(o.getEntryId()).orElseThrow(
        () -> new IllegalStateException("公示名单项 " + o.getEntryId() + " 不存在"));
    // the applicant reads the reason: the serial, not the number that opens the objector's answer
    String reason = "公示异议经调查属实（异议受理编号 " + o.serial() + "）：" + o.getConclusion();
    if (entry.disqualify(reason)) {
      events.publishEvent(new CandidateDisqualified(entry.getApplicationId(), entry.getPublicityId(), reason));
    }
  }
}
