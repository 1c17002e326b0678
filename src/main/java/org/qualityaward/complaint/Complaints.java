package org.qualityaward.complaint;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
 * Files complaints and reports about honour holders (Art 9(6), 26, 30) and starts their {@code
 * complaint} process, in one transaction. Any honour may be complained about, valid, expired or
 * revoked: the process sorts them out.
 */
@Service
public class Complaints {

  public static final String PROCESS_KEY = ComplaintModel.PROCESS_KEY;

  /** What a filing carries; {@code enteredBy} is the office member's user id, null for the public. */
  public record FileComplaint(String complainantName, String contact, Long honourId, String grounds,
      ComplaintSource source, String enteredBy, boolean office) {}

  private final ComplaintRepository complaints;
  private final ReceiptNumbers receipts;
  private final Honours honours;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final WorkingDayCalendar clock;

  Complaints(ComplaintRepository complaints, ReceiptNumbers receipts, Honours honours,
      RuntimeService runtimeService, IdentityService identityService, WorkingDayCalendar clock) {
    this.complaints = complaints;
    this.receipts = receipts;
    this.honours = honours;
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
    try {
      honours.get(command.honourId());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldProblem("honourId", "无此荣誉记录：" + command.honourId())));
    }
    LocalDateTime now = clock.now();
    Complaint complaint = complaints.saveAndFlush(new Complaint(receipts.next("TS", now.getYear()), command.honourId(),
        source, command.complainantName().strip(), command.contact().strip(), command.grounds().strip(),
        command.enteredBy(), now));
    // the filing is a system action: the engine starts the case without the caller's identity
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      runtimeService.startProcessInstanceByKey(PROCESS_KEY, complaint.getReceiptNumber(),
          Map.of("complaintId", complaint.getId(), "honourId", complaint.getHonourId()));
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
    return complaint;
  }

  @Transactional(readOnly = true)
  public Optional<Complaint> findByReceiptNumber(String receiptNumber) {
    return complaints.findByReceiptNumber(receiptNumber);
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

  Complaint load(Object complaintId) {
    if (!(complaintId instanceof Number n)) {
      throw new IllegalArgumentException("流程变量 complaintId 缺失或不是数字：" + complaintId);
    }
    return complaints.findById(n.longValue()).orElseThrow(() -> new IllegalStateException("投诉举报 " + n + " 不存在"));
  }
}
