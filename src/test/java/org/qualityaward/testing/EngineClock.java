package org.qualityaward.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Moves the engine's clock and runs the jobs that are due, as the job executor would. */
public final class EngineClock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private EngineClock() {}

  public static void set(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(ZONE).toInstant()));
  }

  public static void startOf(LocalDate day) {
    set(day.atTime(9, 0));
  }

  public static void reset() {
    ClockUtil.reset();
  }

  /** Executes every due job (async continuations and timers) until none is left. */
  public static void runDueJobs(ManagementService management) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("jobs keep becoming due: a loop in a model?");
  }
}
