package org.qualityaward.publicity;

import java.util.Date;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bean {@code publicityPeriod}: the period of a publicity on the working-day calendar. Used by the
 * timer {@code Timer_PublicityEnds} ({@code ${publicityPeriod.due(publicityId)}}); a year whose
 * holiday notice is not published throws, which (asyncBefore) becomes a Cockpit incident.
 */
@Component("publicityPeriod")
public class PublicityPeriod {

  private final PublicityRepository publicities;
  private final WorkingDayCalendar workingDays;

  public PublicityPeriod(PublicityRepository publicities, WorkingDayCalendar workingDays) {
    this.publicities = publicities;
    this.workingDays = workingDays;
  }

  /** Stores the last working day on the publicity and returns the instant the period is over. */
  @Transactional
  public Date due(Object publicityId) {
    Publicity p = load(publicityId);
    p.setEndDate(workingDays.lastDayOf(p.getStartDate(), p.getPublicityDays()));
    return workingDays.endOf(p.getStartDate(), p.getPublicityDays());
  }

  Publicity load(Object publicityId) {
    if (!(publicityId instanceof Number n)) {
      throw new IllegalArgumentException("流程变量 publicityId 缺失或不是数字（publicityId missing: " + publicityId + "）");
    }
    return publicities.findById(n.longValue()).orElseThrow(
        () -> new IllegalStateException("公示 " + n + " 不存在（publicity " + n + " not found）"));
  }
}
