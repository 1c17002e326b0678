package org.qualityaward.honour;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code qa.honour.*}: validity (Art 33), return visits (Art 31) and the renewal invitation. Checked
 * at start-up: the application refuses to start with visits outside the validity or more than two.
 */
@ConfigurationProperties("qa.honour")
record HonourProperties(
    @DefaultValue("5") int validityYears,
    @DefaultValue ReturnVisits returnVisits,
    @DefaultValue Renewal renewal) {

  /**
   * Art 31: 有效期内进行1—2次回访. {@code afterYears}: each visit falls due this many years after the
   * award date; {@code overdueWorkingDays}: working days after that until the quality office chases it.
   */
  public record ReturnVisits(@DefaultValue({"2", "4"}) List<Integer> afterYears,
      @DefaultValue("20") int overdueWorkingDays) {}

  /**
   * Art 33 (期满可提出复评申请): the renewal invitation arrives {@code noticeDays} calendar days before the
   * validity ends, and the holder may answer until {@code daysAfterExpiry} calendar days after its last day.
   */
  public record Renewal(@DefaultValue("90") int noticeDays, @DefaultValue("90") int daysAfterExpiry) {

    /** The last day a renewal may be requested for an honour valid through {@code validUntil}. */
    LocalDate lastRequestDay(LocalDate validUntil) {
      return validUntil.plusDays(daysAfterExpiry);
    }
  }

  public HonourProperties {
    if (validityYears < 1) {
      throw new IllegalArgumentException("qa.honour.validity-years 至少为 1：" + validityYears);
    }
    List<Integer> years = returnVisits.afterYears();
    if (years == null || years.isEmpty() || years.size() > 2) {
      throw new IllegalArgumentException(
          "qa.honour.return-visits.after-years 应为1—2次回访（第三十一条）：" + years);
    }
    for (int i = 0; i < years.size(); i++) {
      Integer year = years.get(i);
      if (year == null || year < 1 || year >= validityYears) {
        throw new IllegalArgumentException("qa.honour.return-visits.after-years 的每次回访须在有效期内（1 至 "
            + (validityYears - 1) + " 年）：" + years);
      }
      if (i > 0 && year <= years.get(i - 1)) {
        throw new IllegalArgumentException("qa.honour.return-visits.after-years 须按年份递增：" + years);
      }
    }
    if (returnVisits.overdueWorkingDays() < 1) {
      throw new IllegalArgumentException(
          "qa.honour.return-visits.overdue-working-days 至少为 1：" + returnVisits.overdueWorkingDays());
    }
    if (renewal.noticeDays() < 1 || renewal.noticeDays() >= validityYears * 365) {
      throw new IllegalArgumentException("qa.honour.renewal.notice-days 应在有效期内：" + renewal.noticeDays());
    }
    if (renewal.daysAfterExpiry() < 0) {
      throw new IllegalArgumentException(
          "qa.honour.renewal.days-after-expiry 不能为负（第三十三条 期满可提出复评申请）：" + renewal.daysAfterExpiry());
    }
  }
}
