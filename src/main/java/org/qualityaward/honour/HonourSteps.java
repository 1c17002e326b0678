package org.qualityaward.honour;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The honour's own service task in its model, named as the model calls it. */
@Configuration(proxyBeanMethods = false)
class HonourSteps {

  /** 荣誉期满: the validity ended without renewal or revocation. */
  @Bean
  JavaDelegate expireHonour(Honours honours) {
    return execution -> honours.expire((Long) execution.getVariable("honourId"));
  }
}
