package org.qualityaward.renewal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.application.EligibilityCheckpoint;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.commendation.Commendation;
import org.qualityaward.commendation.Commendations;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.forms.GovernmentApproval;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.publicity.PublicityKind;
import org.qualityaward.publicity.PublicityRequest;
import org.qualityaward.publicity.PublicityService;
import org.qualityaward.review.Rankings;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewal re-evaluation of Art 33 as the {@code honour} model calls it ({@code renewals}): the
 * holder's answer, the renewal case scored by the same {@code panel-review} as an application, the
 * award minimum of the ranking, the leading group, the publicity of the result, the city government,
 * and the reissue of the honour with a new validity.
 */
@Service("renewals")
public class Renewals {

  private final RenewalRepository renewals;
  private final RenewalDecisionRepository decisions;
  private final Honours honours;
  private final ApplicationCases cases;
  private final Scoring scoring;
  private final Rankings rankings;
  private final PublicityService publicities;
  private final Commendations commendations;
  private final WorkingDayCalendar calendar;
  private final int publicityDays;
  private final int materialWorkingDays;

  Renewals(RenewalRepository renewals, RenewalDecisionRepository decisions, Honours honours, ApplicationCases cases,
      Scoring scoring, Rankings rankings, PublicityService publicities, Commendations commendations,
      WorkingDayCalendar calendar,
      @Value("${qa.publicity.working-days:5}") int publicityDays,
      @Value("${qa.honour.renewal.material-working-days:15}") int materialWorkingDays) {
    this.renewals = renewals;
    this.decisions = decisions;
    this.honours = honours;
    this.cases = cases;
    this.scoring = scoring;
    this.rankings = rankings;
    this.publicities = publicities;
    this.commendations = commendations;
    this.calendar = calendar;
    this.publicityDays = publicityDays;
    if (materialWorkingDays < 1) {
      throw new IllegalArgumentException("qa.honour.renewal.material-working-days 至少为 1：" + materialWorkingDays);
    }
    this.materialWorkingDays = materialWorkingDays;
  }

  /** 复评申请 (its listener reads the form): the holder applies (with its updated self-assessment) or declines. */
  @Transactional
  public Renewal recordRequest(Long honourId, Function<String, Object> form, String by) {
    RenewalForms.Answer answer = RenewalForms.answer(form);
    LocalDate lastDay = honours.lastRenewalRequestDay(honourId);
    if (answer.requested() && calendar.today().isAfter(lastDay)) {
      // the timer that closes the invitation may run late (a node down, the job executor behind): the date decides
      throw new InvalidInputException(List.of(new FieldProblem("renewalRequested",
          "复评申请期限已于 " + lastDay + " 届满，不能再提出复评申请（第三十三条 期满可提出复评申请）；可参加以后届次的评选")));
    }
    if (answer.requested() && honours.get(honourId).getApplicationId() == null) {
      // the renewal case copies the winning application's profile (industry, recommender, …)
      throw new InvalidInputException(List.of(new FieldProblem("renewalRequested",
          "本荣誉未记录获奖申报材料，无法在系统中建立复评案件，请与市质强办联系")));
    }
    if (answer.requested()) {
      // refused here, while the holder is at the form, not when the case opens
      cases.renewalDeclarations(answer.creditRecords(), answer.accidents(), answer.employerCreditRecords());
    }
    return renewals.save(answer.requested()
        ? Renewal.requested(honourId, answer, by, calendar.now())
        : Renewal.declined(honourId, by, calendar.now()));
  }

  /** The invitation stayed unanswered until the validity ended. */
  @Transactional
  public Renewal recordNoRequest(Long honourId) {
    return renewals.save(Renewal.notRequested(honourId, calendar.now()));
  }

  /**
   * 建立复评案件: a case copying the winning application's profile with the new self-assessment, the holder's own
   * (its account, whoever entered the request), open for the holder's material for
   * {@code qa.honour.renewal.material-working-days} working days. An honour still on a model version without
   * 提交复评材料 ({@code withMaterial} false) is accepted at once, as that version was built for.
   */
  @Transactional
  public Renewal open(Long honourId, boolean withMaterial) {
    Renewal renewal = underReview(honourId);
    Honour honour = honours.get(honourId);
    Application application = cases.openRenewal(honour.getApplicationId(), honourId, renewal.getSelfAssessment(),
        cases.renewalDeclarations(renewal.getCreditRecords(), renewal.getAccidents(),
            renewal.getEmployerCreditRecords()),
        honour.getHolderUserId() != null ? honour.getHolderUserId() : renewal.getAnsweredBy());
    if (withMaterial) {
      renewal.underCase(application.getId(), calendar.lastDayOfOrWeekdays(calendar.today(), materialWorkingDays));
    } else {
      renewal.underCase(application.getId(), null);
      cases.enter(application.getId(), ApplicationStage.ACCEPTED);
    }
    return renewal;
  }

  /** The renewal case's number, which the holder's material form links to. */
  public String caseNumber(Long renewalId) {
    return cases.get(get(renewalId).getApplicationId()).getApplicationNumber();
  }

  /** The last day of the holder's material (提交复评材料) of the renewal under review of this honour. */
  public LocalDate materialDueOn(Long honourId) {
    return get(latestUnderReview(honourId)).getMaterialDueOn();
  }

  /** Timer of 提交复评材料: the material closes when its last day is over. */
  public Date materialClosesAt(Long honourId) {
    return calendar.startOf(materialDueOn(honourId).plusDays(1));
  }

  /**
   * 提交复评材料 (its listener): {@code by}, the holder (or the office for a holder without an account), says the
   * material is complete. A document review needs documents: refused while no file is uploaded to the renewal case
   * (Art 33 with Art 16).
   */
  @Transactional
  public void submitMaterial(Long renewalId, String by) {
    Renewal renewal = get(renewalId);
    long files = cases.uploadedEvidence(renewal.getApplicationId());
    if (files == 0) {
      throw new InvalidInputException(List.of(new FieldProblem("materialComplete",
          "复评案件 " + caseNumber(renewalId) + " 尚未上传证实性材料：请先在复评案件页面上传有效期内的证实性材料，再提交"
              + "（第三十三条、第十六条）")));
    }
    decisions.save(new RenewalDecision(renewalId, RenewalDecision.Step.MATERIAL, true,
        "获奖者已提交，证实性材料 " + files + " 份", by, calendar.now()));
  }

  /**
   * 受理复评案件: the material closes, submitted or by its last day passing (then it is recorded so); what was
   * uploaded by then is what the panels review. The case is accepted and no longer correctable.
   */
  @Transactional
  public void accept(Long renewalId) {
    Renewal renewal = get(renewalId);
    if (decisions.findByRenewalIdOrderByIdAsc(renewalId).stream()
        .noneMatch(d -> d.getStep() == RenewalDecision.Step.MATERIAL)) {
      decisions.save(new RenewalDecision(renewalId, RenewalDecision.Step.MATERIAL, true,
          "提交期限 " + renewal.getMaterialDueOn() + " 届满，按已上传的材料复评，证实性材料 "
              + cases.uploadedEvidence(renewal.getApplicationId()) + " 份", "system", calendar.now()));
    }
    cases.enter(renewal.getApplicationId(), ApplicationStage.ACCEPTED);
  }

  /**
   * 复核申报条件 (Art 33 with Art 11/12, 14, 32): the renewal case's conditions are checked again on the day
   * it opens, from the winning application's profile and today's records; a failed rule ends the renewal.
   */
  @Transactional
  public boolean checkConditions(Long renewalId) {
    Renewal renewal = get(renewalId);
    boolean passed = cases.checkEligibility(renewal.getApplicationId(), EligibilityCheckpoint.RENEWAL);
    String failed = cases.failedFindings(renewal.getApplicationId());
    decisions.save(new RenewalDecision(renewalId, RenewalDecision.Step.CONDITIONS, passed,
        passed ? "符合第十一条（第十二条）、第十四条、第三十二条规定的条件" : failed, "system", calendar.now()));
    return passed;
  }

  /** 核对复评得分: both panel scores must reach the award minimum the ranking applies (Art 20, 33). */
  @Transactional
  public boolean checkScore(Long renewalId) {
    Renewal renewal = get(renewalId);
    Application application = cases.get(renewal.getApplicationId());
    BigDecimal document = score(application, ReviewStage.DOCUMENT_REVIEW);
    BigDecimal onsite = score(application, ReviewStage.ONSITE_REVIEW);
    boolean reached = rankings.reachesAward(application.getKind(), document, onsite);
    BigDecimal minimum = rankings.awardMinimum();
    String comment = "资料评审 " + points(document) + " 分，现场评审 " + points(onsite) + " 分，累计得分折合千分制 "
        + points(rankings.scaledScore(application.getKind(), document, onsite)) + "；"
        + (minimum == null ? "未设授奖最低分" : "授奖最低分 " + points(minimum) + "（千分制，第四条第三项）")
        + (reached ? "，达到授奖分数" : "，未达到授奖分数");
    decisions.save(new RenewalDecision(renewalId, RenewalDecision.Step.SCORE, reached, comment, "system",
        calendar.now()));
    return reached;
  }

  /** What the leading group and the city government read: the holder, scores and decisions so far. */
  @Transactional(readOnly = true)
  public String summary(Long renewalId) {
    Renewal renewal = get(renewalId);
    Honour honour = honours.get(renewal.getHonourId());
    StringBuilder text = new StringBuilder(honour.getHolderName()).append("（").append(honour.getKind().label())
        .append("）于 ").append(honour.getAwardedOn()).append(" 获").append(honour.getLevel().label())
        .append("，有效期至 ").append(honour.getValidUntil()).append("。\n");
    decisions.findByRenewalIdOrderByIdAsc(renewalId).forEach(d -> text.append(d.text()).append("\n"));
    return text.toString().strip();
  }

  /** The leading group's and the city government's decision (its listener reads approved + comment). */
  @Transactional
  public RenewalDecision decide(Long renewalId, RenewalDecision.Step step, Object approved, Object comment,
      String by) {
    RenewalForms.Decision decision = RenewalForms.decision(approved, comment);
    return decisions.save(new RenewalDecision(renewalId, step, decision.approved(), decision.comment(), by,
        calendar.now()));
  }

  /**
   * The city government's decision (Art 33); an approval records its document's date and number ({@link
   * GovernmentApproval}, not before {@code askedAt}, when the approval was asked for: its task was created).
   */
  @Transactional
  public RenewalDecision decideAsCity(Long renewalId, Function<String, Object> form, Date askedAt, String by) {
    RenewalForms.Decision decision = RenewalForms.decision(form.apply("approved"), form.apply("comment"));
    RenewalDecision recorded = new RenewalDecision(renewalId, RenewalDecision.Step.CITY_GOVERNMENT, decision.approved(),
        decision.comment(), by, calendar.now());
    if (decision.approved()) {
      recorded.approvedBy(GovernmentApproval.read(form, calendar.today(), calendar.timeOf(askedAt).toLocalDate()));
    }
    return decisions.save(recorded);
  }

  /** 发布复评结果公示: the renewal result is published with objections, like the proposed winners (Art 21). */
  @Transactional
  public Long openPublicity(Long renewalId) {
    Renewal renewal = get(renewalId);
    Application application = cases.get(renewal.getApplicationId());
    Honour honour = honours.get(renewal.getHonourId());
    return publicities.publish(new PublicityRequest(honour.getHolderName() + "市政府质量奖复评结果公示",
        PublicityKind.RENEWAL_RESULT, null, calendar.today(), publicityDays, "quality-office",
        List.of(new PublicityRequest.Entry(application.getId(), application.getApplicantName(),
            "经复评拟继续授予市政府质量奖（" + application.getKind().label() + "），资料评审 "
                + points(score(application, ReviewStage.DOCUMENT_REVIEW)) + " 分，现场评审 "
                + points(score(application, ReviewStage.ONSITE_REVIEW)) + " 分（第三十三条）"))));
  }

  /** 重新颁发荣誉: a new honour and validity, trophy, plaque and certificate (Art 33). */
  @Transactional
  public Commendation reissue(Long renewalId) {
    Renewal renewal = get(renewalId);
    Commendation commendation = commendations.reissue(renewal.getHonourId(), renewal.getApplicationId(),
        cityApprovedOn(renewalId));
    String reason = "重新颁发证书 " + commendation.getCertificateNumber() + "、奖牌、水晶鼎（杯）";
    renewal.renewedAs(commendation.getHonourId(), reason, calendar.now());
    cases.end(renewal.getApplicationId(), ApplicationOutcome.RENEWED, reason);
    return commendation;
  }

  /** The date of the city government's approval (Art 33): a decision recorded before it was asked counts as entered. */
  private LocalDate cityApprovedOn(Long renewalId) {
    RenewalDecision approval = decisions.findByRenewalIdOrderByIdAsc(renewalId).stream()
        .filter(d -> d.getStep() == RenewalDecision.Step.CITY_GOVERNMENT && d.isApproved())
        .reduce((first, later) -> later)
        .orElseThrow(() -> new IllegalStateException("复评 " + renewalId + " 没有市政府批准的记录"));
    return approval.getApprovedOn() != null ? approval.getApprovedOn() : approval.getDecidedAt().toLocalDate();
  }

  /** 记录复评未通过: the refusing step's reason; an upheld objection already ended the case. */
  @Transactional
  public void notRenewed(Long renewalId) {
    Renewal renewal = get(renewalId);
    Application application = cases.get(renewal.getApplicationId());
    String reason;
    if (application.getOutcome() == ApplicationOutcome.DISQUALIFIED) {
      reason = "复评结果公示期间异议成立：" + application.getOutcomeReason();
      decisions.save(new RenewalDecision(renewalId, RenewalDecision.Step.PUBLICITY, false, application.getOutcomeReason(),
          "system", calendar.now()));
    } else {
      RenewalDecision refusal = decisions.findByRenewalIdOrderByIdAsc(renewalId).stream()
          .filter(d -> !d.isApproved()).reduce((a, b) -> b).orElseThrow();
      reason = refusal.getStep().label() + "未通过：" + refusal.getComment();
    }
    renewal.conclude(RenewalState.NOT_RENEWED, reason, calendar.now());
    if (application.getStage() != ApplicationStage.CLOSED) {
      cases.end(application.getId(), ApplicationOutcome.NOT_RENEWED, reason);
    }
  }

  /** Art 30: a revocation ends a running re-evaluation and its case. */
  @Transactional
  public void endOnRevocation(Long honourId) {
    String reason = "荣誉已于 " + honours.get(honourId).getRevokedOn() + " 撤销（第三十条），复评终止";
    for (Renewal renewal : renewals.findByHonourIdAndState(honourId, RenewalState.UNDER_REVIEW)) {
      renewal.conclude(RenewalState.ENDED_BY_REVOCATION, reason, calendar.now());
      if (renewal.getApplicationId() != null
          && cases.get(renewal.getApplicationId()).getStage() != ApplicationStage.CLOSED) {
        cases.end(renewal.getApplicationId(), ApplicationOutcome.NOT_RENEWED, reason);
      }
    }
  }

  public List<Renewal> of(Long honourId) {
    return renewals.findByHonourIdOrderByIdAsc(honourId);
  }

  /**
   * The renewal an {@code honour} instance is re-evaluating: the one under review of the honour the
   * instance was started for (the renewal runs inside the honour's own process).
   */
  public Long ofProcess(String processInstanceId) {
    return latestUnderReview(honours.ofProcess(processInstanceId));
  }

  private Long latestUnderReview(Long honourId) {
    return renewals.findByHonourIdAndState(honourId, RenewalState.UNDER_REVIEW).stream()
        .map(Renewal::getId).reduce((earlier, later) -> later)
        .orElseThrow(() -> new IllegalStateException("荣誉 " + honourId + " 没有进行中的复评"));
  }

  public Renewal get(Long renewalId) {
    return renewals.findById(renewalId).orElseThrow(() -> new IllegalArgumentException("无此复评：" + renewalId));
  }

  private Renewal underReview(Long honourId) {
    return renewals.findByHonourIdAndState(honourId, RenewalState.UNDER_REVIEW).stream()
        .filter(r -> r.getApplicationId() == null).reduce((a, b) -> b)
        .orElseThrow(() -> new IllegalStateException("荣誉 " + honourId + " 没有待建立案件的复评申请"));
  }

  private BigDecimal score(Application application, ReviewStage stage) {
    return scoring.panelReport(application.getId(), stage).getPanelScore();
  }

  private static String points(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
