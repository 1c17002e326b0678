package org.qualityaward.publicity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code qa.publicity.*}: minimum working days (Art 16/17/18/21 "不少于5个工作日"), which day is a
 * period's first ({@link PublicityFirstDay}) and how long an ended publicity stays on
 * {@code GET /api/publicities}. Days are counted in the calendar's zone.
 */
@ConfigurationProperties("qa.publicity")
record PublicityProperties(
    @DefaultValue("5") int minimumWorkingDays,
    @DefaultValue("30") int recentlyEndedDays,
    @DefaultValue("NEXT_WORKING_DAY") PublicityFirstDay firstDay) {
}
