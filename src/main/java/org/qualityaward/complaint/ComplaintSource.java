package org.qualityaward.complaint;

import org.qualityaward.revocation.RevocationGround;

/** Where a complaint comes from (Art 9(6), 26, 30) and the ground of Art 30 it suggests. */
enum ComplaintSource {
  PUBLIC("投诉举报", null),
  SPOT_CHECK("抽查不合格", RevocationGround.SPOT_CHECK_FAILURE),
  ACCIDENT_REPORT("事故报告", RevocationGround.ACCIDENT),
  /** Art 26: using the honour on products or in advertising, selling or renting it: a 30(4) case. */
  ADVERTISING_MISUSE("违规宣传", RevocationGround.VIOLATION);

  private final String label;
  private final RevocationGround suggestedGround;

  ComplaintSource(String label, RevocationGround suggestedGround) {
    this.label = label;
    this.suggestedGround = suggestedGround;
  }

  public String label() {
    return label;
  }

  /** The ground the verification form proposes first; the office may choose another. */
  public RevocationGround suggestedGround() {
    return suggestedGround;
  }

  /** Only the quality office enters spot checks, accident reports and misuse it found itself. */
  public boolean officeOnly() {
    return this != PUBLIC;
  }
}
