package org.qualityaward.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code qa.feedback-report.font}: the CJK font file to embed; empty for the first of the defaults found. */
@ConfigurationProperties("qa.feedback-report")
record FeedbackReportProperties(String font) {}
