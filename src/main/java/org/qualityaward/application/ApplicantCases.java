package org.qualityaward.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.qualityaward.eligibility.Finding;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.eligibility.OrganizationProfile;
import org.qualityaward.honour.HonourModel;
import org.qualityaward.honour.Honours;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as its applicant sees it on the applicant pages: only the user's own applications (another's
 * is not found, never refused, so its number tells nothing), the step the case waits for and its
 * deadline, and the corrections the applicant may still make — until the recommending unit decides
 * (its review task, Art 16, completes and the case leaves {@link ApplicationStage#RECOMMENDER_REVIEW}).
 */
@Service
public class ApplicantCases {

  /**
   * Open for corrections and further uploads: the recommending unit has not decided yet, or a renewal's holder
   * has not submitted its material (Art 33).
   */
  private static final Set<ApplicationStage> CORRECTABLE =
      EnumSet.of(ApplicationStage.SUBMITTED, ApplicationStage.RECOMMENDER_REVIEW, ApplicationStage.RENEWAL_MATERIAL);

  /** Who is to act next on the case and by when (the task's due date, set by the tasks module). */
  public record NextStep(String name, LocalDate due) {}

  /** A file uploaded with a new application, with its trade-secret mark (Art 16). */
  public record NewFile(String fileName, boolean tradeSecret, byte[] content) {}

  /** One evidence entry as the applicant sees it. */
  public record EvidenceFile(Long id, String fileName, boolean tradeSecret, boolean uploaded, Long sizeBytes) {}

  private final ApplicationRepository applications;
  private final EvidenceAttachmentRepository evidence;
  private final EvidenceFiles evidenceFiles;
  private final ApplicationCases cases;
  private final ApplicationSubmissions submissions;
  private final TaskService taskService;
  private final IdentityService identityService;

  ApplicantCases(ApplicationRepository applications, EvidenceAttachmentRepository evidence,
      EvidenceFiles evidenceFiles, ApplicationCases cases, ApplicationSubmissions submissions, TaskService taskService,
      IdentityService identityService) {
    this.submissions = submissions;
    this.applications = applications;
    this.evidence = evidence;
    this.evidenceFiles = evidenceFiles;
    this.cases = cases;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /**
   * The API's submission ({@link ApplicationSubmissions#register}: the same rules, field problems and
   * conflicts), with the files uploaded before the case starts, so that eligibility (checked at once by
   * the case's first steps) sees them and an ineligible case still keeps them.
   */
  @Transactional
  public Application submit(ApplicationSubmission submission, String userId, List<NewFile> files) {
    Application application = submissions.register(submission, userId);
    for (NewFile file : files) {
      evidenceFiles.upload(application.getId(), file.fileName(), file.tradeSecret(), file.content());
    }
    submissions.start(application);
    return application;
  }

  /** What the user submitted, newest first; renewal re-evaluations included. */
  @Transactional(readOnly = true)
  public List<Application> submittedBy(String userId) {
    return applications.findBySubmittedByOrderByIdDesc(userId);
  }

  /** The user's own application by its number; another's, or none, is not found alike. */
  @Transactional(readOnly = true)
  public Application own(String userId, String applicationNumber) {
    return applications.findByApplicationNumber(applicationNumber)
        .filter(a -> userId != null && userId.equals(a.getSubmittedBy()))
        .orElseThrow(() -> new NotFoundException("没有编号为 " + applicationNumber + " 的申报"));
  }

  public boolean correctable(Application application) {
    return CORRECTABLE.contains(application.getStage());
  }

  /** The case has ended after document review: the feedback report is there for it. */
  public boolean hasFeedbackReport(Application application) {
    return application.hasFeedbackReport();
  }

  @Transactional(readOnly = true)
  public List<Finding> findings(Application application) {
    return cases.latestFindings(application.getId());
  }

  @Transactional(readOnly = true)
  public List<EvidenceFile> evidence(Application application) {
    return evidence.findByApplicationIdOrderById(application.getId()).stream()
        .map(e -> new EvidenceFile(e.getId(), e.getFileName(), e.isTradeSecret(), e.isUploaded(), e.getSizeBytes()))
        .toList();
  }

  /**
   * The case's open user tasks with their due days; a renewal's are its steps in its honour's process (Art 33).
   * Read without the applicant's engine authorization (the tasks are the recommender's or the office's): only
   * their names and due days are shown.
   */
  public List<NextStep> nextSteps(Application application) {
    boolean renewal = application.getRenewalOfHonourId() != null;
    if ((application.getProcessInstanceId() == null && !renewal) || application.isClosed()) {
      return List.of();
    }
    TaskQuery query = renewal ? taskService.createTaskQuery()
        .processInstanceBusinessKey(Honours.businessKeyOf(application.getRenewalOfHonourId()))
        .taskDefinitionKeyIn(HonourModel.SUBMIT_RENEWAL_MATERIAL, HonourModel.RENEWAL_LEADING_GROUP_REVIEW,
            HonourModel.RENEWAL_CITY_APPROVAL)
        : taskService.createTaskQuery().processInstanceId(application.getProcessInstanceId());
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return query.orderByDueDate().asc().list().stream()
          .map(ApplicantCases::step)
          .toList();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private static NextStep step(Task task) {
    return new NextStep(task.getName(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
  }

  /** The corrected self-assessment (sections joined), while the recommending unit has not decided. */
  @Transactional
  public Application correctSelfAssessment(String userId, String applicationNumber, String selfAssessment) {
    Application application = own(userId, applicationNumber);
    checkCorrectable(application);
    application.correctSelfAssessment(selfAssessment);
    return application;
  }

  /** The organisation's profile as submitted (null for an individual's application). */
  public OrganizationProfile organizationOf(Application application) {
    return application.organization();
  }

  /** The person's profile as submitted (null for an organisation's application). */
  public IndividualProfile individualOf(Application application) {
    return application.individual();
  }

  /**
   * The corrected profile (its identifying code stays), while the recommending unit has not decided;
   * the eligibility rules run again on it at once, as at submission. Answers whether all passed.
   */
  @Transactional
  public boolean correctProfile(String userId, String applicationNumber, OrganizationProfile organization,
      IndividualProfile individual) {
    Application application = own(userId, applicationNumber);
    checkCorrectable(application);
    application.correctProfile(organization, individual);
    applications.flush();
    // a renewal's holder holds the honour it renews: the renewal's rules, not a new application's (Art 33)
    return cases.checkEligibility(application.getId(), application.getRenewalOfHonourId() == null
        ? EligibilityCheckpoint.SUBMISSION : EligibilityCheckpoint.RENEWAL);
  }

  /**
   * A further evidence file, with the checks of every upload ({@code upload.UploadedFiles}) and of every
   * applicant's upload (until the recommending unit decides, {@link EvidenceFiles}).
   */
  @Transactional
  public EvidenceFile upload(String userId, String applicationNumber, String fileName, Boolean tradeSecret,
      byte[] content) {
    Application application = own(userId, applicationNumber);
    EvidenceAttachment a = evidenceFiles.upload(application.getId(), fileName, tradeSecret, content);
    return new EvidenceFile(a.getId(), a.getFileName(), a.isTradeSecret(), true, a.getSizeBytes());
  }

  /** The applicant corrects a file's trade-secret mark until its recommending unit decides (Art 16). */
  public EvidenceFile mark(String userId, String applicationNumber, Long evidenceId, Boolean tradeSecret) {
    EvidenceAttachment a = evidenceFiles.mark(own(userId, applicationNumber).getId(), evidenceId, tradeSecret);
    return new EvidenceFile(a.getId(), a.getFileName(), a.isTradeSecret(), a.isUploaded(), a.getSizeBytes());
  }

  /** The applicant withdraws a file until its recommending unit decides (Art 16); answers the file's name. */
  public String withdraw(String userId, String applicationNumber, Long evidenceId) {
    return evidenceFiles.withdraw(own(userId, applicationNumber).getId(), evidenceId);
  }

  /** Art 16: the applicant corrects and adds to its application only until its recommending unit decides. */
  static void checkCorrectable(Application application) {
    if (application.getRenewalOfHonourId() != null && !CORRECTABLE.contains(application.getStage())) {
      throw new ConflictException("复评案件 " + application.getApplicationNumber()
          + " 的材料已提交或提交期限已届满，不能再修改或补充（第三十三条）");
    }
    if (!CORRECTABLE.contains(application.getStage())) {
      throw new ConflictException("推荐单位已对申报 " + application.getApplicationNumber()
          + " 作出审核决定，申报材料不能再修改或补充（第十六条）");
    }
  }
}
