package org.qualityaward.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * BAN, Art 32: an organisation or person whose honour was revoked may not apply for the ban's years
 * ({@code qa.revocation.ban-years}); each ban carries its first allowed day, which the texts quote.
 */
final class BanRule extends Rule {

  private final BanRecords bans;

  BanRule(BanRecords bans) {
    super("BAN", "Art 32");
    this.bans = bans;
  }

  /**
   * 在5年内不得申报: neither the day of applying nor the deadline the other conditions are judged at may fall
   * in a ban (applying while banned is refused even if the ban ends before the deadline).
   */
  @Override
  Finding check(EligibilityInput input) {
    LocalDate applied = input.appliedOn();
    LocalDate deadline = input.editionDeadline();
    List<RecordedBan> recorded = ofApplicant(input, bans::ofOrganization, bans::ofPerson);
    List<RecordedBan> inForce = recorded.stream().filter(b -> b.inForceAt(applied) || b.inForceAt(deadline)).toList();
    if (inForce.isEmpty()) {
      String days = applied.equals(deadline) ? "申报截止日 " + deadline : "申报日 " + applied + " 和申报截止日 " + deadline;
      return passed(days + " 不在任何撤销荣誉后的禁止申报期内");
    }
    // the day that falls in the ban: the day of applying when it does (and differs), else the deadline
    String banned = !applied.equals(deadline) && inForce.stream().anyMatch(b -> b.inForceAt(applied))
        ? "申报日 " + applied : "申报截止日 " + deadline;
    return failed(
        Describe.all(
                inForce,
                b ->
                    "%s的市政府质量奖荣誉于 %s 被撤销（%s），%s 起方可再次申报"
                        .formatted(b.subjectName(), b.revokedOn(), b.grounds(), b.bannedUntil()))
            + "；" + banned + " 在禁止申报期内");
  }
}
