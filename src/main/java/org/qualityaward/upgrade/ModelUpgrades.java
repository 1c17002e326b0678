package org.qualityaward.upgrade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.qualityaward.kernel.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * A changed model deploys as a new version at start-up (the engine's duplicate filter); cases already
 * running stay on the version they started on until moved. This moves them: for each older version
 * with running instances, a plan that maps every activity to the one with the same id in the latest
 * version (our ids are readable and stable), validated first. Timers keep their due dates (event
 * triggers are not updated), so no period is recomputed by an upgrade; tasks keep their ids, assignees
 * and variables. A version whose plan does not validate (an activity removed or changed in kind) is
 * left to finish on its own version and the report says why.
 */
@Service
class ModelUpgrades {

  /** One version of a model and how many instances run on it. */
  record Version(int version, String definitionId, long runningInstances) {}

  /** A model's versions, newest first. */
  record Model(String key, String name, List<Version> versions) {}

  /** What moving one version's instances did: how many moved, or why none could. */
  record Moved(int fromVersion, int toVersion, long instances, List<String> problems) {}

  private final RepositoryService repository;
  private final RuntimeService runtime;

  ModelUpgrades(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /** Every model with running instances per version. */
  List<Model> models() {
    return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list().stream()
        .map(latest -> model(latest.getKey())).toList();
  }

  Model model(String key) {
    List<ProcessDefinition> versions = versions(key);
    return new Model(key, versions.get(0).getName(), versions.stream()
        .map(d -> new Version(d.getVersion(), d.getId(), running(d))).toList());
  }

  /** Moves the running instances of every older version of the model onto its latest version. */
  List<Moved> migrateToLatest(String key) {
    List<ProcessDefinition> versions = versions(key);
    ProcessDefinition latest = versions.get(0);
    List<Moved> moved = new ArrayList<>();
    for (ProcessDefinition older : versions.subList(1, versions.size())) {
      List<String> instances = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).list().stream()
          .map(i -> i.getId()).toList();
      if (instances.isEmpty()) {
        continue;
      }
      MigrationPlan plan;
      try {
        plan = runtime.createMigrationPlan(older.getId(), latest.getId()).mapEqualActivities().build();
      } catch (MigrationPlanValidationException e) {
        moved.add(new Moved(older.getVersion(), latest.getVersion(), 0, e.getValidationReport().getInstructionReports()
            .stream().flatMap(r -> r.getFailures().stream()).toList()));
        continue;
      }
      try {
        runtime.newMigration(plan).processInstanceIds(instances).execute();
      } catch (MigratingProcessInstanceValidationException e) {
        // all or nothing: one instance that cannot move leaves every one on its version
        moved.add(new Moved(older.getVersion(), latest.getVersion(), 0, List.of(e.getMessage())));
        continue;
      }
      moved.add(new Moved(older.getVersion(), latest.getVersion(), instances.size(), List.of()));
    }
    return moved;
  }

  private List<ProcessDefinition> versions(String key) {
    List<ProcessDefinition> versions = repository.createProcessDefinitionQuery().processDefinitionKey(key).list()
        .stream().sorted(Comparator.comparingInt(ProcessDefinition::getVersion).reversed()).toList();
    if (versions.isEmpty()) {
      throw new NotFoundException("没有流程模型 " + key);
    }
    return versions;
  }

  private long running(ProcessDefinition definition) {
    return runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
  }
}
