package org.qualityaward.review;

import java.math.BigDecimal;

/** One member's score and written remark for one category of the sheet. */
public record CategoryScore(String category, BigDecimal score, String remark) {}
