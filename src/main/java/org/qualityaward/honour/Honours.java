package org.qualityaward.honour;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.eligibility.ApplicationKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Honours from commendation on (Art 24, 33): each winner's record, and for award winners the
 * {@code honour} process that carries the validity. Return visits, renewal and revocation come with
 * the after-award stage.
 */
@Service("honours")
public class Honours {

  public static final String PROCESS_KEY = "honour";
  public static final String REVOKED_MESSAGE = "HonourRevoked";
  static final String BUSINESS_KEY_PREFIX = "honour-";

  private final HonourRepository honours;
  private final RuntimeService runtimeService;
  private final WorkingDayCalendar calendar;
  private final int validityYears;

  Honours(HonourRepository honours, RuntimeService runtimeService, WorkingDayCalendar calendar,
      @Value("${qa.honour.validity-years:5}") int validityYears) {
    this.honours = honours;
    this.runtimeService = runtimeService;
    this.calendar = calendar;
    this.validityYears = validityYears;
  }

  /** Records the honour; validity is 5 years to the day (Art 33), the last valid day inclusive. */
  @Transactional
  public Honour confer(String holderName, ApplicationKind kind, AwardLevel level, String holderCreditCode,
      String holderIdNumber, String groupCreditCode, Long editionId, LocalDate awardedOn) {
    Honour honour = honours.save(new Honour(holderName, kind, level, holderCreditCode, holderIdNumber,
        groupCreditCode, editionId, awardedOn, awardedOn.plusYears(validityYears).minusDays(1), HonourState.VALID));
    if (level == AwardLevel.AWARD) {
      runtimeService.startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY_PREFIX + honour.getId(),
          Map.of("honourId", honour.getId()));
    }
    return honour;
  }

  /**
   * Art 30: revokes the honour and interrupts its {@code honour} process (message {@value
   * #REVOKED_MESSAGE}); an expired honour or a nomination has no running process to interrupt.
   */
  @Transactional
  public Honour revoke(Long honourId, LocalDate revokedOn) {
    Honour honour = get(honourId);
    honour.revoke(revokedOn);
    runtimeService.createMessageCorrelation(REVOKED_MESSAGE)
        .processInstanceBusinessKey(BUSINESS_KEY_PREFIX + honourId)
        .correlateAll();
    return honour;
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
    return honours.findById(honourId).orElseThrow(() -> new IllegalArgumentException("无此荣誉记录：" + honourId));
  }
}
