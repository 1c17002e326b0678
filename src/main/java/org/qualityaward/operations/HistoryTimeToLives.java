package org.qualityaward.operations;

import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * A model's history time-to-live is what its record must be kept (README Operating), whichever version a
 * case runs on: at start-up, once the models are deployed, every older version takes the time-to-live of
 * its latest version. Otherwise a case started before a change (10 years before issue 15) would get its
 * removal time from its old version when it ends, and lose its history too early.
 */
@Component
class HistoryTimeToLives implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryTimeToLives.class);

  private final RepositoryService repository;

  HistoryTimeToLives(RepositoryService repository) {
    this.repository = repository;
  }

  @Override
  public void afterPropertiesSet() {
    for (ProcessDefinition latest : repository.createProcessDefinitionQuery().latestVersion().list()) {
      for (ProcessDefinition version : repository.createProcessDefinitionQuery()
          .processDefinitionKey(latest.getKey()).list()) {
        if (!Objects.equals(version.getHistoryTimeToLive(), latest.getHistoryTimeToLive())) {
          repository.updateProcessDefinitionHistoryTimeToLive(version.getId(), latest.getHistoryTimeToLive());
          LOG.info("History time-to-live of {} version {}: {} days, as its latest version", version.getKey(),
              version.getVersion(), latest.getHistoryTimeToLive());
        }
      }
    }
  }
}
