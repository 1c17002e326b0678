package org.qualityaward.publicity;

import java.util.Date;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bean {@code publicityPeriod}: the one place a publicity's period is computed, by the rule of
 * {@code qa.publicity.first-day}, and stored on the publicity so every notice, page and form shows the
 * same days. Used by the timer {@code Timer_PublicityEnds} ({@code ${publicityPeriod.due(publicityId)}});
 * a year whose holiday notice is not published throws, which (asyncBefore) becomes a Cockpit incident.
 */
@Component("publicityPeriod")
public class PublicityPeriod {

  private final PublicityRepository publicities;
  private final WorkingDayCalendar workingDays;
  private final PublicityFirstDay firstDay;

  PublicityPeriod(PublicityRepository publicities, WorkingDayCalendar workingDays, PublicityProperties properties) {
    this.publicities = publicities;
    this.workingDays = workingDays;
    this.firstDay = properties.firstDay();
  }

  /** Fixes the period if not yet known and returns the instant it is over: midnight after its last day. */
  @Transactional
  public Date due(Object publicityId) {
    Publicity p = load(publicityId);
    fix(p);
    return workingDays.startOf(p.getLastDay().plusDays(1));
  }

  /**
   * Stores the first and last day once the calendar of their year is known; a period once
   * announced is never moved.
   *
   * @throws org.qualityaward.calendar.CalendarYearNotPublishedException when it is not
   */
  void fix(Publicity p) {
    if (p.getLastDay() == null) {
      p.setPeriod(firstDay.period(p.getPublishedOn(), p.getPublicityDays(), workingDays));
    }
  }

  Publicity load(Object publicityId) {
    if (!(publicityId instanceof Number n)) {
      throw new IllegalArgumentException("流程变量 publicityId 缺失或不是数字（publicityId missing: " + publicityId + "）");
    }
    return publicities.findById(n.longValue()).orElseThrow(
        () -> new IllegalStateException("公示 " + n + " 不存在（publicity " + n + " not found）"));
  }
}
