package org.qualityaward.complaint;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.honour.Honours;
import org.qualityaward.identity.Role;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotAllowedException;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.platform.ReceiptNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files complaints and reports (Art 9(6)) and starts their {@code complaint} process, in one transaction.
 * They concern a holder (Art 26, 30: any honour, valid, expired or revoked: the process sorts them out),
 * a candidate during the evaluation, or a person working on the award (Art 29).
 */
@Service
public class Complaints {

  public static final String PROCESS_KEY = ComplaintModel.PROCESS_KEY;

  /**
   * What a filing carries; {@code enteredBy} is the office member's user id, null for the public. Of
   * {@code honourId}, {@code applicationId} and {@code personName}/{@code personRole} only the subject's count.
   */
  public record FileComplaint(String complainantName, String contact, ComplaintSubject subject, Long honourId,
      Long applicationId, String personName, String personRole, String grounds, ComplaintSource source,
      String enteredBy, boolean office) {

    /** A complaint about a holder. */
    public FileComplaint(String complainantName, String contact, Long honourId, String grounds,
        ComplaintSource source, String enteredBy, boolean office) {
      this(complainantName, contact, ComplaintSubject.HOLDER, honourId, null, null, null, grounds, source,
          enteredBy, office);
    }
  }

  /** A person's ID or phone number: not to be kept with the name of someone complained about (PIPL). */
  private static final Pattern NUMBER = Pattern.compile("\\d{6,}");

  private final ComplaintRepository complaints;
  private final ReceiptNumbers receipts;
  private final Honours honours;
  private final ApplicationCases cases;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final WorkingDayCalendar clock;

  Complaints(ComplaintRepository complaints, ReceiptNumbers receipts, Honours honours, ApplicationCases cases,
      RuntimeService runtimeService, IdentityService identityService, WorkingDayCalendar clock) {
    this.complaints = complaints;
    this.receipts = receipts;
    this.honours = honours;
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Transactional
  public Complaint file(FileComplaint command) {
    ComplaintSource source = command.source() == null ? ComplaintSource.PUBLIC : command.source();
    if (source.officeOnly() && !command.office()) {
      throw new NotAllowedException("“" + source.label() + "”（" + source + "）只能由市质强办登录后录入；公众请以 PUBLIC 投诉举报");
    }
    Complaint.Concerning concerning = concerning(command, source);
    LocalDateTime now = clock.now();
    Complaint complaint = complaints.saveAndFlush(new Complaint(receipts.next("TS", now.getYear()), concerning,
        source, command.complainantName().strip(), command.contact().strip(), command.grounds().strip(),
        command.enteredBy(), now));
    // the filing is a system action: the engine starts the case without the caller's identity
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      Map<String, Object> variables = new HashMap<>(Map.of("complaintId", complaint.getId()));
      if (complaint.getHonourId() != null) {
        variables.put("honourId", complaint.getHonourId());
      }
      runtimeService.startProcessInstanceByKey(PROCESS_KEY, complaint.getReceiptNumber(), variables);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
    return complaint;
  }

  /**
   * Whom the filing concerns, checked against our records: an honour on record (HOLDER), an application still
   * in the evaluation (CANDIDATE), or a named person with their role on the award (AWARD_STAFF, Art 29). The
   * office's own sources (spot checks, accidents, misuse) are about holders only (Art 26, 30).
   */
  private Complaint.Concerning concerning(FileComplaint command, ComplaintSource source) {
    ComplaintSubject subject = command.subject() == null ? ComplaintSubject.HOLDER : command.subject();
    if (subject != ComplaintSubject.HOLDER && source != ComplaintSource.PUBLIC) {
      throw new InvalidInputException(List.of(new FieldProblem("source", "“" + source.label()
          + "”只适用于对获奖单位或个人的投诉举报（第二十六条、第三十条）")));
    }
    return switch (subject) {
      case HOLDER -> new Complaint.Concerning(subject, heldHonour(command.honourId()), null, null, null);
      case CANDIDATE -> new Complaint.Concerning(subject, null, candidate(command.applicationId()), null, null);
      case AWARD_STAFF -> {
        List<FieldProblem> problems = new ArrayList<>();
        String name = named(command.personName(), "personName", "被投诉举报人员的姓名或机构名称", problems);
        String role = named(command.personRole(), "personRole", "其在评审工作中的职责（如评审员、工作人员）", problems);
        if (!problems.isEmpty()) {
          throw new InvalidInputException(problems);
        }
        yield new Complaint.Concerning(subject, null, null, name, role);
      }
    };
  }

  private Long heldHonour(Long honourId) {
    if (honourId == null) {
      throw new InvalidInputException(List.of(new FieldProblem("honourId", "请填写被投诉举报的荣誉编号（honourId）")));
    }
    try {
      honours.get(honourId);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldProblem("honourId", "无此荣誉记录：" + honourId)));
    }
    return honourId;
  }

  private Long candidate(Long applicationId) {
    if (applicationId == null) {
      throw new InvalidInputException(List.of(new FieldProblem("applicationId", "请填写被投诉举报的申报编号（applicationId）")));
    }
    Application application;
    try {
      application = cases.get(applicationId);
    } catch (NotFoundException e) {
      throw new InvalidInputException(List.of(new FieldProblem("applicationId", "无此申报：" + applicationId)));
    }
    if (application.getOutcome() != null) {
      throw new InvalidInputException(List.of(new FieldProblem("applicationId", "申报 " + applicationId
          + " 的评选已结束，不再是参评对象；对获奖单位或个人的投诉举报请注明荣誉编号（honourId）")));
    }
    return applicationId;
  }

  /** 2 to 50 characters and no ID or phone numbers: the engine's form variables show them. */
  private static String named(String value, String field, String what, List<FieldProblem> problems) {
    String text = value == null ? "" : value.strip();
    if (text.length() < 2 || text.length() > 50) {
      problems.add(new FieldProblem(field, "请填写" + what + "（2至50个字，第二十九条）"));
    } else if (NUMBER.matcher(text).find()) {
      problems.add(new FieldProblem(field, what + "中请勿填写身份证号、电话等号码"));
    }
    return text;
  }

  @Transactional(readOnly = true)
  public Optional<Complaint> findByReceiptNumber(String receiptNumber) {
    return complaints.findByReceiptNumber(ReceiptNumbers.typed(receiptNumber));
  }

  /**
   * The complaint with the complainant's name and contact, for its handlers only — the quality office (and
   * administrators): the verification task links here instead of carrying them, so the engine's variables and
   * history never hold them.
   */
  @Transactional(readOnly = true)
  public Complaint complainant(String receiptNumber) {
    Complaint complaint = findByReceiptNumber(receiptNumber)
        .orElseThrow(() -> new NotFoundException("投诉举报受理编号 " + receiptNumber + " 不存在"));
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (!groups.contains(Role.QUALITY_OFFICE.groupId()) && !groups.contains(Role.CAMUNDA_ADMIN.groupId())) {
      throw new NotAllowedException("投诉举报 " + receiptNumber + " 的投诉举报人信息仅供市质强办查看");
    }
    return complaint;
  }

  @Transactional(readOnly = true)
  public List<Complaint> ofHonour(Long honourId) {
    return complaints.findByHonourIdOrderByIdAsc(honourId);
  }

  /** The complaint a {@code complaint} instance was started for: its business key is the receipt number we set. */
  Complaint ofReceipt(String receiptNumber) {
    return complaints.findByReceiptNumber(receiptNumber)
        .orElseThrow(() -> new IllegalStateException("投诉举报 " + receiptNumber + " 不存在"));
  }

  /**
   * The complaint bound to an instance by 受理登记: what the steps apply to comes from our records, never from
   * a variable a user could set.
   */
  Complaint ofProcess(String processInstanceId) {
    return complaints.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "流程 " + processInstanceId + " 没有绑定的投诉举报（no complaint bound to it）"));
  }
}
