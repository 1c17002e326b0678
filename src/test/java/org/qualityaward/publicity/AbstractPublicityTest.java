package org.qualityaward.publicity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.SampleApplications;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.publicity.objection.FileObjectionCommand;
import org.qualityaward.publicity.objection.Objection;
import org.qualityaward.publicity.objection.ObjectionRepository;
import org.qualityaward.publicity.objection.ObjectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * One Spring context for all publicity tests: real engine on in-memory H2, job executor off
 * (jobs are executed by the tests), the calendar spied so a test can "publish" a year.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:publicity;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class AbstractPublicityTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String CALLER = "test_publicity_caller";
  static final String GROUP = "quality-office";
  private static final AtomicInteger APPLICANT_SERIALS = new AtomicInteger(1);
  private static final AtomicInteger OBJECTION_SERIALS = new AtomicInteger(1);

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired PublicityService publicityService;
  @Autowired PublicityRepository publicities;
  @Autowired PublicityEntryRepository entries;
  @Autowired ObjectionService objectionService;
  @Autowired ObjectionRepository objections;
  @Autowired EditionService editionService;
  @Autowired ApplicationSubmissions submissions;
  @MockitoSpyBean WorkingDayCalendar workingDays;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
    identityService.clearAuthentication();
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(CALLER).count() == 0) {
      // a caller exactly as the contract says: in publicityId, out disqualifiedApplicationIds
      repositoryService.createDeployment().addModelInstance(CALLER + ".bpmn",
          Bpmn.createExecutableProcess(CALLER).camundaHistoryTimeToLive(1)
              .startEvent("Start_Caller")
              .callActivity("CallActivity_Publicity").calledElement("publicity")
              .camundaIn("publicityId", "publicityId")
              .camundaOut("disqualifiedApplicationIds", "disqualifiedApplicationIds")
              .receiveTask("Wait_AfterPublicity")
              .endEvent("End_Caller").done())
          .deploy();
    }
    setClock(LocalDateTime.of(2026, 3, 2, 9, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void setClock(LocalDateTime at) {
    ClockUtil.setCurrentTime(Date.from(at.atZone(ZONE).toInstant()));
  }

  static Date instant(LocalDateTime at) {
    return Date.from(at.atZone(ZONE).toInstant());
  }

  /** A real stored application, as every publicity entry names one (a disqualification ends its case). */
  long newApplicationId() {
    Long editionId = editionService.ofYear(2099)
        .orElseGet(() -> EditionDriver.openWithApprovedPlan(editionService, taskService, new NewEdition(2099, "公示测试届", LocalDate.of(2026, 12, 31))))
        .getId();
    return submissions.register(SampleApplications.organization(editionId, "R-ASSOC-QA",
        APPLICANT_SERIALS.getAndIncrement(), LocalDate.of(2010, 1, 1)), "applicant").getId();
  }

  /** Publishes a list with candidates named after the given application ids. */
  Long publish(LocalDate start, int days, long... applicationIds) {
    List<PublicityRequest.Entry> list = Arrays.stream(applicationIds)
        .mapToObj(id -> new PublicityRequest.Entry(id, "候选单位" + id, "主要业绩：" + id)).toList();
    return publicityService.publish(new PublicityRequest("2026年度市政府质量奖受理名单公示",
        PublicityKind.ACCEPTED_LIST, 1L, start, days, GROUP, list));
  }

  /** Starts the caller, which calls {@code publicity}; returns the caller instance. */
  ProcessInstance startCaller(Long publicityId) {
    return runtimeService.startProcessInstanceByKey(CALLER, Map.of("publicityId", publicityId));
  }

  ProcessInstance publicityOf(ProcessInstance caller) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
  }

  Job onlyJob(String processInstanceId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
  }

  /** Runs the asyncBefore continuation of Timer_PublicityEnds: the timer is then scheduled. */
  Job scheduleTimer(ProcessInstance publicity) {
    managementService.executeJob(onlyJob(publicity.getId()).getId());
    return managementService.createJobQuery().processInstanceId(publicity.getId()).timers().singleResult();
  }

  /** An objection of its own each time (the same person's same grounds again would be the same case). */
  Objection file(Long publicityId, long applicationId) {
    return objectionService.file(publicityId, new FileObjectionCommand("张三", "13912345678", applicationId,
        "该单位近三年内发生过重大质量事故，申报材料未如实填写（第" + OBJECTION_SERIALS.getAndIncrement() + "份）。"));
  }

  Task taskOf(Objection objection) {
    String pi = objections.findById(objection.getId()).orElseThrow().getProcessInstanceId();
    return taskService.createTaskQuery().processInstanceId(pi).singleResult();
  }

  void investigate(Objection objection) {
    taskService.complete(taskOf(objection).getId(), Map.of("findings", "经核查，情况如下……"));
  }

  void conclude(Objection objection, boolean substantiated) {
    taskService.complete(taskOf(objection).getId(), Map.of("substantiated", substantiated,
        "comment", substantiated ? "经调查，异议属实：存在重大质量事故" : "经调查，异议不属实",
        "answer", "您好，您的异议已调查核实，结论如下……"));
  }
}
