package org.qualityaward.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.edition.EditionPlans;
import org.qualityaward.edition.PlanFigures;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member scores and the panel report of each case and stage (Art 18, 19). Panel membership is the
 * expert module's: callers pass the member's or leader's Camunda user id.
 */
@Service("scoring")
public class Scoring {

  private final MemberScoreRepository scores;
  private final PanelReportRepository reports;
  private final ScoringSheets sheets;
  private final ApplicationCases cases;
  private final WorkingDayCalendar calendar;
  private final ReviewProperties properties;
  private final IdentityService identityService;
  private final EditionPlans plans;

  Scoring(MemberScoreRepository scores, PanelReportRepository reports, ScoringSheets sheets, ApplicationCases cases,
      WorkingDayCalendar calendar, ReviewProperties properties, IdentityService identityService, EditionPlans plans) {
    this.plans = plans;
    this.identityService = identityService;
    this.scores = scores;
    this.reports = reports;
    this.sheets = sheets;
    this.cases = cases;
    this.calendar = calendar;
    this.properties = properties;
  }

  /** The sheet the case is scored on, for forms. */
  public ScoringSheet sheetFor(Long applicationId) {
    return sheetOf(cases.get(applicationId));
  }

  /** The version of the kind's sheet the case's edition's plan chose (评审细则, Art 8(1)). */
  private ScoringSheet sheetOf(Application application) {
    PlanFigures plan = plans.inForce(application.getEditionId());
    return switch (application.getKind()) {
      case ORGANIZATION -> sheets.version(application.getKind(), plan.organizationSheetVersion());
      case INDIVIDUAL -> sheets.version(application.getKind(), plan.individualSheetVersion());
    };
  }

  /**
   * Records a member's scores on the current sheet of the case's kind. Refused with every field problem
   * at once; a second submission of the member for the case and stage is a conflict.
   */
  @Transactional
  public MemberScore submit(Long applicationId, ReviewStage stage, String expertUserId, List<CategoryScore> items) {
    Application application = cases.get(applicationId);
    ScoringSheet sheet = sheetOf(application);
    List<FieldProblem> problems = sheet.check(items, stage);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (scores.existsByApplicationIdAndStageAndExpertUserId(applicationId, stage, expertUserId)) {
      throw alreadySubmitted(applicationId, stage, expertUserId);
    }
    try {
      return scores.saveAndFlush(new MemberScore(applicationId, stage, expertUserId, sheet, items, calendar.now()));
    } catch (DataIntegrityViolationException e) {
      throw alreadySubmitted(applicationId, stage, expertUserId); // a concurrent second submission
    }
  }

  /**
   * The leader accepts the panel report: panel score by the configured method, members beyond the
   * deviation share flagged; with a flagged member the consensus note (合议意见) is required. The leader
   * writes the panel's agreed strengths and opportunities for every category of the sheet; the report
   * keeps them with the panel's score of each category (by the same method over the members' scores).
   */
  @Transactional
  public PanelReport consolidate(Long applicationId, ReviewStage stage, String leaderUserId, String consensusNote,
      List<AgreedComments> agreed) {
    Application application = cases.get(applicationId);
    if (reports.findByApplicationIdAndStage(applicationId, stage).isPresent()) {
      throw new ConflictException("申报 " + applicationId + " 的" + stage.reportName() + "已形成，不能再次汇总");
    }
    List<MemberScore> submitted = scores.findByApplicationIdAndStageOrderById(applicationId, stage);
    int panelSize = plans.inForce(application.getEditionId()).panelSize();
    if (submitted.size() < panelSize) {
      throw new ConflictException("申报 " + applicationId + " 的" + stage.label() + "只有 " + submitted.size()
          + " 名成员提交评分，评审组至少 " + panelSize + " 名（第十条）");
    }
    PanelConsolidation.Result result = consolidation(submitted);
    String note = consensusNote == null || consensusNote.isBlank() ? null : consensusNote.strip();
    List<FieldProblem> problems = new ArrayList<>();
    if (!result.flagged().isEmpty() && note == null) {
      problems.add(new FieldProblem("consensusNote", "成员 "
          + String.join("、", result.flagged()) + " 的总分与均值 " + result.mean().toPlainString() + " 相差超过 "
          + properties.deviationShare().movePointRight(2).stripTrailingZeros().toPlainString()
          + "%，组长须填写合议意见后评审报告方可通过（" + stage.article() + "）"));
    }
    ScoringSheet sheet = sheets.get(submitted.get(0).getSheetId(), submitted.get(0).getSheetVersion());
    List<PanelReport.Category> categories = new ArrayList<>();
    for (ScoringSheet.Category c : sheet.categories()) {
      AgreedComments comments = (agreed == null ? List.<AgreedComments>of() : agreed).stream()
          .filter(a -> a != null && c.code().equals(a.category())).findFirst()
          .orElse(new AgreedComments(c.code(), null, null));
      String strengths = text(comments.strengths());
      String opportunities = text(comments.opportunities());
      if (strengths == null) {
        problems.add(new FieldProblem(AGREED_STRENGTHS + c.code(), "「" + c.name() + "」须填写评审组一致认可的优势，"
            + "将写入申报人的反馈报告（" + stage.article() + "）"));
      }
      if (opportunities == null) {
        problems.add(new FieldProblem(AGREED_OPPORTUNITIES + c.code(), "「" + c.name() + "」须填写评审组一致认可的改进机会，"
            + "将写入申报人的反馈报告（" + stage.article() + "）"));
      }
      categories.add(new PanelReport.Category(c.code(), categoryScore(submitted, c.code()), strengths, opportunities));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return reports.save(new PanelReport(applicationId, application.getEditionId(), stage, submitted, result,
        properties.deviationShare(), leaderUserId, note, categories, calendar.now()));
  }

  /** Form field of the agreed strengths of a category ({@code agreedStrengths_LEADERSHIP}). */
  public static final String AGREED_STRENGTHS = "agreedStrengths_";
  /** Form field of the agreed opportunities for improvement of a category. */
  public static final String AGREED_OPPORTUNITIES = "agreedOpportunities_";

  /** The panel's score of one category: the configured method over the members' scores of it. */
  private BigDecimal categoryScore(List<MemberScore> submitted, String code) {
    Map<String, BigDecimal> byMember = new LinkedHashMap<>();
    submitted.forEach(s -> s.getItems().stream().filter(i -> code.equals(i.getCategoryCode())).findFirst()
        .ifPresent(i -> byMember.put(s.getExpertUserId(), i.getScore())));
    return byMember.isEmpty() ? BigDecimal.ZERO
        : new PanelConsolidation(properties.consolidation(), properties.deviationShare()).consolidate(byMember).panelScore();
  }

  /**
   * What the leader reads beside each category before writing the agreed comments: every member's
   * strengths and opportunities, by category code, as plain text (the form shows it read-only).
   */
  @Transactional(readOnly = true)
  public Map<String, String> memberComments(Long applicationId, ReviewStage stage) {
    List<MemberScore> submitted = scores.findByApplicationIdAndStageOrderById(applicationId, stage);
    Map<String, String> byCategory = new LinkedHashMap<>();
    if (submitted.isEmpty()) {
      return byCategory;
    }
    ScoringSheet sheet = sheets.get(submitted.get(0).getSheetId(), submitted.get(0).getSheetVersion());
    for (ScoringSheet.Category c : sheet.categories()) {
      StringBuilder text = new StringBuilder();
      for (MemberScore s : submitted) {
        s.getItems().stream().filter(i -> c.code().equals(i.getCategoryCode())).findFirst().ifPresent(i -> {
          if (!text.isEmpty()) {
            text.append("\n\n");
          }
          text.append(memberName(s.getExpertUserId())).append("\n优势：")
              .append(i.getStrengths() == null ? "（未填写）" : i.getStrengths())
              .append("\n改进机会：").append(i.getOpportunities() == null ? "（未填写）" : i.getOpportunities());
        });
      }
      byCategory.put(c.code(), text.toString());
    }
    return byCategory;
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * What the leader reads before accepting the report: every member's total, the panel score and
   * who is flagged — the same computation the report will store.
   */
  @Transactional(readOnly = true)
  public String summary(Long applicationId, ReviewStage stage) {
    List<MemberScore> submitted = scores.findByApplicationIdAndStageOrderById(applicationId, stage);
    PanelConsolidation.Result result = consolidation(submitted);
    StringBuilder text = new StringBuilder();
    submitted.forEach(s -> text.append(memberName(s.getExpertUserId())).append("：").append(points(s.getTotal()))
        .append(result.flagged().contains(s.getExpertUserId()) ? "（偏离均值超过规定比例，须合议）" : "").append("\n"));
    text.append("均值 ").append(points(result.mean())).append("，评审组得分 ")
        .append(points(result.panelScore())).append("（").append(result.applied().label()).append("）");
    if (!result.flagged().isEmpty()) {
      text.append("\n有成员被标记：请填写合议意见（").append(stage.article()).append("）");
    }
    return text.toString();
  }

  /** The leader reads names, not user ids: 吴振华（expert04）. */
  private String memberName(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId
        : (user.getLastName() == null ? "" : user.getLastName()) + (user.getFirstName() == null ? "" : user.getFirstName())
            + "（" + userId + "）";
  }

  private static String points(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private PanelConsolidation.Result consolidation(List<MemberScore> submitted) {
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    submitted.forEach(s -> totals.put(s.getExpertUserId(), s.getTotal()));
    return new PanelConsolidation(properties.consolidation(), properties.deviationShare()).consolidate(totals);
  }

  /** The accepted report of a case and stage, if the panel's leader has accepted it. */
  @Transactional(readOnly = true)
  public java.util.Optional<PanelReport> acceptedReport(Long applicationId, ReviewStage stage) {
    return reports.findByApplicationIdAndStage(applicationId, stage);
  }

  @Transactional(readOnly = true)
  public PanelReport panelReport(Long applicationId, ReviewStage stage) {
    return reports.findByApplicationIdAndStage(applicationId, stage)
        .orElseThrow(() -> new NotFoundException("申报 " + applicationId + " 尚无" + stage.reportName()));
  }

  /** The accepted reports of a case, document review first; none before the first is accepted. */
  @Transactional(readOnly = true)
  public List<PanelReport> panelReports(Long applicationId) {
    return java.util.Arrays.stream(ReviewStage.values())
        .flatMap(stage -> reports.findByApplicationIdAndStage(applicationId, stage).stream()).toList();
  }

  /** The accepted reports of an edition's cases, both stages. */
  @Transactional(readOnly = true)
  public List<PanelReport> panelReportsOfEdition(Long editionId) {
    return reports.findByEditionId(editionId);
  }

  /** The sheet a report was scored on (older versions stay readable). */
  public ScoringSheet sheetOf(PanelReport report) {
    return sheets.get(report.getSheetId(), report.getSheetVersion());
  }

  @Transactional(readOnly = true)
  List<MemberScore> scoresOf(Long applicationId, ReviewStage stage) {
    return scores.findByApplicationIdAndStageOrderById(applicationId, stage);
  }

  private static ConflictException alreadySubmitted(Long applicationId, ReviewStage stage, String expertUserId) {
    return new ConflictException("专家 " + expertUserId + " 已提交申报 " + applicationId + " 的" + stage.label()
        + "评分，不能再次提交");
  }
}
