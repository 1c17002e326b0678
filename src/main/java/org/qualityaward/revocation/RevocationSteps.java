package org.qualityaward.revocation;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code revocation} (Art 30, 31), one delegate each, named as the model calls it. */
@Configuration(proxyBeanMethods = false)
class RevocationSteps {

  /** 撤销荣誉称号、记录禁止申报期并公告. */
  @Bean
  JavaDelegate revokeHonour(Revocations revocations) {
    return execution -> revocations.revoke((Long) execution.getVariable("revocationId"));
  }

  /** 催收并记录: one more reminder for an item not yet returned. */
  @Bean
  JavaDelegate recordRecallReminder(Revocations revocations) {
    return execution -> revocations.remind((Long) execution.getVariable("recallItemId"));
  }

  /** 收回完毕. */
  @Bean
  JavaDelegate completeRecall(Revocations revocations) {
    return execution -> revocations.completeRecall((Long) execution.getVariable("revocationId"));
  }
}
