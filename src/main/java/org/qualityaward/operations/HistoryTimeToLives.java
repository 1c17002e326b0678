package org.qualityaward.operations;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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

  private final ProcessEngineConfigurationImpl engine;
  private final RepositoryService repository;

  HistoryTimeToLives(ProcessEngineConfigurationImpl engine, RepositoryService repository) {
    this.engine = engine;
    this.repository = repository;
  }

  @Override
  public void afterPropertiesSet() {
    // Issue 16, start-up: one query for every version of every model, and the rows only. RepositoryService's
    // query would also read each version's documentation, parsing its BPMN with the model API (XML schema
    // included) at every start, and a query per model cost a round trip per model.
    List<ProcessDefinition> definitions = engine.getCommandExecutorTxRequired().execute(context -> context
        .getProcessDefinitionManager().findProcessDefinitionsByQueryCriteria(new ProcessDefinitionQueryImpl(), null));
    Map<String, List<ProcessDefinition>> versionsByKey = definitions.stream()
        .collect(Collectors.groupingBy(ProcessDefinition::getKey));
    versionsByKey.values().forEach(versions -> {
      ProcessDefinition latest = versions.stream().max(Comparator.comparingInt(ProcessDefinition::getVersion))
          .orElseThrow();
      for (ProcessDefinition version : versions) {
        if (!Objects.equals(version.getHistoryTimeToLive(), latest.getHistoryTimeToLive())) {
          repository.updateProcessDefinitionHistoryTimeToLive(version.getId(), latest.getHistoryTimeToLive());
          LOG.info("History time-to-live of {} version {}: {} days, as its latest version", version.getKey(),
              version.getVersion(), latest.getHistoryTimeToLive());
        }
      }
    });
  }
}
