package org.qualityaward.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.platform.PersonalDataCipher;
import org.qualityaward.recommender.Recommender;
import org.qualityaward.recommender.Recommenders;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes applications in (Art 16): validates, stores and starts the case. */
@Service
public class ApplicationSubmissions {

  public static final String PROCESS_KEY = AwardApplicationModel.PROCESS_KEY;

  private final ApplicationRepository applications;
  private final DeclaredRecordRepository declaredRecords;
  private final EvidenceAttachmentRepository evidence;
  private final EditionService editionService;
  private final WorkingDayCalendar calendar;
  private final Recommenders recommenders;
  private final RuntimeService runtimeService;
  private final Validator validator;
  private final PersonalDataCipher cipher;
  private final ConditionReview conditionReview;

  ApplicationSubmissions(ApplicationRepository applications, DeclaredRecordRepository declaredRecords,
      EvidenceAttachmentRepository evidence, EditionService editionService,
      WorkingDayCalendar calendar, Recommenders recommenders, RuntimeService runtimeService, Validator validator,
      PersonalDataCipher cipher, ConditionReview conditionReview) {
    this.applications = applications;
    this.declaredRecords = declaredRecords;
    this.evidence = evidence;
    this.editionService = editionService;
    this.calendar = calendar;
    this.recommenders = recommenders;
    this.runtimeService = runtimeService;
    this.validator = validator;
    this.cipher = cipher;
    this.conditionReview = conditionReview;
  }

  /** API path: register, then start the case with the application number as business key. */
  @Transactional
  public Application submit(ApplicationSubmission submission, String submittedBy) {
    Application application = register(submission, submittedBy);
    start(application);
    return application;
  }

  /** Starts the case of a registered application: its first service task binds it (RegisterApplicationDelegate). */
  void start(Application application) {
    runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(application.getApplicationNumber())
        .setVariables(CaseVariables.of(application, recommender(application)))
        .execute();
  }

  /**
   * Binds a case being started to the application it names (Issue 10: starting a case registers a new
   * one). Only an application registered a moment ago qualifies: no case yet, started under its own
   * number as business key and, when a user starts it, by the user who submitted it. Anything else —
   * an existing application named to take over its case — is refused and the start rolled back.
   */
  void bindCase(Long applicationId, String businessKey, String processInstanceId, String startedBy) {
    Application application = applicationId == null ? null : applications.findById(applicationId).orElse(null);
    boolean fresh = application != null && application.getProcessInstanceId() == null
        && application.getApplicationNumber().equals(businessKey)
        && (startedBy == null || startedBy.equals(application.getSubmittedBy()));
    if (!fresh) {
      throw new InvalidInputException(List.of(new FieldProblem("applicationId",
          "只能为新登记的申报启动案件：申报 " + applicationId + " 已有案件或不属于启动人")));
    }
    application.attachProcess(processInstanceId);
  }

  /**
   * Validates and stores an application. Every field problem is reported at once; a closed intake or a
   * second live application of the same applicant to the edition is a conflict. Nothing is stored
   * from a refused request.
   */
  @Transactional
  public Application register(ApplicationSubmission submission, String submittedBy) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<ApplicationSubmission> v : validator.validate(submission)) {
      problems.add(new FieldProblem(v.getPropertyPath().toString(), SubmissionFieldNames.chinese(v)));
    }
    checkKindMatchesProfile(submission, problems);
    problems.addAll(ConditionPoints.check(submission.kind(), submission.conditions()));
    Optional<Edition> edition = Optional.ofNullable(submission.editionId()).flatMap(editionService::find);
    if (submission.editionId() != null && edition.isEmpty()) {
      problems.add(new FieldProblem("editionId", "届次 " + submission.editionId() + " 不存在"));
    }
    if (submission.recommenderCode() != null && !submission.recommenderCode().isBlank()
        && recommenders.find(submission.recommenderCode()).isEmpty()) {
      problems.add(new FieldProblem("recommenderCode",
          "推荐单位 " + submission.recommenderCode() + " 不存在（可选编码见 GET /api/recommenders）"));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(FieldProblem::field));
      throw new InvalidInputException(problems);
    }
    Edition open = editionService.heldForSubmission(edition.orElseThrow().getId());
    checkIntakeOpen(open);
    String applicantKey = applicantKey(submission);
    Application application = new Application(open.getId(), submission.kind(), submission.recommenderCode(),
        submission.organization(), submission.individual(), applicantKey, submission.declarations().noStateSecrets(),
        submission.selfAssessment(), submittedBy, calendar.now());
    applications.findByEditionIdAndActiveApplicantKey(open.getId(), applicantKey).ifPresent(existing -> {
      // its number only to whoever submitted it: anyone else who types the same code learns no more than the rule
      throw duplicate(Objects.equals(existing.getSubmittedBy(), submittedBy) ? " " + existing.getApplicationNumber() : "",
          open);
    });
    try {
      applications.saveAndFlush(application);
    } catch (DataIntegrityViolationException e) {
      // a concurrent submission of the same applicant won the unique index
      throw duplicate("（并发提交）", open);
    }
    application.number(open.getYear());
    declaredRecords.saveDeclarations(application.getId(), submission.declarations());
    conditionReview.declare(application, submission.conditions());
    submission.evidenceOrEmpty().forEach(mark -> evidence.save(
        new EvidenceAttachment(application.getId(), mark.fileName(), Boolean.TRUE.equals(mark.tradeSecret()))));
    return application;
  }

  Recommender recommender(Application application) {
    return recommenders.find(application.getRecommenderCode()).orElseThrow();
  }

  private void checkIntakeOpen(Edition edition) {
    edition.refusesApplications(calendar.today()).ifPresent(refusal -> {
      throw new ConflictException(refusal);
    });
  }

  private static void checkKindMatchesProfile(ApplicationSubmission s, List<FieldProblem> problems) {
    if (s.kind() == ApplicationKind.ORGANIZATION) {
      if (s.organization() == null) {
        problems.add(new FieldProblem("organization", "申报组织奖须填写申报组织信息 organization（第十一条）"));
      }
      if (s.individual() != null) {
        problems.add(new FieldProblem("individual", "申报组织奖时不应填写 individual"));
      }
      if (s.declarations() != null && !nullSafe(s.declarations().employerCreditRecords()).isEmpty()) {
        problems.add(new FieldProblem("declarations.employerCreditRecords",
            "所在组织的信用记录仅由身为组织最高管理者的申报个人填写（第十二条第六项）；组织自身的记录填 creditRecords（第十一条第六项）"));
      }
    } else if (s.kind() == ApplicationKind.INDIVIDUAL) {
      if (s.individual() == null) {
        problems.add(new FieldProblem("individual", "申报个人奖须填写申报个人信息 individual（第十二条）"));
      }
      if (s.organization() != null) {
        problems.add(new FieldProblem("organization", "申报个人奖时不应填写 organization"));
      }
    }
  }

  /** An ID number is stored encrypted, so a person is recognised by its keyed hash. */
  private String applicantKey(ApplicationSubmission s) {
    return s.kind() == ApplicationKind.ORGANIZATION ? s.organization().creditCode()
        : cipher.lookupHash(s.individual().idNumber());
  }

  private static ConflictException duplicate(String which, Edition edition) {
    return new ConflictException("该申报主体已向" + edition.getName() + "提交申报" + which + "，同一届不重复受理");
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }

}
