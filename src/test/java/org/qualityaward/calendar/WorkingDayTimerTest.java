package org.qualityaward.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityaward.publicity.PublicityModel.PUBLICITY_ENDS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bean in a real timer expression on a bare in-memory engine (no Spring): the calendar
 * error becomes a Cockpit incident and a retry succeeds once the year's file is dropped in.
 */
class WorkingDayTimerTest {

  @TempDir
  Path folder;

  private ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:calendar-timer;DB_CLOSE_DELAY=-1")
            .setJobExecutorActivate(false);
    configuration.setBeans(Map.of("workingDays",
        new WorkingDayCalendar(folder.toString(), "Asia/Shanghai")));
    engine = configuration.buildProcessEngine();
    // asyncBefore: the timer's due date is computed in a job, so a failure is an incident
    engine.getRepositoryService().createDeployment().addModelInstance("publicity-timer.bpmn",
        Bpmn.createExecutableProcess("publicityTimer").camundaHistoryTimeToLive(1)
            .startEvent()
            .intermediateCatchEvent(PUBLICITY_ENDS).camundaAsyncBefore()
            .timerWithDate("${workingDays.endOf(startDate, 5)}")
            .endEvent()
            .done())
        .deploy();
  }

  @AfterEach
  void stopEngine() {
    engine.close();
    ClockUtil.reset();
  }

  @Test
  @DisplayName("Art 16: a publicity timer crossing into unpublished 2027 is an incident naming "
      + "2027; after 2027.json is dropped in, a retry schedules it and it fires at the end")
  void incidentThenRetryAfterFileDroppedIn() throws Exception {
    ManagementService management = engine.getManagementService();
    String instance = engine.getRuntimeService()
        .startProcessInstanceByKey("publicityTimer", Map.of("startDate", "2026-12-28"))
        .getId();
    Job async = management.createJobQuery().processInstanceId(instance).singleResult();

    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(async.getId()));
    }
    Incident incident = engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(instance).singleResult();
    assertThat(incident.getIncidentMessage())
        .contains("2027年节假日安排尚未发布（calendar year 2027 is not published）");

    Files.writeString(folder.resolve("2027.json"), """
        { "year": 2027, "papers": ["https://www.gov.cn/example-2027-notice"],
          "days": [ { "name": "元旦", "date": "2027-01-01", "isOffDay": true } ] }
        """);
    management.setJobRetries(async.getId(), 1);
    management.executeJob(async.getId());

    Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
    Date periodOver = Date.from(OffsetDateTime.parse("2027-01-05T00:00+08:00").toInstant());
    assertThat(timer.getDuedate()).isEqualTo(periodOver);

    ClockUtil.setCurrentTime(periodOver);
    management.executeJob(timer.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(instance).count()).isZero();
  }
}
