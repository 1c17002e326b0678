package org.qualityaward.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.qualityaward.applicant.SubmittedContents;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.application.EditionCases;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.commendation.Commendation;
import org.qualityaward.commendation.Commendations;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.forms.TypedLine;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.publicity.Publicity;
import org.qualityaward.publicity.PublicityKind;
import org.qualityaward.publicity.PublicityRequest;
import org.qualityaward.publicity.PublicityService;
import org.qualityaward.proposal.Proposal;
import org.qualityaward.proposal.Proposals;
import org.qualityaward.review.Ranking;
import org.qualityaward.review.Rankings;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The edition's steps after the accepted list (Art 18-24): it starts each stage on the cases, gathers
 * their panel reports, lets the office propose the on-site list, publishes and commends. It is the one
 * bean {@code award-edition}'s expressions name ({@code evaluationStages}), so it also answers the
 * model's questions about intake.
 */
@Service("evaluationStages")
public class EvaluationStages {

  static final String NOT_SELECTED_FOR_ONSITE = "NotSelectedForOnsite";
  private static final int EXCLUSION_REASON = 200;
  static final String FINAL_OUTCOME_DECIDED = "FinalOutcomeDecided";

  /** Longest text of the ranked scores the office's form shows: a String variable holds 4,000 characters. */
  static final int PROPOSAL_TEXT_LIMIT = 3600;

  private final EditionCases applications;
  private final BigDecimal onsiteMinimum;
  private final ApplicationCases cases;
  private final EditionService editions;
  private final WorkingDayCalendar calendar;
  private final Scoring scoring;
  private final Rankings rankings;
  private final Proposals proposals;
  private final PublicityService publicities;
  private final SubmittedContents contents;
  private final Commendations commendations;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final int publicityDays;

  EvaluationStages(EditionCases applications, ApplicationCases cases, EditionService editions,
      Scoring scoring, Rankings rankings, Proposals proposals, PublicityService publicities,
      SubmittedContents contents, Commendations commendations, RuntimeService runtimeService, IdentityService identityService,
      WorkingDayCalendar calendar, @Value("${qa.publicity.working-days:5}") int publicityDays,
      @Value("${qa.review.onsite-minimum-score:0}") BigDecimal onsiteMinimum) {
    this.applications = applications;
    this.cases = cases;
    this.editions = editions;
    this.calendar = calendar;
    this.scoring = scoring;
    this.rankings = rankings;
    this.proposals = proposals;
    this.publicities = publicities;
    this.contents = contents;
    this.commendations = commendations;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.publicityDays = publicityDays;
    this.onsiteMinimum = onsiteMinimum;
  }

  /** Art 15: the application deadline's timer. */
  public Date intakeClosesAt(Long editionId) {
    return editions.intakeClosesAt(editionId);
  }

  /** Art 17: the gate after intake closes, no case left before acceptance or rejection. */
  public boolean qualificationReviewsConcluded(Long editionId) {
    return cases.qualificationReviewsConcluded(editionId);
  }

  /** Art 18: every accepted case enters document review; the edition then runs a panel per case. */
  @Transactional
  public void startDocumentReview(Long editionId) {
    for (Application application : inStage(editionId, ApplicationStage.ACCEPTED)) {
      cases.enter(application.getId(), ApplicationStage.DOCUMENT_REVIEW);
    }
  }

  /** The cases of the edition's document-review multi-instance, one panel each. */
  public List<Long> documentReviewCases(Long editionId) {
    return ids(inStage(editionId, ApplicationStage.DOCUMENT_REVIEW));
  }

  /** The cases of the edition's on-site-review multi-instance, one panel each. */
  public List<Long> onsiteReviewCases(Long editionId) {
    return ids(inStage(editionId, ApplicationStage.ONSITE_REVIEW));
  }

  /** A document-reviewed case with its panel score, and that score on the 1000-point scale both kinds share. */
  public record DocumentScore(Application application, BigDecimal score, BigDecimal scaled) {}

  /**
   * Art 18: the document-reviewed cases by panel score, high to low, as the office proposes from: an individual's
   * score on its 100-point sheet counts as its share of the 1000 points, as in the ranking (Art 20).
   */
  public List<DocumentScore> documentReviewedByScore(Long editionId) {
    Ranking rules = rankings.rulesOf(editionId);
    return inStage(editionId, ApplicationStage.DOCUMENT_REVIEWED).stream()
        .map(a -> {
          BigDecimal score = score(a, ReviewStage.DOCUMENT_REVIEW);
          return new DocumentScore(a, score, rules.reviewOnScale(a.getKind(), score));
        })
        .sorted(Comparator.comparing(DocumentScore::scaled).reversed()
            .thenComparing(scored -> scored.application().getApplicationNumber()))
        .toList();
  }

  /**
   * The ranked document scores as the office's form shows them, as many lines as a String variable holds
   * (a province's edition has hundreds), then how many follow and the proposal's line.
   */
  String describeDocumentScores(List<DocumentScore> ranked) {
    StringBuilder text = new StringBuilder();
    int place = 1;
    for (DocumentScore scored : ranked) {
      Application a = scored.application();
      String line = place + ". " + a.getApplicationNumber() + " " + a.getApplicantName() + "（" + a.getKind().label()
          + "）资料评审得分 " + scored.score().toPlainString()
          + (scored.scaled().compareTo(scored.score()) == 0 ? ""
              : "（折合千分制 " + scored.scaled().stripTrailingZeros().toPlainString() + "）") + "\n";
      if (text.length() + line.length() > PROPOSAL_TEXT_LIMIT) {
        text.append("……以下另有 ").append(ranked.size() - place + 1).append(" 个申报\n");
        break;
      }
      text.append(line);
      place++;
    }
    long proposed = ranked.stream().filter(this::atOrAboveLine).count();
    return text.append("（建议名单为资料评审得分折合千分制不低于 ").append(onsiteMinimum.toPlainString()).append(" 分者，共 ")
        .append(proposed).append(" 个）").toString();
  }

  private boolean atOrAboveLine(DocumentScore scored) {
    return scored.scaled().compareTo(onsiteMinimum) >= 0;
  }

  /**
   * Task listener of 提出现场评审建议名单: the office's changes to the proposal (its form fields, numbers it
   * leaves out and numbers below the line it adds) must name this edition's document-reviewed cases.
   */
  public void checkOnsiteList(Long editionId, String excluded, String added) {
    onsiteList(editionId, excluded, added, true);
  }

  /**
   * Art 18: the on-site list goes to publicity with the candidates' 主要业绩 (organisations) or 主要事迹
   * (individuals): the self-assessment's section that states them, or the one self-assessment text a case
   * submitted without sections has, shortened.
   */
  @Transactional
  public Long openOnsiteListPublicity(Long editionId, String excluded, String added) {
    Edition edition = editions.get(editionId);
    // the reasons were checked when the office completed its task (an edition from before they were asked has none)
    List<PublicityRequest.Entry> entries = onsiteList(editionId, excluded, added, false).stream()
        .map(a -> new PublicityRequest.Entry(a.getId(), a.getApplicantName(),
            "资料评审得分 " + score(a, ReviewStage.DOCUMENT_REVIEW).toPlainString() + "；"
                + (a.getKind() == ApplicationKind.ORGANIZATION ? "主要业绩：" : "主要事迹：")
                + abbreviate(contents.achievements(a.getId(), a.getKind()).orElse(a.getSelfAssessment()))))
        .toList();
    return publicities.publish(new PublicityRequest(edition.getName() + "现场评审名单公示", PublicityKind.ONSITE_LIST,
        editionId, calendar.today(), publicityDays, "quality-office", entries));
  }

  /**
   * Art 19: listed cases enter on-site review; the others end here, not replaced, each with why: the office's reason
   * for one it left out ({@code excluded}, its form's lines), else a document score below the proposal's line.
   */
  @Transactional
  public void startOnsiteReview(Long editionId, String excluded) {
    Map<String, String> leftOut = exclusions(excluded, inStage(editionId, ApplicationStage.DOCUMENT_REVIEWED).stream()
        .map(Application::getApplicationNumber).collect(Collectors.toSet()), new ArrayList<>());
    // the list is the one the edition published for on-site review (Art 18), as our records have it
    Publicity onsiteList = publicities.ofEdition(editionId).stream()
        .filter(p -> p.getKind() == PublicityKind.ONSITE_LIST)
        .reduce((first, later) -> later)
        .orElseThrow(() -> new IllegalStateException("届次 " + editionId + " 没有现场评审名单公示"));
    Set<Long> listed = publicities.entriesOf(onsiteList.getId()).stream()
        .map(e -> e.getApplicationId()).collect(Collectors.toSet());
    for (Application application : inStage(editionId, ApplicationStage.DOCUMENT_REVIEWED)) {
      if (listed.contains(application.getId())) {
        cases.enter(application.getId(), ApplicationStage.ONSITE_REVIEW);
      } else {
        String number = application.getApplicationNumber();
        cases.end(application.getId(), ApplicationOutcome.NOT_AWARDED, "未列入现场评审名单（第十八条）："
            + (!leftOut.containsKey(number) ? "资料评审得分低于建议线" : leftOut.get(number).isEmpty() ? "市质强办决定不列入"
                : "市质强办决定不列入，理由：" + leftOut.get(number)));
        signal(application, NOT_SELECTED_FOR_ONSITE);
      }
    }
  }

  /** Task listener of 领导小组决定并列名次: lines of 「申报编号 等级」. */
  @Transactional
  public void decideTies(Long editionId, String decisions) {
    Map<Long, AwardLevel> levels = new LinkedHashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    int line = 0;
    for (String text : decisions == null ? new String[0] : decisions.split("\\R")) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      // 申报编号 等级 [说明]
      String[] parts = TypedLine.fields(text, 3);
      Optional<Application> application = applications.byNumber(editionId, parts[0]);
      Optional<AwardLevel> level = parts.length >= 2 ? AwardLevel.written(parts[1]) : Optional.empty();
      if (application.isEmpty()) {
        problems.add(new FieldProblem("tieDecisions", "第" + line + "行：本届没有申报编号「" + parts[0] + "」：" + text.strip()));
      } else if (level.isEmpty()) {
        problems.add(new FieldProblem("tieDecisions", "第" + line + "行：应为「申报编号 等级」，等级为 市政府质量奖 / 提名奖 / 不授奖"
            + "（或 AWARD / NOMINATION / NONE）：" + text.strip()));
      } else {
        levels.put(application.get().getId(), level.get());
      }
    }
    if (!problems.isEmpty() || levels.isEmpty()) {
      throw new InvalidInputException(problems.isEmpty()
          ? List.of(new FieldProblem("tieDecisions", "请逐行填写并列候选人的决定")) : problems);
    }
    var user = identityService.getCurrentAuthentication();
    try {
      rankings.decideTies(editionId, levels, user == null ? "leading-group" : user.getUserId());
    } catch (InvalidInputException refused) {
      // the ranking names the case by its number; the form has one field for all the lines
      throw new InvalidInputException(refused.problems().stream()
          .map(p -> new FieldProblem("tieDecisions", p.message())).toList());
    }
  }

  /** Art 21: the proposal the leading group approved goes to publicity. */
  @Transactional
  public Long openProposedListPublicity(Long editionId) {
    Edition edition = editions.get(editionId);
    List<PublicityRequest.Entry> entries = proposals.current(editionId).honoured().stream()
        .map(line -> new PublicityRequest.Entry(line.ranked().applicationId(), line.ranked().applicantName(),
            "拟授予" + line.level().label() + "（" + line.ranked().kind().label() + "），累计得分 "
                + line.ranked().cumulativeScore().toPlainString()))
        .toList();
    return publicities.publish(new PublicityRequest(edition.getName() + "授奖建议名单公示", PublicityKind.PROPOSED_AWARDS,
        editionId, calendar.today(), publicityDays, "quality-office", entries));
  }

  /**
   * Art 22-24: after the city government's approval every ranked case gets its outcome: those of the
   * approved proposal are commended (honour, prize, certificate, plaque, trophy) as of the approval's date, which the
   * city entered from its document. Disqualified cases ended already.
   */
  @Transactional
  public void commend(Long editionId) {
    Edition edition = editions.get(editionId);
    LocalDate approvedOn = proposals.cityApprovedOn(editionId);
    for (Proposal.Line line : proposals.current(editionId).lines()) {
      Application application = cases.get(line.ranked().applicationId());
      if (application.getOutcome() != null) {
        continue;
      }
      if (line.honoured()) {
        Commendation commendation = commendations.commend(new Commendations.Winner(editionId, edition.getYear(),
            application.getId(), application.getApplicantName(), application.getKind(), application.getCreditCode(),
            application.getIdNumber(), application.getGroupCreditCode(), application.getSubmittedBy(),
            application.getRegisteredAddress()), line.level(), approvedOn);
        cases.end(application.getId(), ApplicationOutcome.of(line.level()),
            "证书编号 " + commendation.getCertificateNumber());
      } else {
        cases.end(application.getId(), ApplicationOutcome.NOT_AWARDED, line.changed()
            ? "市质强办调整授奖建议时移出名单：" + line.reason() + "（第二十条）"
            : "综合评价未列入授奖名单：" + line.ranked().reasonText());
      }
      signal(application, FINAL_OUTCOME_DECIDED);
    }
  }

  /**
   * Art 18: the proposal (every document-reviewed case at or above the line, by score) without the numbers
   * the office leaves out, with those below the line it adds. The list is computed here from our records,
   * so it holds an edition of any size; the office names only its changes.
   */
  private List<Application> onsiteList(Long editionId, String excluded, String added, boolean reasonsRequired) {
    List<DocumentScore> ranked = documentReviewedByScore(editionId);
    Map<String, Application> reviewed = ranked.stream().map(DocumentScore::application)
        .collect(Collectors.toMap(Application::getApplicationNumber, a -> a));
    Set<String> proposed = ranked.stream().filter(this::atOrAboveLine)
        .map(scored -> scored.application().getApplicationNumber()).collect(Collectors.toSet());
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> out = exclusions(excluded, reviewed.keySet(), reasonsRequired ? problems : new ArrayList<>()).keySet();
    Set<String> in = numbers(added);
    out.stream().filter(n -> !proposed.contains(n))
        .forEach(n -> problems.add(new FieldProblem("onsiteExcluded", n + " 不在建议名单中（第十八条）")));
    in.stream().filter(n -> !reviewed.containsKey(n))
        .forEach(n -> problems.add(new FieldProblem("onsiteAdded", n + " 不是本届已完成资料评审的申报")));
    in.stream().filter(proposed::contains)
        .forEach(n -> problems.add(new FieldProblem("onsiteAdded", n + " 已在建议名单中")));
    List<Application> listed = ranked.stream().map(DocumentScore::application)
        .filter(a -> proposed.contains(a.getApplicationNumber()) ? !out.contains(a.getApplicationNumber())
            : in.contains(a.getApplicationNumber()))
        .toList();
    if (problems.isEmpty() && listed.isEmpty()) {
      problems.add(new FieldProblem("onsiteExcluded", "现场评审名单至少列入一个申报（第十八条）"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return listed;
  }

  /**
   * The office's 「申报编号 理由」 lines: each case it leaves out of the proposal with its reason ("" for none), which
   * the case's outcome then gives (Art 18); a line without one is a problem of the field. Editions that completed
   * the step before reasons were asked for listed numbers only, several to a line: a line whose rest is only
   * application numbers of {@code known} cases lists them all, each without a reason.
   */
  private static Map<String, String> exclusions(String text, Set<String> known, List<FieldProblem> problems) {
    Map<String, String> reasons = new LinkedHashMap<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int number = 1; number <= lines.length; number++) {
      if (lines[number - 1].isBlank()) {
        continue;
      }
      String[] fields = TypedLine.fields(lines[number - 1], 2);
      List<String> left = new ArrayList<>(numbers(fields[0]));
      String reason = fields.length > 1 ? fields[1].strip() : "";
      if (!reason.isEmpty() && known.containsAll(numbers(reason))) {
        left.addAll(numbers(reason));
        reason = "";
      }
      if (left.size() > 1 || reason.isEmpty() || reason.length() > EXCLUSION_REASON) {
        problems.add(new FieldProblem("onsiteExcluded", "第" + number + "行：不列入 " + String.join("、", left)
            + " 须写明理由（每行一个申报，不超过 " + EXCLUSION_REASON + " 字，第十八条），格式「申报编号 理由」"));
      }
      for (String leftOut : left) {
        reasons.put(leftOut, reason);
      }
    }
    return reasons;
  }

  private static Set<String> numbers(String text) {
    Set<String> numbers = new LinkedHashSet<>();
    for (String line : text == null ? new String[0] : text.split("[\\s,，、\u3000]+")) {
      if (!line.isBlank()) {
        numbers.add(line.strip());
      }
    }
    return numbers;
  }

  private BigDecimal score(Application application, ReviewStage stage) {
    return scoring.panelReport(application.getId(), stage).getPanelScore();
  }

  private List<Application> inStage(Long editionId, ApplicationStage stage) {
    return applications.inStage(editionId, stage);
  }

  private static List<Long> ids(List<Application> applications) {
    return applications.stream().map(Application::getId).toList();
  }

  private void signal(Application application, String message) {
    runtimeService.createMessageCorrelation(message)
        .processInstanceBusinessKey(application.getApplicationNumber())
        .correlateAll();
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
