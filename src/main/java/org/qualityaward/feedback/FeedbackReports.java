package org.qualityaward.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.application.EditionCases;
import org.qualityaward.edition.EditionService;
import org.qualityaward.kernel.NotAllowedException;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.review.PanelReport;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.qualityaward.review.ScoringSheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What goes into a feedback report, and who gets it. A case has one when it reached document review
 * (its document-review panel report was accepted, Art 18) and it has ended (an outcome). The report
 * shows per category only the band of the panel's score and the panel's agreed comments: no member's
 * name, user id or score, no exact panel score. The applicant who submitted the case reads it, and
 * the quality office and administrators.
 */
@Service
class FeedbackReports {

  /** Share of a category's maximum, in bands of 25 percentage points, each as its label. */
  static final int BAND_WIDTH = 25;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final List<String> OFFICE = List.of("quality-office", "camunda-admin");

  private final ApplicationCases cases;
  private final EditionCases editionCases;
  private final EditionService editions;
  private final Scoring scoring;
  private final IdentityService identityService;

  FeedbackReports(ApplicationCases cases, EditionCases editionCases, EditionService editions, Scoring scoring,
      IdentityService identityService) {
    this.cases = cases;
    this.editionCases = editionCases;
    this.editions = editions;
    this.scoring = scoring;
    this.identityService = identityService;
  }

  /** The report's content: one section per panel stage the case went through. */
  record Content(String applicationNumber, String applicantName, String kindLabel, String editionName,
      List<StageResult> stages, String onsiteNote, String outcome, String issuedOn) {}

  /** One stage: when its report was accepted, the band of the panel's total, what followed, and the categories. */
  record StageResult(String title, String article, String acceptedOn, String totalBand, String conclusion,
      List<CategoryFeedback> categories) {}

  /** One category of the sheet: its maximum, the band of the panel's score, the agreed comments. */
  record CategoryFeedback(String name, String maximum, String band, String strengths, String opportunities) {}

  /** A line of the office's list: the case and whether its report can be downloaded, or why not yet. */
  record Entry(Long applicationId, String applicationNumber, String applicantName, String stage, String outcome,
      boolean available, String status, String url) {}

  /** The report of a case for the caller; 403 for others, 404 (with the reason) when there is none. */
  @Transactional(readOnly = true)
  Content reportFor(Long applicationId) {
    Application application = cases.get(applicationId);
    checkMayRead(application);
    List<PanelReport> reports = scoring.panelReports(applicationId);
    String missing = whyNone(application, reports);
    if (missing != null) {
      throw new NotFoundException(missing);
    }
    return content(application, reports);
  }

  /** Every case of the edition that reached document review, by application number. */
  @Transactional(readOnly = true)
  List<Entry> ofEdition(Long editionId) {
    editions.get(editionId);
    Map<Long, List<PanelReport>> reportsByCase = scoring.panelReportsOfEdition(editionId).stream()
        .collect(Collectors.groupingBy(PanelReport::getApplicationId));
    List<Entry> entries = new ArrayList<>();
    for (Application application : editionCases.all(reportsByCase.keySet())) {
      List<PanelReport> reports = reportsByCase.get(application.getId());
      if (reports.stream().noneMatch(r -> r.getStage() == ReviewStage.DOCUMENT_REVIEW)) {
        continue;
      }
      String missing = whyNone(application, reports);
      entries.add(new Entry(application.getId(), application.getApplicationNumber(), application.getApplicantName(),
          application.getStage().label(), application.getOutcome() == null ? null : application.getOutcome().label(),
          missing == null, missing == null ? "反馈报告已可下载" : missing,
          missing == null ? "/api/applications/" + application.getId() + "/feedback-report.pdf" : null));
    }
    entries.sort(Comparator.comparing(Entry::applicationNumber));
    return entries;
  }

  /** Null when the case has a report; else why not, in words for the body of the 404. */
  private static String whyNone(Application application, List<PanelReport> reports) {
    if (reports.stream().noneMatch(r -> r.getStage() == ReviewStage.DOCUMENT_REVIEW)) {
      return "申报 " + application.getApplicationNumber() + " 未进入资料评审（未形成资料评审报告，第十八条），没有反馈报告";
    }
    if (application.getOutcome() == null) {
      return "申报 " + application.getApplicationNumber() + " 尚未结束（当前阶段：" + application.getStage().label()
          + "），反馈报告在评选结果确定后提供";
    }
    return null;
  }

  private Content content(Application application, List<PanelReport> reports) {
    Map<ReviewStage, PanelReport> byStage = reports.stream()
        .collect(Collectors.toMap(PanelReport::getStage, Function.identity()));
    List<StageResult> stages = new ArrayList<>();
    for (ReviewStage stage : ReviewStage.values()) {
      Optional.ofNullable(byStage.get(stage)).ifPresent(report -> stages.add(stageResult(report, byStage)));
    }
    String editionName = editions.find(application.getEditionId()).map(e -> e.getName()).orElse("");
    String issuedOn = reports.stream().map(PanelReport::getAcceptedAt).max(Comparator.naturalOrder())
        .map(t -> t.toLocalDate().format(DATE)).orElse("");
    // without an on-site report: not listed for on-site review (未获奖), or ended before its report
    String onsiteNote = byStage.containsKey(ReviewStage.ONSITE_REVIEW) ? null
        : application.getOutcome() == ApplicationOutcome.NOT_AWARDED ? "现场评审：未列入现场评审名单，未进行。"
        : "现场评审：未形成现场评审报告。";
    return new Content(application.getApplicationNumber(), application.getApplicantName(),
        application.getKind().label(), editionName, stages, onsiteNote, application.getOutcome().label(), issuedOn);
  }

  private StageResult stageResult(PanelReport report, Map<ReviewStage, PanelReport> byStage) {
    ScoringSheet sheet = scoring.sheetOf(report);
    List<CategoryFeedback> categories = new ArrayList<>();
    for (PanelReport.Category category : report.getCategories()) {
      sheet.category(category.getCategoryCode()).ifPresent(c -> categories.add(new CategoryFeedback(c.name(),
          points(c.max()), band(category.getPanelScore(), c.max()), category.getStrengths(),
          category.getOpportunities())));
    }
    String conclusion = switch (report.getStage()) {
      case DOCUMENT_REVIEW -> byStage.containsKey(ReviewStage.ONSITE_REVIEW)
          ? "资料评审完成，进入现场评审（第十九条）" : "资料评审完成";
      case ONSITE_REVIEW -> "现场评审完成，进入综合评价（第二十条）";
    };
    return new StageResult(report.getStage().label(), report.getStage().article(),
        report.getAcceptedAt().toLocalDate().format(DATE), band(report.getPanelScore(), sheet.total()),
        conclusion, categories);
  }

  /**
   * The band of a score as a share of the maximum, rounded to whole percent: 0–25%, 26–50%, 51–75%,
   * 76–100%. Never the score itself.
   */
  static String band(BigDecimal score, BigDecimal maximum) {
    int percent = score.multiply(BigDecimal.valueOf(100)).divide(maximum, 0, RoundingMode.HALF_UP).intValue();
    int upper = Math.max(BAND_WIDTH, Math.min(100, ((percent + BAND_WIDTH - 1) / BAND_WIDTH) * BAND_WIDTH));
    int lower = upper == BAND_WIDTH ? 0 : upper - BAND_WIDTH + 1;
    return lower + "%–" + upper + "%";
  }

  private static String points(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private void checkMayRead(Application application) {
    Authentication caller = identityService.getCurrentAuthentication();
    boolean office = caller != null && caller.getGroupIds() != null
        && caller.getGroupIds().stream().anyMatch(OFFICE::contains);
    boolean applicant = caller != null && caller.getUserId().equals(application.getSubmittedBy());
    if (!office && !applicant) {
      // no number: it would tell a stranger which case an id is (as CaseReaders)
      throw new NotAllowedException("反馈报告仅提交该申报的申报人和市质强办可查看");
    }
  }
}
