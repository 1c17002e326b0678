package org.qualityaward.casefile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.qualityaward.application.Application;
import org.qualityaward.application.CaseFileRecords;
import org.qualityaward.audit.AuditLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The case file (案卷) at {@code /cases/{applicationNumber}} and its files at
 * {@code /cases/{applicationNumber}/files/{evidenceId}}, served inline for the in-page preview. Who may
 * open them comes from {@link CaseFileAccess}; every opening is logged ({@link CaseFileLog}).
 */
@Controller
@RequestMapping("/cases")
class CaseFileController {

  /**
   * A file's own policy: it may be shown in a frame of this origin (the case file's preview) and, being a
   * PDF, needs the browser's viewer (object-src falls back to 'self'); nothing from elsewhere.
   */
  static final String FILE_POLICY = "default-src 'self'; frame-ancestors 'self'; form-action 'none'";

  private final CaseFileRecords records;
  private final CaseFileAccess access;
  private final CaseFilePage page;
  private final CaseFileLog log;
  private final AuditLog auditLog;

  CaseFileController(CaseFileRecords records, CaseFileAccess access, CaseFilePage page, CaseFileLog log,
      AuditLog auditLog) {
    this.records = records;
    this.access = access;
    this.page = page;
    this.log = log;
    this.auditLog = auditLog;
  }

  @GetMapping("/{applicationNumber}")
  String caseFile(@PathVariable String applicationNumber, Model model) {
    Application application = find(applicationNumber);
    Reader reader = access.readerOf(application).orElseThrow(() -> new Refused(application,
        "仅推荐单位、需其同意的县级议事协调机构、市质强办、征求意见期间的市相关部门、评审期间的评审组成员、"
            + "领导小组和市政府可以查看申报 " + applicationNumber + " 的案卷"));
    log.opened(application.getId(), reader.userId(), reader.materials() ? "打开案卷" : "打开案卷（摘要与结果）");
    page.fill(model, application, reader);
    return "cases/case";
  }

  @GetMapping("/{applicationNumber}/files/{evidenceId}")
  @ResponseBody
  ResponseEntity<byte[]> file(@PathVariable String applicationNumber, @PathVariable Long evidenceId) {
    Application application = find(applicationNumber);
    Reader reader = access.readerOf(application).filter(Reader::materials).orElseThrow(() -> new Refused(application,
        "无权查看申报 " + applicationNumber + " 的证实性材料"));
    CaseFileRecords.EvidenceContent file = records.file(application.getId(), evidenceId)
        .orElseThrow(() -> new Missing("申报 " + applicationNumber + " 没有已上传的材料 " + evidenceId));
    CaseFileRecords.Evidence evidence = file.evidence();
    if (evidence.tradeSecret() && !access.mayReadTradeSecret(reader, application)) {
      throw new Refused(application, "材料「" + evidence.fileName() + "」涉及商业秘密："
          + (reader.level() == Reader.Level.PANEL ? "请先在「回避声明」中签署保密承诺（第二十九条）后查看"
              : "仅市质强办和签署保密承诺的评审组成员可查看（第十六条、第二十九条）"));
    }
    log.opened(application.getId(), reader.userId(), "查看材料「" + evidence.fileName() + "」"
        + (evidence.tradeSecret() ? "（商业秘密）" : ""));
    return ResponseEntity.ok()
        .contentType(evidence.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM
            : MediaType.parseMediaType(evidence.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(evidence.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("Content-Security-Policy", FILE_POLICY)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(file.content());
  }

  private Application find(String applicationNumber) {
    return records.byNumber(applicationNumber)
        .orElseThrow(() -> new Missing("申报编号 " + applicationNumber + " 不存在"));
  }

  @ExceptionHandler(Missing.class)
  String missing(Missing e, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("message", e.getMessage());
    return "cases/not-found";
  }

  @ExceptionHandler(Refused.class)
  String refused(Refused e, Model model, HttpServletRequest request, HttpServletResponse response) {
    String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    auditLog.refused(user, request.getRemoteAddr(), "GET " + request.getRequestURI(), e.getMessage());
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("user", user);
    model.addAttribute("message", e.getMessage());
    return "cases/forbidden";
  }

  /** No such case or file: 404. */
  static final class Missing extends RuntimeException {
    Missing(String message) {
      super(message);
    }
  }

  /** The caller may not open this case or file now: 403. */
  static final class Refused extends RuntimeException {
    Refused(Application application, String message) {
      super(message);
    }
  }
}
