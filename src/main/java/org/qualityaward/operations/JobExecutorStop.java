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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * A graceful stop of the job executor (issue 15, README Operating), first thing when the application is
 * asked to stop. Left alone, the acquisition thread goes on locking due jobs, and jobs that jobs create,
 * for the starter's thread pool until the pool's lifecycle timeout; then the pool is destroyed, its running
 * jobs interrupted and its queued batches dropped, and their jobs stay locked for the lock time (5 minutes)
 * where no other node may run them. Here acquisition stops first; then the pool drains: a running job
 * finishes in its own transaction (or fails and rolls back), a batch not yet started unlocks its jobs
 * (Camunda's ExecuteJobsRunnable does so once the executor is inactive). Once no thread of this node runs a
 * job, every job still locked by this node (batches the full pool had refused, held by the acquisition)
 * is released. Only if a job is still running after {@code spring.lifecycle.timeout-per-shutdown-phase} is
 * nothing released: that job is interrupted, and the locks expire after the lock time.
 */
@Component
class JobExecutorStop implements ApplicationListener<ContextClosedEvent>, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(JobExecutorStop.class);

  /** Optimistic locking: a job's revision goes up with every change, as the engine's own updates do. */
  private static final String RELEASE = "update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null, REV_ = REV_ + 1"
      + " where LOCK_OWNER_ = ?";

  private final ApplicationContext context;
  private final ObjectProvider<JobExecutor> jobExecutor;
  private final ObjectProvider<TaskExecutor> threads;
  private final Duration timeout;
  private final JdbcTemplate jdbc;

  JobExecutorStop(ApplicationContext context, JdbcTemplate jdbc, ObjectProvider<JobExecutor> jobExecutor,
      @Qualifier("camundaTaskExecutor") ObjectProvider<TaskExecutor> threads,
      @Value("${spring.lifecycle.timeout-per-shutdown-phase}") Duration timeout) {
    this.context = context;
    this.jdbc = jdbc;
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
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      int released = jdbc.update(RELEASE, executor.getLockOwner());
      LOG.info("Job executor stopped; {} jobs acquired but not started released for other nodes", released);
    }
  }
}
