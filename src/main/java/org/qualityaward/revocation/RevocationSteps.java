package org.qualityaward.revocation;

import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.platform.HistoryWithout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code revocation} (Art 30, 31), one delegate each, named as the model calls
 * it: each finds its case in our records (the revocation this instance opened, never an id a variable
 * names).
 */
@Configuration(proxyBeanMethods = false)
class RevocationSteps {

  /**
   * The office's proposal from a complaint (its grounds, as the complainant wrote them, and the findings), and the
   * meeting's chair and attendees: the revocation record keeps them, the engine's history not.
   */
  @Bean
  HistoryWithout revocationTextsOutOfHistory() {
    return HistoryWithout.variablesOf(RevocationModel.PROCESS_KEY, Set.of("proposal", "chair", "attendees"));
  }

  /** 撤销荣誉称号、记录禁止申报期并公告. */
  @Bean
  JavaDelegate revokeHonour(Revocations revocations) {
    return onRevocation(revocations, revocations::revoke);
  }

  /** 催收并记录: one more reminder for an item not yet returned. */
  @Bean
  JavaDelegate recordRecallReminder(Revocations revocations) {
    // the item is the multi-instance element the engine took from the server's list of items still out
    return execution -> revocations.remind((Long) execution.getVariable("recallItemId"));
  }

  /** 收回完毕. */
  @Bean
  JavaDelegate completeRecall(Revocations revocations) {
    return onRevocation(revocations, revocations::completeRecall);
  }

  /** A step on the revocation this instance opened (OpenRevocationDelegate binds them). */
  private static JavaDelegate onRevocation(Revocations revocations, Consumer<Long> step) {
    return execution -> step.accept(revocations.ofProcess(execution.getProcessInstanceId()));
  }
}
