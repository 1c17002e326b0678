package org.qualityaward.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.application.EditionCases;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.edition.EditionPlans;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.PlanFigures;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.review.ReviewProperties.MinimumScores;
import org.qualityaward.review.ReviewProperties.Quotas;
import org.qualityaward.review.ReviewProperties.Weights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The edition's ranking from the accepted panel reports: a case is ranked once both its document and
 * on-site reports exist. Disqualified means the case ended DISQUALIFIED (an objection, Art 21, or a complaint,
 * Art 9(6), found true).
 */
@Service("rankings")
public class Rankings {

  /**
   * One ranked case as the office and the leading group see it; scaledScore is the cumulative score on
   * the 1000-point scale the minimums are on; reason ({@link Ranking.Reason}) and reasonText say why it
   * is or is not proposed (Art 4(3), 6, 20, 21).
   */
  public record Entry(Long applicationId, String applicationNumber, int rank, ApplicationKind kind,
      String applicantName, BigDecimal documentScore, BigDecimal onsiteScore, BigDecimal cumulativeScore,
      BigDecimal scaledScore, String proposedLevel, String tieGroup, boolean disqualified, String finalOutcome, Ranking.Reason reason,
      String reasonText) {

    public static final String UNDECIDED = "UNDECIDED";

    /** The case as a list in a form names it: 名次 申报编号 申报主体（类别）. */
    public String listed() {
      return rank + " " + applicationNumber + " " + applicantName + "（" + kind.label() + "）";
    }

    /** The cumulative score with its value on the 1000-point scale the minimums are on: 1600（800）. */
    public String cumulativeLabel() {
      return cumulativeScore.toPlainString() + "（" + scaledScore.stripTrailingZeros().toPlainString() + "）";
    }

    /** The proposed level, or null while the leading group has a tie to decide. */
    @JsonIgnore
    public AwardLevel level() {
      return UNDECIDED.equals(proposedLevel) ? null : AwardLevel.valueOf(proposedLevel);
    }

    /** Proposed for an award or a nomination (not {@code NONE}, not an undecided tie). */
    @JsonIgnore
    public boolean proposedForHonour() {
      return level() != null && level().isConferred();
    }
  }

  public record View(Long editionId, List<Entry> cases, List<Ranking.Tie> ties) {}

  private final PanelReportRepository reports;
  private final TieDecisionRepository decisions;
  private final EditionCases applications;
  private final EditionService editions;
  private final WorkingDayCalendar calendar;
  private final ScoringSheets sheets;
  private final EditionPlans plans;

  Rankings(PanelReportRepository reports, TieDecisionRepository decisions, EditionCases applications,
      EditionService editions, WorkingDayCalendar calendar, ScoringSheets sheets,
      EditionPlans plans) {
    this.plans = plans;
    this.sheets = sheets;
    this.reports = reports;
    this.decisions = decisions;
    this.applications = applications;
    this.editions = editions;
    this.calendar = calendar;
  }

  @Transactional(readOnly = true)
  public View ranking(Long editionId) {
    editions.get(editionId);
    return view(editionId, storedDecisions(editionId));
  }

  /**
   * Records the leading group's levels for tie groups (each group decided as a whole, within its
   * places); refused as a whole if any decision does not fit. Returns the ranking with them.
   */
  @Transactional
  public View decideTies(Long editionId, Map<Long, AwardLevel> levels, String decidedBy) {
    editions.get(editionId);
    Map<Long, AwardLevel> all = new HashMap<>(storedDecisions(editionId));
    levels.keySet().stream().filter(all::containsKey).findFirst().ifPresent(id -> {
      throw new ConflictException("领导小组已对申报 " + numberOf(id) + " 作出决定");
    });
    all.putAll(levels);
    View view = view(editionId, all); // validates every decision against the ranking
    levels.forEach((applicationId, level) ->
        decisions.save(new TieDecision(editionId, applicationId, level, decidedBy, calendar.now())));
    return view;
  }

  /**
   * Art 33 renewal: whether the re-evaluation's document and on-site scores reach the award minimum the
   * ranking applies ({@code qa.review.minimum-scores.award}, on the same scale; none configured: yes).
   */
  public boolean reachesAward(ApplicationKind kind, BigDecimal documentScore, BigDecimal onsiteScore) {
    return ranking().reaches(AwardLevel.AWARD, kind, documentScore, onsiteScore);
  }

  /** The places of an edition (Art 6): awards per kind and nominations for both kinds together. */
  public record Places(Map<ApplicationKind, Integer> awards, int nominations) {}

  /**
   * The places the edition's ranking fills, its approved plan's quotas (Art 6, 8(1)); the office's
   * changes to the proposal stay within them.
   */
  public Places places(Long editionId) {
    PlanFigures plan = plans.inForce(editionId);
    return new Places(Map.of(ApplicationKind.ORGANIZATION, plan.organizationAwards(),
        ApplicationKind.INDIVIDUAL, plan.individualAwards()), plan.nominations());
  }

  /** Whether a ranked case's scores reach the level's minimum of the edition's plan (Art 4(3), 8(1)). */
  public boolean reaches(Long editionId, Entry entry, AwardLevel level) {
    return ranking(plans.inForce(editionId)).reaches(level, entry.kind(), entry.documentScore(), entry.onsiteScore());
  }

  /** The cumulative score of the two reviews on the 1000-point scale the minimums are on (Art 20, 33). */
  public BigDecimal scaledScore(ApplicationKind kind, BigDecimal documentScore, BigDecimal onsiteScore) {
    Ranking ranking = ranking();
    return ranking.onScale(kind, ranking.cumulative(documentScore, onsiteScore));
  }

  /**
   * The award minimum a renewal's re-evaluation (Art 33) applies, for the texts that explain a refusal;
   * null when none is configured.
   */
  public BigDecimal awardMinimum() {
    return plans.inForce(null).awardMinimum();
  }

  private Map<Long, AwardLevel> storedDecisions(Long editionId) {
    return decisions.findByEditionId(editionId).stream()
        .collect(Collectors.toMap(TieDecision::getApplicationId, TieDecision::getLevel));
  }

  /** A case as the leading group knows it, by its application number (an id no case has, as given). */
  private String numberOf(Long applicationId) {
    return applications.all(Set.of(applicationId)).stream().findFirst().map(Application::getApplicationNumber)
        .orElse(String.valueOf(applicationId));
  }

  private View view(Long editionId, Map<Long, AwardLevel> decided) {
    Map<Long, Map<ReviewStage, BigDecimal>> scores = new LinkedHashMap<>();
    reports.findScoresByEditionId(editionId).forEach(r ->
        scores.computeIfAbsent(r.getApplicationId(), id -> new HashMap<>()).put(r.getStage(), r.getPanelScore()));
    scores.values().removeIf(s -> s.size() < ReviewStage.values().length);
    Map<Long, Application> byId = applications.all(scores.keySet()).stream()
        .collect(Collectors.toMap(Application::getId, Function.identity()));
    List<Ranking.Candidate> candidates = new ArrayList<>();
    scores.forEach((id, s) -> candidates.add(new Ranking.Candidate(id, byId.get(id).getKind(),
        s.get(ReviewStage.DOCUMENT_REVIEW), s.get(ReviewStage.ONSITE_REVIEW),
        byId.get(id).getOutcome() == ApplicationOutcome.DISQUALIFIED)));
    Ranking.Result result = ranking(plans.inForce(editionId)).rank(candidates, decided, id -> byId.containsKey(id)
        ? byId.get(id).getApplicationNumber() : numberOf(id));
    List<Entry> entries = result.candidates().stream().map(r -> {
      Application a = byId.get(r.applicationId());
      return new Entry(r.applicationId(), a.getApplicationNumber(), r.rank(), r.kind(), a.getApplicantName(),
          r.documentScore(), r.onsiteScore(), r.cumulativeScore(), r.scaledScore(),
          r.level() == null ? Entry.UNDECIDED : r.level().name(), r.tieGroup(), r.disqualified(),
          a.getOutcome() == null ? null : a.getOutcome().name(), r.reason(), r.reasonText());
    }).toList();
    return new View(editionId, entries, result.ties());
  }

  /** The figures of an edition's approved plan: its quotas, minimums, weights and sheets (Art 6, 8(1), 20). */
  /** The ranking rules of the edition's approved plan (its sheets, weights, quotas and minimums). */
  public Ranking rulesOf(Long editionId) {
    return ranking(plans.inForce(editionId));
  }

  private Ranking ranking(PlanFigures plan) {
    return new Ranking(new Weights(plan.documentWeight(), plan.onsiteWeight()),
        new Quotas(plan.organizationAwards(), plan.individualAwards(), plan.nominations()),
        new MinimumScores(plan.awardMinimum(), plan.nominationMinimum()),
        Map.of(ApplicationKind.ORGANIZATION,
            sheets.version(ApplicationKind.ORGANIZATION, plan.organizationSheetVersion()).total(),
            ApplicationKind.INDIVIDUAL,
            sheets.version(ApplicationKind.INDIVIDUAL, plan.individualSheetVersion()).total()));
  }

  /** The configured figures, for a renewal's re-evaluation (Art 33), which belongs to no edition. */
  private Ranking ranking() {
    return ranking(plans.inForce(null));
  }
}
