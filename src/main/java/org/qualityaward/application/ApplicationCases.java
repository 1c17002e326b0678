package org.qualityaward.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.EditionStage;
import org.qualityaward.eligibility.AccidentRecord;
import org.qualityaward.eligibility.AccidentType;
import org.qualityaward.eligibility.CreditRecord;
import org.qualityaward.eligibility.CreditRecordType;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.eligibility.EligibilityInput;
import org.qualityaward.eligibility.EligibilityRules;
import org.qualityaward.eligibility.EvidenceMark;
import org.qualityaward.eligibility.Finding;
import org.qualityaward.forms.ReadOnlyField;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.notification.Notice;
import org.qualityaward.notification.NoticeKind;
import org.qualityaward.recommender.Recommender;
import org.qualityaward.recommender.Recommenders;
import org.qualityaward.publicity.CandidateDisqualified;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the {@code award-application} model does to a case: stage changes, eligibility checks and
 * endings. Its model calls it as {@code applicationCases} in expressions; the edition asks it
 * whether every case has passed qualification review.
 */
@Service("applicationCases")
public class ApplicationCases {

  /** Message the edition waits for while qualification reviews are still running. */
  public static final String QUALIFICATION_CONCLUDED = "QualificationConcluded";
  /**
   * Message that ends an accepted case waiting for its outcome (Art 17, 18, 21 objection upheld; Art 9(6) founded
   * complaint) and stops a panel reviewing it.
   */
  public static final String CANDIDATE_DISQUALIFIED = "CandidateDisqualified";

  private static final EnumSet<ApplicationStage> BEFORE_ACCEPTANCE = EnumSet.of(ApplicationStage.SUBMITTED,
      ApplicationStage.RECOMMENDER_REVIEW, ApplicationStage.RECOMMENDER_PUBLICITY,
      ApplicationStage.RECOMMENDER_SIGN_OFF, ApplicationStage.COUNTY_CONSENT, ApplicationStage.QUALIFICATION_REVIEW);
  /** From the accepted list (Art 17) on, while the case has no outcome: the stages a complaint may end a case in. */
  private static final EnumSet<ApplicationStage> UNDER_EVALUATION =
      EnumSet.range(ApplicationStage.ACCEPTED, ApplicationStage.ONSITE_REVIEWED);

  private final ApplicationRepository applications;
  private final DeclaredRecordRepository declaredRecords;
  private final EvidenceAttachmentRepository evidence;
  private final RecordedFindingRepository findings;
  private final EligibilityRules rules;
  private final EditionService editions;
  private final WorkingDayCalendar calendar;
  private final RuntimeService runtimeService;
  private final ApplicationEventPublisher events;
  private final Recommenders recommenders;
  /**
   * The bindings this node has looked up, the most recent 10,000: a case's instance is bound to its application
   * once, when the case starts (ApplicationSubmissions), and never again, and an instance id is never reused, so a
   * binding once read stays true on every node. The lookup was a query for every step of every case (issue 16).
   */
  private final Map<String, Long> boundCases = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
      return size() > 10_000;
    }
  });

  ApplicationCases(ApplicationRepository applications, DeclaredRecordRepository declaredRecords,
      EvidenceAttachmentRepository evidence, RecordedFindingRepository findings, EligibilityRules rules,
      EditionService editions, WorkingDayCalendar calendar, RuntimeService runtimeService,
      ApplicationEventPublisher events, Recommenders recommenders) {
    this.applications = applications;
    this.declaredRecords = declaredRecords;
    this.evidence = evidence;
    this.findings = findings;
    this.rules = rules;
    this.editions = editions;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.events = events;
    this.recommenders = recommenders;
  }

  /**
   * The application an {@code award-application} instance is bound to (RegisterApplicationDelegate):
   * what the case's steps apply to comes from our records, never from a variable (Issue 10).
   */
  Long ofProcess(String processInstanceId) {
    Long known = boundCases.get(processInstanceId);
    if (known != null) {
      return known;
    }
    Long applicationId = applications.findByProcessInstanceId(processInstanceId).map(Application::getId).orElseThrow(
        () -> new IllegalStateException("流程 " + processInstanceId + " 没有绑定的申报（no application bound to it）"));
    boundCases.put(processInstanceId, applicationId);
    return applicationId;
  }

  public Application get(Long applicationId) {
    return applications.findById(applicationId)
        .orElseThrow(() -> new NotFoundException("申报 " + applicationId + " 不存在"));
  }

  /**
   * Art 33: opens the case of a renewal re-evaluation from the winning application's profile; it
   * belongs to no edition, so rankings, quotas and the edition's gates never see it.
   */
  @Transactional
  public Application openRenewal(Long winningApplicationId, Long honourId, String selfAssessment,
      Declarations declared, String submittedBy) {
    LocalDateTime now = calendar.now();
    Application renewal = applications.save(Application.renewalOf(get(winningApplicationId), honourId,
        selfAssessment, submittedBy, now));
    renewal.numberRenewal(now.getYear());
    // the records of the validity, which the conditions are checked on again (Art 33 with Art 11(6)(7), 12(6))
    declaredRecords.saveDeclarations(renewal.getId(), declared);
    return renewal;
  }

  /** The files of a case actually uploaded (a file only declared is not evidence yet). */
  @Transactional(readOnly = true)
  public long uploadedEvidence(Long applicationId) {
    return evidence.findByApplicationIdOrderById(applicationId).stream().filter(EvidenceAttachment::isUploaded).count();
  }

  /**
   * Art 33: the records a holder declares with its renewal request (credit records, accidents, the employer's credit
   * records of a top manager), one a line as the start form takes them; refused naming each wrong line.
   */
  public Declarations renewalDeclarations(String creditRecords, String accidents, String employerCreditRecords) {
    Map<String, Object> form = new HashMap<>();
    form.put("creditRecords", creditRecords);
    form.put("accidents", accidents);
    form.put("employerCreditRecords", employerCreditRecords);
    Declarations declared = StartFormSubmission.declarations(form);
    // as the start form's rules (CreditRecord, AccidentRecord), with today the engine's
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = calendar.today();
    declared.creditRecords().forEach(r -> checkRecord(problems, "信用记录", r.date(), r.note(), today));
    declared.accidents().forEach(r -> checkRecord(problems, "事故与投诉记录", r.date(), r.note(), today));
    declared.employerCreditRecords().forEach(r -> checkRecord(problems, "所在组织信用记录", r.date(), r.note(), today));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return declared;
  }

  private static void checkRecord(List<FieldProblem> problems, String list, LocalDate date, String note,
      LocalDate today) {
    if (date.isAfter(today)) {
      problems.add(new FieldProblem(list, "记录日期 " + date + " 晚于今日"));
    }
    if (note != null && note.length() > 500) {
      problems.add(new FieldProblem(list, "记录说明过长：最多500个字符"));
    }
  }

  @Transactional
  public void enter(Long applicationId, ApplicationStage stage) {
    Application application = get(applicationId);
    application.enter(stage);
    tellApplicant(application);
  }

  /**
   * Runs the eligibility rules (Art 11-14, 16, 32, 33; on a renewal those of Art 33's re-check) and records
   * the findings at this checkpoint; answers whether all passed.
   */
  @Transactional
  public boolean checkEligibility(Long applicationId, EligibilityCheckpoint checkpoint) {
    Application application = get(applicationId);
    List<Finding> result = checkpoint == EligibilityCheckpoint.RENEWAL
        ? rules.checkRenewal(eligibilityInput(application)) : rules.check(eligibilityInput(application));
    LocalDateTime checkedAt = calendar.now(); // one instant marks the findings of one check
    result.forEach(f -> findings.save(new RecordedFinding(applicationId, checkpoint, checkedAt, f)));
    return result.stream().allMatch(Finding::passed);
  }

  /** The findings of the latest checkpoint, as the API and the office's form show them. */
  public List<Finding> latestFindings(Long applicationId) {
    List<RecordedFinding> all = findings.findByApplicationIdOrderById(applicationId);
    if (all.isEmpty()) {
      return List.of();
    }
    RecordedFinding last = all.get(all.size() - 1);
    return all.stream()
        .filter(f -> f.getCheckpoint().equals(last.getCheckpoint()) && f.getCheckedAt().equals(last.getCheckedAt()))
        .map(RecordedFinding::toFinding)
        .toList();
  }

  @Transactional
  public void endIneligible(Long applicationId) {
    end(applicationId, ApplicationOutcome.INELIGIBLE, failedFindings(applicationId));
  }

  /** The rules the case's latest check failed, with their articles and findings; empty when it passed all. */
  @Transactional(readOnly = true)
  public String failedFindings(Long applicationId) {
    return latestFindings(applicationId, f -> !f.passed());
  }

  /** The office has confirmed the registration in Baoding that the re-check marked 需核实 (Art 11(2), 17). */
  @Transactional
  public void confirmRegistration(Long applicationId, String confirmedBy) {
    get(applicationId).confirmRegistration(confirmedBy, calendar.now());
  }

  /** The findings of the latest check the office must confirm before accepting (需核实); empty when none. */
  @Transactional(readOnly = true)
  public String findingsToConfirm(Long applicationId) {
    return latestFindings(applicationId, Finding::toConfirm);
  }

  private String latestFindings(Long applicationId, Predicate<Finding> which) {
    return latestFindings(applicationId).stream()
        .filter(which)
        .map(f -> f.rule() + "（" + f.articleLabel() + "）：" + f.message())
        .collect(Collectors.joining("；"));
  }

  @Transactional
  public void end(Long applicationId, ApplicationOutcome outcome, String reason) {
    endCase(get(applicationId), outcome, reason);
  }

  /**
   * Ends a case as not recommended over the unit's head — the county body refused (Art 16), or the office closed it
   * past the unit's deadline —, and tells the unit, whose candidate it was.
   */
  @Transactional
  public void endNotRecommendedByOthers(Long applicationId, String reason) {
    endTellingRecommender(get(applicationId), ApplicationOutcome.NOT_RECOMMENDED, reason);
  }

  /** Ends a case the recommending unit is working on or has recommended, and tells the unit. */
  void endTellingRecommender(Application application, ApplicationOutcome outcome, String reason) {
    endCase(application, outcome, reason);
    tellRecommender(application);
  }

  /** Before the accepted list (Art 17): the unit's steps and the office's qualification review. */
  static boolean beforeAcceptance(Application application) {
    return BEFORE_ACCEPTANCE.contains(application.getStage());
  }

  /** Only a case ending before acceptance can be the one the edition's qualification gate waits for. */
  private void endCase(Application application, ApplicationOutcome outcome, String reason) {
    boolean inQualification = BEFORE_ACCEPTANCE.contains(application.getStage());
    application.end(outcome, reason);
    tellApplicant(application);
    if (application.hasFeedbackReport()) {
      events.publishEvent(Notice.toUser(NoticeKind.FEEDBACK_READY, application.getSubmittedBy(),
          "您的申报 " + application.getApplicationNumber() + " 的评审反馈报告已可下载",
          "/applicant/applications/" + application.getApplicationNumber() + "#feedback"));
    }
    if (inQualification) {
      notifyEditionIfQualificationDone(application.getEditionId());
    }
  }

  /** Art 17: the case is on the accepted list (受理名单). */
  @Transactional
  public void accept(Long applicationId) {
    Application application = get(applicationId);
    application.enter(ApplicationStage.ACCEPTED);
    tellApplicant(application);
    notifyEditionIfQualificationDone(application.getEditionId());
  }

  /**
   * The case's panel report of the stage it is in is accepted (Art 18, 19). A case that ended while its panel ran
   * (disqualified: the panel stopped without a report) has nothing to record.
   */
  @Transactional
  public void reviewed(Long applicationId) {
    Application application = get(applicationId);
    if (application.isClosed()) {
      return;
    }
    application.enter(switch (application.getStage()) {
      case DOCUMENT_REVIEW -> ApplicationStage.DOCUMENT_REVIEWED;
      case ONSITE_REVIEW -> ApplicationStage.ONSITE_REVIEWED;
      default -> throw new IllegalStateException(application.getApplicationNumber() + " 不在评审中");
    });
    tellApplicant(application);
  }

  /** The applicant's notice of the stage or outcome their case has reached; the reasons stay on the case's page. */
  private void tellApplicant(Application application) {
    String number = application.getApplicationNumber();
    ApplicationOutcome outcome = application.getOutcome();
    NoticeKind kind = outcome == null ? NoticeKind.STAGE_CHANGED : switch (outcome) {
      case NOT_RECOMMENDED -> NoticeKind.NOT_RECOMMENDED;
      case INELIGIBLE, REJECTED -> NoticeKind.NOT_ACCEPTED;
      case DISQUALIFIED -> NoticeKind.DISQUALIFIED;
      case AWARD, NOMINATION, RENEWED -> NoticeKind.AWARDED;
      case NOT_AWARDED, NOT_RENEWED, WITHDRAWN -> NoticeKind.STAGE_CHANGED;
    };
    String title = outcome == null ? "您的申报 " + number + " 进入「" + application.getStage().label() + "」阶段"
        : "您的申报 " + number + " 已办结：" + outcome.label();
    events.publishEvent(Notice.toUser(kind, application.getSubmittedBy(), title, "/applicant/applications/" + number));
  }

  /** The recommending unit's people hear that their candidate's case ended and why (the case file says it). */
  private void tellRecommender(Application application) {
    Optional<Recommender> unit = application.getRenewalOfHonourId() != null || application.getRecommenderCode() == null
        ? Optional.empty() : recommenders.find(application.getRecommenderCode());
    if (unit.isEmpty()) {
      return;
    }
    String number = application.getApplicationNumber();
    events.publishEvent(new Notice(NoticeKind.CANDIDATE_CASE_ENDED, Set.of(), Set.of(unit.get().groupId()), Set.of(),
        "推荐对象 " + application.getApplicantName() + "（" + number + "）已办结：" + application.getOutcome().label(),
        "/cases/" + number));
  }

  /**
   * 知悉不予受理理由 shows every reason recorded (Art 17: 向推荐单位说明理由), as far as the engine's text holds;
   * the case file has the whole.
   */
  public String rejectionReasons(Long applicationId) {
    Application application = get(applicationId);
    return ReadOnlyField.fit(application.getOutcomeReason(), "案卷 /cases/" + application.getApplicationNumber());
  }

  public boolean isDisqualified(Long applicationId) {
    return get(applicationId).getOutcome() == ApplicationOutcome.DISQUALIFIED;
  }

  /**
   * The edition's gate after intake closes: no case is left before acceptance or rejection. Asked
   * under the edition's lock, after this transaction's own stage change is flushed.
   */
  @Transactional
  public boolean qualificationReviewsConcluded(Long editionId) {
    applications.flush();
    editions.lock(editionId);
    return applications.countByEditionIdAndStageIn(editionId, BEFORE_ACCEPTANCE) == 0;
  }

  /**
   * An upheld objection (Art 16, 17, 21) or a founded complaint the office disqualifies on (Art 9(6), 17) ends the
   * named candidate's case.
   */
  @EventListener
  @Transactional
  public void on(CandidateDisqualified event) {
    Application application = get(event.applicationId());
    endCase(application, ApplicationOutcome.DISQUALIFIED, event.reason());
    tellRecommender(application);
    // an accepted case waits for its outcome and a panel reviewing it stops (both hold the case's id); a case
    // inside a publicity reads the outcome afterwards. Only those two models subscribe to this message; any
    // instance holding an applicationId variable (a multi-instance's local one included) would match if it did
    runtimeService.createMessageCorrelation(CANDIDATE_DISQUALIFIED)
        .processInstanceVariableEquals("applicationId", application.getId())
        .correlateAll();
  }

  /**
   * Art 32: an applicant banned while a case of its is being evaluated (an earlier honour revoked after the case was
   * accepted; Art 30(1) has no time limit) is no candidate any more: each such case ends disqualified, as a founded
   * complaint would end it. A case at the qualification review has its conditions checked again (the office cannot
   * accept it); one before meets the ban when its review opens; one whose edition's list is with the city government
   * is left to the revocation procedure (Art 22, 30).
   * {@code applicantKey}: the organisation's credit code, or the lookup hash of the person's ID number.
   */
  @Transactional
  public void disqualifyBanned(String applicantKey, String reason) {
    for (Application a : applications.findByActiveApplicantKey(applicantKey)) {
      if (whyNotDisqualifiable(a.getId()).isEmpty()) {
        // published, not called: a publicity still showing the case marks it too (PublicityService)
        events.publishEvent(new CandidateDisqualified(a.getId(), null, reason));
      } else if (a.getStage() == ApplicationStage.QUALIFICATION_REVIEW) {
        // its conditions were checked when the review opened: again, so the office cannot accept it (BAN)
        checkEligibility(a.getId(), EligibilityCheckpoint.QUALIFICATION_REVIEW);
      }
    }
  }

  /**
   * Why the office may not end this case as disqualified on a founded complaint (Art 9(6), 17), or empty when it
   * may: an edition's accepted case still being evaluated, until the edition's list goes to the city government
   * (Art 22: what it approves is the list as published; commendation follows). Before acceptance the recommending
   * unit and the qualification review decide on the same facts (Art 16, 17); a case with its outcome is no
   * candidate any more (a holder's honour is revoked, Art 30); a renewal is the holder's re-evaluation (Art 33).
   */
  public Optional<String> whyNotDisqualifiable(Long applicationId) {
    Application a = get(applicationId);
    EditionStage edition = a.getEditionId() == null ? null : editions.get(a.getEditionId()).getStage();
    return whyNotDisqualifiable(a.getApplicationNumber(), edition, a.getStage(), a.getOutcome());
  }

  /** {@code edition} is the stage of the case's edition, null for a renewal. */
  static Optional<String> whyNotDisqualifiable(String number, EditionStage edition, ApplicationStage stage,
      ApplicationOutcome outcome) {
    if (outcome != null) {
      return Optional.of("申报 " + number + " 已有结果（" + outcome.label() + "），不再是参评对象，不能取消参评资格"
          + (outcome == ApplicationOutcome.AWARD || outcome == ApplicationOutcome.NOMINATION
              ? "；获奖单位或个人的问题按撤销程序办理（第三十条）" : ""));
    }
    if (edition == null) {
      return Optional.of("申报 " + number + " 是获奖单位或个人的复评（第三十三条），不是届次的参评对象；"
          + "其问题按撤销程序办理（第三十条）");
    }
    if (!UNDER_EVALUATION.contains(stage)) {
      return Optional.of("申报 " + number + " 尚未受理（" + stage.label() + "）：请由推荐单位审核或市质强办资格审查"
          + "依核实情况决定不予推荐或不予受理（第十六条、第十七条）");
    }
    if (edition.compareTo(EditionStage.CITY_APPROVAL) >= 0) {
      return Optional.of("本届授奖建议名单已报市政府审批（" + edition.label() + "，第二十二条），不能再取消参评资格；"
          + "如获奖，其问题按撤销程序办理（第三十条）");
    }
    return Optional.empty();
  }

  private void notifyEditionIfQualificationDone(Long editionId) {
    if (qualificationReviewsConcluded(editionId)) {
      runtimeService.createMessageCorrelation(QUALIFICATION_CONCLUDED)
          .processInstanceBusinessKey(editions.get(editionId).businessKey())
          .correlateAll();
    }
  }

  EligibilityInput eligibilityInput(Application application) {
    List<DeclaredRecord> records = declaredRecords.findByApplicationIdOrderByRecordDate(application.getId());
    List<AccidentRecord> accidents = records.stream().filter(r -> DeclaredRecord.ACCIDENT.equals(r.getCategory()))
        .map(r -> new AccidentRecord(AccidentType.valueOf(r.getType()), r.getRecordDate(), r.getNote())).toList();
    List<EvidenceMark> marks = evidence.findByApplicationIdOrderById(application.getId()).stream()
        .map(a -> new EvidenceMark(a.getFileName(), a.isTradeSecret())).toList();
    // a renewal case has no edition: its conditions are judged on the day it is opened
    LocalDate judgedOn = application.getEditionId() == null
        ? calendar.today() : editions.get(application.getEditionId()).getApplicationDeadline();
    LocalDate appliedOn = application.getSubmittedAt() == null ? judgedOn : application.getSubmittedAt().toLocalDate();
    return new EligibilityInput(application.getId(), application.getEditionId(), judgedOn, appliedOn,
        application.getKind(),
        application.organization(), application.individual(),
        new Declarations(application.getNoStateSecrets(), credit(records, DeclaredRecord.CREDIT), accidents,
            credit(records, DeclaredRecord.EMPLOYER_CREDIT)), marks);
  }

  private static List<CreditRecord> credit(List<DeclaredRecord> records, String category) {
    return records.stream().filter(r -> category.equals(r.getCategory()))
        .map(r -> new CreditRecord(CreditRecordType.valueOf(r.getType()), r.getRecordDate(), r.getNote())).toList();
  }
}
