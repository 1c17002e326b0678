package org.qualityaward.operations;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * A graceful stop of the job executor (issue 15, README Operating), first thing when the application is
 * asked to stop. Left alone, the starter's thread pool stops taking batches as the context closes while the
 * acquisition thread still locks jobs for it (rejected, they stay locked for the lock time, 5 minutes), and
 * when the pool is destroyed it drops its queued batches and interrupts the running ones (their jobs stay
 * locked too). Here acquisition stops first; then the pool drains: a running job finishes in its own
 * transaction (or fails and rolls back, releasing its lock), and a batch not yet started unlocks its jobs
 * for another node (Camunda's ExecuteJobsRunnable does so once the executor is inactive). Only a job still
 * running after {@code spring.lifecycle.timeout-per-shutdown-phase} is interrupted; its lock then
 * expires after the lock time.
 */
@Component
class JobExecutorStop implements ApplicationListener<ContextClosedEvent>, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(JobExecutorStop.class);

  private final ApplicationContext context;
  private final ObjectProvider<JobExecutor> jobExecutor;
  private final ObjectProvider<TaskExecutor> threads;
  private final Duration timeout;

  JobExecutorStop(ApplicationContext context, ObjectProvider<JobExecutor> jobExecutor,
      @Qualifier("camundaTaskExecutor") ObjectProvider<TaskExecutor> threads,
      @Value("${spring.lifecycle.timeout-per-shutdown-phase}") Duration timeout) {
    this.context = context;
    this.jobExecutor = jobExecutor;
    this.threads = threads;
    this.timeout = timeout;
  }

  /** Before the pool's own listener (unordered) and the web server's graceful shutdown (a later lifecycle phase). */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    JobExecutor executor = jobExecutor.getIfAvailable();
    if (event.getApplicationContext() != context || executor == null || !executor.isActive()) {
      return;
    }
    // returns once the acquisition thread has handed over what it last acquired
    executor.shutdown();
    if (threads.getIfAvailable() instanceof ThreadPoolTaskExecutor pool) {
      ThreadPoolExecutor running = pool.getThreadPoolExecutor();
      running.shutdown();
      try {
        if (!running.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.warn("Jobs still running after {}: they are interrupted, their locks expire after the lock time", timeout);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
