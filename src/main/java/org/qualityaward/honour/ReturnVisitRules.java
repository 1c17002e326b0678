package org.qualityaward.honour;

import java.time.LocalDate;
import java.util.List;
import org.qualityaward.eligibility.CreditCode;
import org.qualityaward.forms.FormFields;

/** Art 31 as plain Java: when visits fall due, whose place it is, and what a visit record needs. */
final class ReturnVisitRules {

  /** What the regulators record of one visit. */
  public record Report(LocalDate visitedOn, String participants, String findings, String followUp) {}

  private ReturnVisitRules() {}

  /** Each visit falls due {@code afterYears} after the award date (default the end of years 2 and 4). */
  public static List<LocalDate> dueDates(LocalDate awardedOn, List<Integer> afterYears) {
    return afterYears.stream().map(awardedOn::plusYears).toList();
  }

  /**
   * The administrative division of an organisation's place: characters 3–8 of its unified social
   * credit code ({@link CreditCode#divisionCode}), e.g. 130602 竞秀区; null for a missing or invalid code.
   */
  public static String divisionOf(String creditCode) {
    return creditCode == null || !CreditCode.isValid(creditCode) ? null : CreditCode.divisionCode(creditCode);
  }

  /**
   * Checks a visit record: the visit took place, not in the future, within the validity
   * (awardedOn..validUntil); participants, findings and follow-up actions are stated.
   */
  public static Report check(Object visitedOn, Object participants, Object findings, Object followUp,
      LocalDate awardedOn, LocalDate validUntil, LocalDate today) {
    FormFields form = new FormFields(field -> switch (field) {
      case "visitedOn" -> visitedOn;
      case "participants" -> participants;
      case "findings" -> findings;
      case "followUp" -> followUp;
      default -> null;
    });
    LocalDate date = form.date("visitedOn", "回访日期");
    if (date != null && date.isAfter(today)) {
      form.problem("visitedOn", "回访日期 " + date + " 不能晚于今天 " + today);
    } else if (date != null && (date.isBefore(awardedOn) || date.isAfter(validUntil))) {
      form.problem("visitedOn", "回访应在有效期内（" + awardedOn + " 至 " + validUntil + "）进行（第三十一条）：" + date);
    }
    String who = form.text("participants", "参加回访的单位和人员", 2000);
    String found = form.text("findings", "回访了解到的经营状况和质量管理情况", 4000);
    String next = form.text("followUp", "督促持续改进的后续措施", 4000);
    form.throwIfAny();
    return new Report(date, who, found, next);
  }

  /** What the quality office did about an overdue visit: required text. */
  public static String checkChase(Object actions) {
    FormFields form = new FormFields(field -> actions);
    String text = form.text("chaseActions", "督办措施（如通知哪一单位、要求何时完成）", 4000);
    form.throwIfAny();
    return text;
  }
}
