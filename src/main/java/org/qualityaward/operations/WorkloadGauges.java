package org.qualityaward.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.function.ToLongFunction;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The workload as gauges on /actuator/prometheus (README, Operating). One scrape reads every gauge;
 * they share one {@link Workload}, read again only when it is older than {@code qa.metrics.max-age},
 * so a scrape costs a few count queries and several scrapers cost no more.
 */
@Component
class WorkloadGauges implements MeterBinder {

  private static final String OPEN_TASKS = "qa.tasks.open";
  private static final String OPEN_TASKS_DESCRIPTION = "open tasks by the role whose groups may work them (none: a person's own)";

  private final WorkloadReader reader;
  private final long maxAgeNanos;
  private Workload workload;
  private long readAt;

  WorkloadGauges(WorkloadReader reader, @Value("${qa.metrics.max-age}") Duration maxAge) {
    this.reader = reader;
    this.maxAgeNanos = maxAge.toNanos();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (Role role : Role.values()) {
      gauge(OPEN_TASKS, OPEN_TASKS_DESCRIPTION, w -> w.openTasks().getOrDefault(role, 0L))
          .tag("role", role.groupId()).register(registry);
    }
    gauge(OPEN_TASKS, OPEN_TASKS_DESCRIPTION, Workload::personalTasks).tag("role", "none").register(registry);
    gauge("qa.jobs.due", "jobs due now and not yet executed", Workload::dueJobs).register(registry);
    gauge("qa.jobs.failed", "jobs without retries left (each has an incident)", Workload::failedJobs)
        .register(registry);
    gauge("qa.incidents.open", "open incidents", Workload::openIncidents).register(registry);
    for (ApplicationStage stage : ApplicationStage.values()) {
      gauge("qa.cases", "cases (applications and renewals) by stage", w -> w.cases().getOrDefault(stage, 0L))
          .tag("stage", stage.name()).register(registry);
    }
  }

  private Gauge.Builder<WorkloadGauges> gauge(String name, String description,
      ToLongFunction<Workload> value) {
    return Gauge.builder(name, this, gauges -> value.applyAsLong(gauges.current())).description(description);
  }

  synchronized Workload current() {
    long now = System.nanoTime();
    if (workload == null || now - readAt >= maxAgeNanos) {
      workload = reader.read();
      readAt = now;
    }
    return workload;
  }
}
