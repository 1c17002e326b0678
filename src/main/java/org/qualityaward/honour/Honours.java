package org.qualityaward.honour;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.platform.PersonalDataCipher;
import org.qualityaward.recommender.Recommender;
import org.qualityaward.recommender.RecommenderType;
import org.qualityaward.recommender.Recommenders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Honours from commendation on (Art 24, 30, 31, 33): each winner's record, and for award winners the
 * {@code honour} process that carries the validity, return visits and the renewal invitation. Its
 * model calls it as {@code honours}.
 */
@Service("honours")
public class Honours {

  public static final String PROCESS_KEY = HonourModel.PROCESS_KEY;
  public static final String REVOKED_MESSAGE = "HonourRevoked";
  static final String BUSINESS_KEY_PREFIX = "honour-";
  /** Art 31: the city market regulators; the county regulator of the holder's place joins them. */
  static final String MARKET_REGULATOR_GROUP = "market-regulator";
  static final String QUALITY_OFFICE_GROUP = "quality-office";

  private final HonourRepository honours;
  private final ReturnVisitRepository visits;
  private final ReturnVisitEscalationRepository escalations;
  private final Recommenders recommenders;
  private final RuntimeService runtimeService;
  private final WorkingDayCalendar calendar;
  private final HonourProperties properties;
  private final PersonalDataCipher cipher;

  Honours(HonourRepository honours, ReturnVisitRepository visits, ReturnVisitEscalationRepository escalations,
      Recommenders recommenders, RuntimeService runtimeService,
      WorkingDayCalendar calendar, HonourProperties properties, PersonalDataCipher cipher) {
    this.honours = honours;
    this.visits = visits;
    this.escalations = escalations;
    this.recommenders = recommenders;
    this.runtimeService = runtimeService;
    this.calendar = calendar;
    this.properties = properties;
    this.cipher = cipher;
  }

  /**
   * Records the honour; validity is 5 years to the day (Art 33), the last valid day inclusive. The
   * winning application and its applicant user are kept: the renewal invitation goes to that user
   * (both null for an honour recorded without them, e.g. the demo's earlier winner).
   */
  @Transactional
  public Honour confer(String holderName, ApplicationKind kind, AwardLevel level, String holderCreditCode,
      String holderIdNumber, String groupCreditCode, Long editionId, LocalDate awardedOn, Long applicationId,
      String holderUserId) {
    Honour honour = new Honour(holderName, kind, level, holderCreditCode, holderIdNumber,
        cipher.lookupHash(holderIdNumber), groupCreditCode, editionId, awardedOn,
        awardedOn.plusYears(properties.validityYears()).minusDays(1), HonourState.VALID);
    honour.heldThrough(applicationId, holderUserId);
    honour = honours.save(honour);
    start(honour);
    return honour;
  }

  /**
   * Art 33: after a successful renewal the holder gets a new honour (level AWARD) whose validity starts
   * the day after the old one ends, or on {@code approvedOn} if that is later; its own {@code honour}
   * process starts. The old honour keeps running to its own expiry.
   */
  @Transactional
  public Honour reissue(Long honourId, LocalDate approvedOn, Long renewalApplicationId) {
    Honour old = get(honourId);
    LocalDate dayAfter = old.getValidUntil().plusDays(1);
    LocalDate validFrom = approvedOn.isAfter(dayAfter) ? approvedOn : dayAfter;
    Honour renewed = honours.save(old.renewedAs(validFrom, properties.validityYears(), renewalApplicationId));
    start(renewed);
    return renewed;
  }

  /** Starts the honour's process and binds it to the honour: its steps find the honour in our records. */
  private void start(Honour honour) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY,
        businessKeyOf(honour.getId()), Map.of("honourId", honour.getId()));
    honour.attachProcess(instance.getId());
  }

  /**
   * The honour an {@code honour} instance was started for: what its steps apply to comes from our
   * records, never from a variable.
   */
  public Long ofProcess(String processInstanceId) {
    return honours.findByProcessInstanceId(processInstanceId).map(Honour::getId).orElseThrow(
        () -> new IllegalStateException("流程 " + processInstanceId + " 没有绑定的荣誉（no honour bound to it）"));
  }

  /**
   * Art 30: revokes the honour and interrupts its {@code honour} process (message {@value
   * #REVOKED_MESSAGE}); an expired honour has no running process to interrupt. The honour a renewal reissued
   * from it falls with it: the renewal continued this honour (Art 33), and a holder banned for five years (Art 32)
   * cannot keep a valid award. Returns the honours revoked: this one first, then those reissued from it.
   */
  @Transactional
  public List<Honour> revoke(Long honourId, LocalDate revokedOn) {
    Honour honour = get(honourId);
    honour.revoke(revokedOn);
    runtimeService.createMessageCorrelation(REVOKED_MESSAGE)
        .processInstanceBusinessKey(businessKeyOf(honourId))
        .correlateAll();
    List<Honour> revoked = new ArrayList<>(List.of(honour));
    honours.findByRenewalOfHonourId(honourId).filter(renewed -> renewed.getState() != HonourState.REVOKED)
        .ifPresent(renewed -> revoked.addAll(revoke(renewed.getId(), revokedOn)));
    return revoked;
  }

  /** The {@code honour} instances' business keys of the honours an application won (Art 22; one, or none). */
  public List<String> businessKeysOf(Long applicationId) {
    return honours.findByApplicationId(applicationId).stream().map(h -> businessKeyOf(h.getId())).toList();
  }

  /** The business key of the honour's {@code honour} instance. */
  public static String businessKeyOf(Long honourId) {
    return BUSINESS_KEY_PREFIX + honourId;
  }

  /** Timer of the {@code honour} model: the validity ends when its last day is over. */
  public Date validityEndsAt(Long honourId) {
    return calendar.startOf(get(honourId).getValidUntil().plusDays(1));
  }

  @Transactional
  public void expire(Long honourId) {
    get(honourId).expire();
  }

  public Honour get(Long honourId) {
    return find(honourId).orElseThrow(() -> new IllegalArgumentException("无此荣誉记录：" + honourId));
  }

  public Optional<Honour> find(Long honourId) {
    return honours.findById(honourId);
  }

  // ---- return visits (Art 31) --------------------------------------------------------------------

  /**
   * Art 33: re-evaluation (复评) continues the award with its 水晶鼎 (Art 24 gives that to the award only),
   * so it is the award's path; a nomination ends with its validity and its holder may apply anew.
   */
  public boolean renewalApplies(Long honourId) {
    return get(honourId).getLevel() == AwardLevel.AWARD;
  }

  /**
   * Art 31 names 获奖组织: organisations are visited, individuals are not; a nominated organisation too, as
   * Art 3 makes 提名奖 a level of the award and the visits' aim (督促其持续改进提升) is the same.
   */
  public boolean returnVisitsApply(Long honourId) {
    return get(honourId).getKind() == ApplicationKind.ORGANIZATION;
  }

  /** The days the visits fall due (ISO dates: the multi-instance element {@code visitDate}). */
  public List<String> returnVisitDates(Long honourId) {
    return ReturnVisitRules.dueDates(get(honourId).getAwardedOn(), properties.returnVisits().afterYears()).stream()
        .map(LocalDate::toString).toList();
  }

  /** Timer: the visit falls due at the start of its day (calendar days). */
  public Date visitDueAt(String visitDate) {
    return calendar.startOf(LocalDate.parse(visitDate));
  }

  /** Timer: a visit not recorded within the configured working days of its due day is overdue. */
  public Date visitOverdueAt(String visitDate) {
    return calendar.endOf(LocalDate.parse(visitDate), properties.returnVisits().overdueWorkingDays());
  }

  /** Art 31: the organisation holder's registered address as on its winning application. */
  @Transactional
  public void registeredAt(Long honourId, String address) {
    get(honourId).registeredAt(address);
  }

  /**
   * Art 31: the city market regulators and the county regulator of the holder's place: the county recommender
   * whose division is the credit code's characters 3–8, or, for a code the city or the province issued (1306 00,
   * 130000), the one whose county the registered address names; the city alone if none.
   */
  public List<String> returnVisitGroups(Long honourId) {
    Honour honour = get(honourId);
    List<String> groups = new ArrayList<>(List.of(MARKET_REGULATOR_GROUP));
    List<Recommender> counties = recommenders.ofType(RecommenderType.COUNTY_REGULATOR);
    String division = ReturnVisitRules.divisionOf(honour.getHolderCreditCode());
    List<Recommender> byCode = counties.stream().filter(r -> division != null && division.equals(r.getCountyCode()))
        .toList();
    String address = honour.getHolderAddress();
    List<Recommender> county = !byCode.isEmpty() || address == null ? byCode
        : counties.stream().filter(r -> r.getCountyName() != null && address.contains(r.getCountyName())).toList();
    county.stream().map(Recommender::groupId).forEach(groups::add);
    return groups;
  }

  /** 回访获奖组织 (its listener reads the form): stores the visit due on {@code visitDate}, or refuses the form with its field problems. */
  @Transactional
  public ReturnVisit recordReturnVisit(Long honourId, String visitDate, Object visitedOn, Object participants,
      Object findings, Object followUp, String recordedBy) {
    Honour honour = get(honourId);
    ReturnVisitRules.Report report = ReturnVisitRules.check(visitedOn, participants, findings, followUp,
        honour.getAwardedOn(), honour.getValidUntil(), calendar.today());
    return visits.save(new ReturnVisit(honourId, LocalDate.parse(visitDate), report, recordedBy, calendar.now()));
  }

  /** 督办逾期回访 (its listener reads the form): what the office did; escalated when the task was created. */
  @Transactional
  public ReturnVisitEscalation recordOverdueChase(Long honourId, String visitDate, Object chaseActions,
      Date escalated, String recordedBy) {
    String actions = ReturnVisitRules.checkChase(chaseActions);
    LocalDateTime escalatedAt = escalated == null ? calendar.now() : calendar.timeOf(escalated);
    return escalations.save(new ReturnVisitEscalation(get(honourId).getId(), LocalDate.parse(visitDate), escalatedAt,
        actions, recordedBy, calendar.now()));
  }

  public List<ReturnVisit> visitsOf(Long honourId) {
    return visits.findByHonourIdOrderByVisitedOnAscIdAsc(honourId);
  }

  public List<ReturnVisitEscalation> escalationsOf(Long honourId) {
    return escalations.findByHonourIdOrderByIdAsc(honourId);
  }

  // ---- renewal invitation (Art 33) ---------------------------------------------------------------

  /** Timer: the invitation arrives the configured days before the validity ends. */
  public Date renewalNoticeAt(Long honourId) {
    return calendar.startOf(get(honourId).getValidUntil().plusDays(1).minusDays(properties.renewal().noticeDays()));
  }

  /** The last day the holder may request renewal (Art 33 期满可提出复评申请): some days after the validity. */
  public LocalDate lastRenewalRequestDay(Long honourId) {
    return properties.renewal().lastRequestDay(get(honourId).getValidUntil());
  }

  /** Timer of the renewal request: it closes unanswered when its last day is over. */
  public Date renewalRequestClosesAt(Long honourId) {
    return calendar.startOf(lastRenewalRequestDay(honourId).plusDays(1));
  }

  /** The applicant user who submitted the winning application; null for honours recorded without one. */
  public String holderUserId(Long honourId) {
    return get(honourId).getHolderUserId();
  }

  /**
   * Without a known holder user (honours recorded before holders were) the invitation goes to the
   * quality office, which enters the holder's written answer — not to the whole applicant group, where
   * any applicant could apply or decline for another holder.
   */
  public List<String> renewalCandidateGroups(Long honourId) {
    return get(honourId).getHolderUserId() == null ? List.of(QUALITY_OFFICE_GROUP) : List.of();
  }
}
