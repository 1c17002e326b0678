package org.qualityaward.testing;

import static org.qualityaward.application.AwardApplicationModel.CONSULT_DEPARTMENTS;
import static org.qualityaward.application.AwardApplicationModel.QUALIFICATION_REVIEW;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_SIGN_OFF;
import static org.qualityaward.edition.AwardEditionModel.APPROVE_PLAN;
import static org.qualityaward.edition.AwardEditionModel.CITY_GOVERNMENT_APPROVAL;
import static org.qualityaward.edition.AwardEditionModel.DRAFT_PLAN;
import static org.qualityaward.edition.AwardEditionModel.LEADING_GROUP_REVIEW;
import static org.qualityaward.edition.AwardEditionModel.PROPOSE_ONSITE_LIST;
import static org.qualityaward.edition.AwardEditionModel.PUBLISH_NOTICE;
import static org.qualityaward.edition.AwardEditionModel.REVISE_PROPOSAL;
import static org.qualityaward.evaluation.PanelMemberReviewModel.DECLARE_CONFLICT;
import static org.qualityaward.evaluation.PanelMemberReviewModel.SCORE_INDIVIDUAL;
import static org.qualityaward.evaluation.PanelMemberReviewModel.SCORE_ORGANIZATION;
import static org.qualityaward.evaluation.PanelReviewModel.CONSOLIDATE_PANEL;
import static org.qualityaward.publicity.ObjectionModel.CONCLUDE_OBJECTION;
import static org.qualityaward.publicity.ObjectionModel.INVESTIGATE_OBJECTION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.edition.PlanFigures;
import org.qualityaward.publicity.objection.FileObjectionCommand;
import org.qualityaward.publicity.objection.Objection;
import org.qualityaward.publicity.objection.ObjectionService;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.qualityaward.review.ScoringSheet;
import org.springframework.context.ApplicationContext;

/**
 * Drives one edition through award-edition and its cases through award-application on the real
 * engine: panels completed by their drawn members, publicities run to their end by moving the clock,
 * the office's, leading group's and city government's tasks completed. Jobs are executed only for the
 * process trees this driver started (the edition and its cases), so other tests' leftovers in the
 * shared engine cannot break it. The clock only moves forward; call {@link EngineClock#reset()} after.
 */
public final class EditionDriver {

  /** Monday 2 March 2026: notice and submissions; intake closes at the end of Friday 6 March. */
  public static final LocalDate NOTICE_DAY = LocalDate.of(2026, 3, 2);
  public static final LocalDate DEADLINE = LocalDate.of(2026, 3, 6);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final EditionService editions;
  private final ApplicationSubmissions submissions;
  private final ApplicationCases cases;
  private final ObjectionService objections;
  private final Scoring scoring;
  private final Set<String> roots = new LinkedHashSet<>();
  private LocalDateTime now;
  private Edition edition;
  private ProcessInstance editionInstance;

  public EditionDriver(ApplicationContext context) {
    this.runtime = context.getBean(RuntimeService.class);
    this.tasks = context.getBean(TaskService.class);
    this.management = context.getBean(ManagementService.class);
    this.identity = context.getBean(IdentityService.class);
    this.editions = context.getBean(EditionService.class);
    this.submissions = context.getBean(ApplicationSubmissions.class);
    this.cases = context.getBean(ApplicationCases.class);
    this.objections = context.getBean(ObjectionService.class);
    this.scoring = context.getBean(Scoring.class);
  }

  // ---- clock and jobs -------------------------------------------------------------------------

  public LocalDateTime now() {
    return now;
  }

  /** Moves the clock forward (never back) and runs what became due in this driver's trees. */
  public void advanceTo(LocalDateTime time) {
    if (now == null || time.isAfter(now)) {
      now = time;
      EngineClock.set(time);
    }
    runDueJobs();
  }

  public void advanceHours(int hours) {
    advanceTo(now.plusHours(hours));
  }

  /** Executes the due jobs of the edition's and its cases' process trees until none is left. */
  public void runDueJobs() {
    for (int round = 0; round < 100; round++) {
      // one query for the engine's due jobs, not one per case: an edition of a thousand cases stays linear
      List<Job> due = management.createJobQuery().executable().list().stream()
          .filter(job -> roots.contains(job.getRootProcessInstanceId())).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("jobs keep becoming due: a loop in a model?");
  }

  // ---- edition ----------------------------------------------------------------------------------

  /**
   * Opens the edition on the notice day (deadline {@link #DEADLINE}) with the configured plan, has the
   * leading group approve it and publishes its notice.
   */
  public Edition openEdition(int year, String name) {
    return openEdition(year, name, null);
  }

  /** As {@link #openEdition(int, String)}, with the plan's figures (null ones configured). */
  public Edition openEdition(int year, String name, PlanFigures plan) {
    advanceTo(NOTICE_DAY.atTime(9, 0));
    edition = editions.open(new NewEdition(year, name, DEADLINE, plan));
    roots.add(edition.getProcessInstanceId());
    editionInstance();
    approvePlan(tasks, editionInstanceId());
    completeEditionTask(PUBLISH_NOTICE, Map.of("noticeIssuedOn", NOTICE_DAY.toString(),
        "noticeChannels", "保定日报、市政府网站"));
    return edition;
  }

  /**
   * Opens an edition through the engine (API path) and has its plan, as drafted, approved: the edition
   * then waits for its notice and takes applications, as editions did before plans (Art 8(1), 15).
   */
  public static Edition openWithApprovedPlan(EditionService editions, TaskService tasks, NewEdition request) {
    Edition edition = editions.open(request);
    approvePlan(tasks, edition.getProcessInstanceId());
    return editions.get(edition.getId());
  }

  /**
   * The office submits the plan as drafted and the leading group approves it (Art 8(1)), so that the
   * edition's call can go out: for tests that open an edition through {@link EditionService#open}.
   */
  public static void approvePlan(TaskService tasks, String editionInstanceId) {
    tasks.complete(task(tasks, editionInstanceId, DRAFT_PLAN).getId());
    tasks.complete(task(tasks, editionInstanceId, APPROVE_PLAN).getId(), Map.of("planApproved", true,
        "planComment", "同意"));
  }

  private static Task task(TaskService tasks, String instanceId, String taskDefinitionKey) {
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("the edition does not wait at " + taskDefinitionKey);
    }
    return task;
  }

  public Edition edition() {
    return editions.get(edition.getId());
  }

  public String editionInstanceId() {
    return edition.getProcessInstanceId();
  }

  /** The edition's instance, kept from its start so that BPM Assert can still read it once ended. */
  public ProcessInstance editionInstance() {
    if (editionInstance == null) {
      editionInstance = runtime.createProcessInstanceQuery().processInstanceId(editionInstanceId()).singleResult();
    }
    return editionInstance;
  }

  public Object editionVariable(String name) {
    return runtime.getVariable(editionInstanceId(), name);
  }

  public Task editionTask(String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceId(editionInstanceId()).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  /** What the task's form shows in a field the task set when it opened (a list built from the records). */
  public Object editionTaskVariable(String taskDefinitionKey, String name) {
    return tasks.getVariable(editionTask(taskDefinitionKey).getId(), name);
  }

  /** Completes the edition's task; returns the seconds the completion took (the user's request), before the jobs it left ran. */
  public double completeEditionTask(String taskDefinitionKey, Map<String, Object> variables) {
    Task task = editionTask(taskDefinitionKey);
    if (task == null) {
      throw new IllegalStateException("the edition does not wait at " + taskDefinitionKey);
    }
    long started = System.nanoTime();
    tasks.complete(task.getId(), variables);
    double seconds = (System.nanoTime() - started) / 1e9;
    runDueJobs();
    return seconds;
  }

  public double decide(String taskDefinitionKey, boolean approved, String comment) {
    return completeEditionTask(taskDefinitionKey, Map.of("approved", approved, "comment", comment));
  }

  /** The office puts the ranking forward to the leading group as it stands (Art 9(5), 20). */
  public void proposeAwards() {
    completeEditionTask(REVISE_PROPOSAL, Map.of("revisionNote", "已审核专家评审结果，按累计得分提出授奖建议名单"));
  }

  // ---- cases up to the accepted list ---------------------------------------------------------

  /** Submits as the service would for the API; the case's tree is tracked from now on. */
  public Application submit(ApplicationSubmission submission) {
    return track(submissions.submit(submission, "applicant"));
  }

  public Application track(Application application) {
    roots.add(cases.get(application.getId()).getProcessInstanceId());
    return application;
  }

  public Application refresh(Application application) {
    return cases.get(application.getId());
  }

  /**
   * Takes every submitted case (recommender R-ASSOC-QA style, no county consent) to the accepted list:
   * recommendation, its publicity (clock moved past its last working day and at least to Saturday 7 March,
   * which also closes intake),
   * sign-off, department opinions and acceptance; then runs the accepted list's publicity to its end,
   * so the edition starts the document review.
   */
  public void acceptAll(List<Application> applications) {
    acceptUntilListPublicity(applications);
    passPublicity(editionInstanceId());
  }

  /** As {@link #acceptAll}, but stops while the accepted list's publicity (Art 17) runs. */
  public void acceptUntilListPublicity(List<Application> applications) {
    toQualificationReview(applications);
    applications.forEach(a ->
        completeCaseTask(a, QUALIFICATION_REVIEW, ConditionAnswers.qualificationReview(true, "符合条件，予以受理")));
    runDueJobs();
  }

  /**
   * Takes every submitted case to the office's 资格审查, its task open: recommendation, its publicity (as in {@link
   * #acceptAll}), sign-off and the departments' opinions.
   */
  public void toQualificationReview(List<Application> applications) {
    applications.forEach(a -> completeCaseTask(a, RECOMMENDER_REVIEW,
        ConditionAnswers.recommenderReview(true, "材料完整真实，同意推荐")));
    LocalDateTime after = DEADLINE.plusDays(1).atTime(9, 0);
    runDueJobs(); // once: running them per case costs a query per tracked tree each time
    for (Application a : applications) {
      ProcessInstance recommendation = runningPublicity(refresh(a).getProcessInstanceId());
      if (recommendation != null && periodOver(recommendation).isAfter(after)) {
        after = periodOver(recommendation);
      }
    }
    advanceTo(after);
    for (Application a : applications) {
      completeCaseTask(a, RECOMMENDER_SIGN_OFF, Map.of("materialsVerified", true, "signOffOpinion", "同意推荐"));
      tasks.createTaskQuery().processInstanceId(refresh(a).getProcessInstanceId())
          .taskDefinitionKey(CONSULT_DEPARTMENTS).list()
          .forEach(t -> tasks.complete(t.getId(), Map.of("approved", true, "comment", "近5年无不良记录")));
    }
  }

  /**
   * From the document review to the commendation, every case scored {@code scores} by each member in both
   * reviews: the office proposes the onsite list as prepared and the ranking as it stands, the publicities
   * pass, the leading group and the city government approve. Returns the seconds the city government's
   * approval took as its one request (every case gets its outcome in it), before the jobs it left ran.
   */
  public double commend(Map<Application, BigDecimal> scores) {
    scores.forEach(this::completePanel);
    completeEditionTask(PROPOSE_ONSITE_LIST, Map.of()); // the proposal as it stands
    passPublicity(editionInstanceId());
    scores.forEach(this::completePanel);
    proposeAwards();
    decide(LEADING_GROUP_REVIEW, true, "同意授奖建议名单");
    passPublicity(editionInstanceId());
    return decide(CITY_GOVERNMENT_APPROVAL, true, "批准表彰");
  }

  public Task caseTask(Application application, String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceId(refresh(application).getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private void completeCaseTask(Application application, String key, Map<String, Object> variables) {
    Task task = caseTask(application, key);
    if (task == null) {
      throw new IllegalStateException(application.getApplicationNumber() + " does not wait at " + key);
    }
    tasks.complete(task.getId(), variables);
  }

  // ---- publicities and objections ----------------------------------------------------------

  /** The running publicity called by this instance (edition or case). */
  public ProcessInstance publicityOf(String callerInstanceId) {
    runDueJobs();
    return runningPublicity(callerInstanceId);
  }

  /** The publicity the instance runs now, without running due jobs first. */
  public ProcessInstance runningPublicity(String callerInstanceId) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(callerInstanceId)
        .processDefinitionKey("publicity").singleResult();
  }

  /** Moves the clock just past the end of the caller's running publicity and runs what follows. */
  public void passPublicity(String callerInstanceId) {
    ProcessInstance publicity = publicityOf(callerInstanceId);
    if (publicity == null) {
      throw new IllegalStateException("no publicity running under " + callerInstanceId);
    }
    advanceTo(periodOver(publicity));
  }

  /** A minute after the end of the publicity's last working day (its timer). */
  private LocalDateTime periodOver(ProcessInstance publicity) {
    Job timer = management.createJobQuery().processInstanceId(publicity.getId()).timers().singleResult();
    Date due = timer.getDuedate();
    return LocalDateTime.ofInstant(due.toInstant(), EngineClock.ZONE).plusMinutes(1);
  }

  /**
   * Files an objection against the case in the publicity and has the office uphold it (investigate,
   * conclude substantiated): the case is disqualified (Art 17, 21). The clock must be in the period.
   */
  public Objection uphold(Long publicityId, Application application, String grounds) {
    return uphold(publicityId, application, grounds, "13803120000");
  }

  /** As {@link #uphold(Long, Application, String)}, the objector giving {@code contact}. */
  public Objection uphold(Long publicityId, Application application, String grounds, String contact) {
    Objection objection = objections.file(publicityId, new FileObjectionCommand("赵六", contact,
        application.getId(), grounds));
    Task investigation = tasks.createTaskQuery().taskDefinitionKey(INVESTIGATE_OBJECTION)
        .processVariableValueEquals("objectionId", objection.getId()).singleResult();
    tasks.complete(investigation.getId(), Map.of("findings", "经核查，异议反映情况属实"));
    Task conclusion = tasks.createTaskQuery().taskDefinitionKey(CONCLUDE_OBJECTION)
        .processVariableValueEquals("objectionId", objection.getId()).singleResult();
    tasks.complete(conclusion.getId(), Map.of("substantiated", true, "comment", "异议属实，取消资格",
        "answer", "异议属实，已取消其参评资格"));
    runDueJobs();
    return objection;
  }

  // ---- panels ------------------------------------------------------------------------------

  /**
   * The running panel-review of the case in the review stage it is in, found by its business key (the draw job
   * is run first); null when the case is in no review stage.
   */
  public ProcessInstance panelOf(Application application) {
    runDueJobs();
    Application current = refresh(application);
    return Arrays.stream(ReviewStage.values()).filter(s -> s.name().equals(current.getStage().name())).findFirst()
        .map(stage -> runtime.createProcessInstanceQuery().processDefinitionKey("panel-review")
            .processInstanceBusinessKey(stage.panelBusinessKey(current.getApplicationNumber())).singleResult())
        .orElse(null);
  }

  /** Every drawn member scores {@code total} on the case's sheet; the leader accepts the report. */
  public void completePanel(Application application, BigDecimal total) {
    completePanel(application, List.of(total));
  }

  /**
   * The members declare no conflict and score the case, member i with {@code totals[i]} (the last
   * total repeats for further members), as the assigned users; then the leader consolidates.
   */
  public void completePanel(Application application, List<BigDecimal> totals) {
    ProcessInstance panel = panelOf(application);
    if (panel == null) {
      throw new IllegalStateException(application.getApplicationNumber() + " has no running panel");
    }
    ScoringSheet sheet = scoring.sheetFor(application.getId());
    List<ProcessInstance> members = runtime.createProcessInstanceQuery().superProcessInstanceId(panel.getId())
        .processDefinitionKey("panel-member-review").list();
    int i = 0;
    for (ProcessInstance member : members) {
      BigDecimal total = totals.get(Math.min(i++, totals.size() - 1));
      Task declaration = tasks.createTaskQuery().processInstanceId(member.getId())
          .taskDefinitionKey(DECLARE_CONFLICT).singleResult();
      asUser(declaration.getAssignee(), () -> tasks.complete(declaration.getId(),
          Map.of("conflictOfInterest", false, "confidentialityUndertaking", true)));
      Task score = tasks.createTaskQuery().processInstanceId(member.getId())
          .taskDefinitionKeyIn(SCORE_ORGANIZATION, SCORE_INDIVIDUAL).singleResult();
      asUser(score.getAssignee(), () -> tasks.complete(score.getId(), scores(sheet, total)));
    }
    Task consolidation = tasks.createTaskQuery().processInstanceId(panel.getId())
        .taskDefinitionKey(CONSOLIDATE_PANEL).singleResult();
    asUser(consolidation.getAssignee(), () -> tasks.complete(consolidation.getId(), consolidation(sheet)));
    runDueJobs();
  }

  /** The leader's form: a consensus note and the panel's agreed strengths and opportunities per category. */
  public static Map<String, Object> consolidation(ScoringSheet sheet) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("consensusNote", "评审组合议一致");
    for (ScoringSheet.Category c : sheet.categories()) {
      variables.put("agreedStrengths_" + c.code(), c.name() + "方面的一致优势：体系完整，持续改进");
      variables.put("agreedOpportunities_" + c.code(), c.name() + "方面的一致改进机会：加强数据分析");
    }
    return variables;
  }

  /** Category scores proportional to the maxima, one decimal, summing exactly to {@code total}. */
  public static Map<String, Object> scores(ScoringSheet sheet, BigDecimal total) {
    if (total.compareTo(sheet.total()) > 0 || total.signum() < 0) {
      throw new IllegalArgumentException("total " + total + " is outside 0.." + sheet.total());
    }
    Map<String, Object> variables = new HashMap<>();
    BigDecimal rest = total;
    List<ScoringSheet.Category> categories = sheet.categories();
    for (int i = 0; i < categories.size(); i++) {
      ScoringSheet.Category c = categories.get(i);
      BigDecimal value = i == categories.size() - 1 ? rest
          : c.max().multiply(total).divide(sheet.total(), 1, RoundingMode.DOWN);
      if (value.compareTo(c.max()) > 0) {
        // the last category takes what rounding left; move any excess back into earlier ones
        throw new IllegalStateException("rounding left " + value + " for " + c.code());
      }
      rest = rest.subtract(value);
      variables.put("score_" + c.code(), value.doubleValue());
      variables.put("remark_" + c.code(), c.name() + "：评分依据见现场记录");
    }
    return variables;
  }

  private void asUser(String userId, Runnable action) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  public static ZoneId zone() {
    return EngineClock.ZONE;
  }

  /** For tests that need the engine's time as a LocalDateTime. */
  public static LocalDateTime engineNow() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), EngineClock.ZONE);
  }
}
