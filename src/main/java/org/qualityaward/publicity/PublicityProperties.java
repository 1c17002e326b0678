package org.qualityaward.publicity;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code qa.publicity.*}: minimum working days (Art 16/17/18/21 "不少于5个工作日"), the zone in which
 * publicity days are counted, and how long an ended publicity stays on {@code GET /api/publicities}.
 */
@ConfigurationProperties("qa.publicity")
public record PublicityProperties(
    @DefaultValue("5") int minimumWorkingDays,
    @DefaultValue("Asia/Shanghai") ZoneId zone,
    @DefaultValue("30") int recentlyEndedDays) {
}
