package org.qualityaward.honour;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.qualityaward.eligibility.CreditCode;
import org.qualityaward.web.FieldProblem;
import org.qualityaward.web.InvalidRequestException;

/** Art 31 as plain Java: when visits fall due, whose place it is, and what a visit record needs. */
public final class ReturnVisitRules {

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
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate date = null;
    if (visitedOn == null || visitedOn.toString().isBlank()) {
      problems.add(new FieldProblem("visitedOn", "请填写回访日期"));
    } else {
      try {
        date = visitedOn instanceof LocalDate d ? d : LocalDate.parse(visitedOn.toString().trim().substring(0,
            Math.min(10, visitedOn.toString().trim().length())));
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("visitedOn", "回访日期应为 YYYY-MM-DD：" + visitedOn));
      }
    }
    if (date != null) {
      if (date.isAfter(today)) {
        problems.add(new FieldProblem("visitedOn", "回访日期 " + date + " 不能晚于今天 " + today));
      } else if (date.isBefore(awardedOn) || date.isAfter(validUntil)) {
        problems.add(new FieldProblem("visitedOn", "回访应在有效期内（" + awardedOn + " 至 " + validUntil
            + "）进行（第三十一条）：" + date));
      }
    }
    String who = text(participants, "participants", "请填写参加回访的单位和人员", 2000, problems);
    String found = text(findings, "findings", "请填写回访了解到的经营状况和质量管理情况", 4000, problems);
    String next = text(followUp, "followUp", "请填写督促持续改进的后续措施", 4000, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new Report(date, who, found, next);
  }

  /** What the quality office did about an overdue visit: required text. */
  public static String checkChase(Object actions) {
    List<FieldProblem> problems = new ArrayList<>();
    String text = text(actions, "chaseActions", "请填写督办措施（如通知哪一单位、要求何时完成）", 4000, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return text;
  }

  private static String text(Object value, String field, String message, int max,
      List<FieldProblem> problems) {
    if (value == null || value.toString().isBlank()) {
      problems.add(new FieldProblem(field, message));
      return null;
    }
    String text = value.toString().strip();
    if (text.length() > max) {
      problems.add(new FieldProblem(field, "不超过" + max + "字"));
    }
    return text;
  }
}
