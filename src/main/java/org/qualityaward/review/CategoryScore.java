package org.qualityaward.review;

import java.math.BigDecimal;

/**
 * One member's score and written remark for one category of the sheet, with the strengths and
 * opportunities for improvement (优势 / 改进机会) the member found; the leader agrees the panel's own.
 */
public record CategoryScore(String category, BigDecimal score, String remark, String strengths, String opportunities) {

  /** A score with its remark only (comments are optional for a member). */
  public CategoryScore(String category, BigDecimal score, String remark) {
    this(category, score, remark, null, null);
  }
}
