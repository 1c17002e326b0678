package org.qualityaward.expert;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/experts")
class ExpertController {

  private final ExpertPool pool;
  private final ExpertRatings ratings;

  ExpertController(ExpertPool pool, ExpertRatings ratings) {
    this.pool = pool;
    this.ratings = ratings;
  }

  record ExpertView(Long id, long version, String userId, String name, String employerName,
      String employerCreditCode, String employerGroupCreditCode, List<String> industries, String degree,
      String degreeLabel, int qualityYears, String trainingQualification, boolean lawsFamiliarityDeclared,
      boolean conductDeclared, String recommenderCode, List<String> conflictCreditCodes, boolean active,
      LocalDateTime createdAt, boolean meetsArticle10, boolean excludedFromDraws) {}

  /**
   * {@code meetsArticle10}: the record as it is now meets Art 10; {@code excludedFromDraws}: the office's
   * latest rating keeps the expert out (Art 9(4), details at {@code /ratings}).
   */
  private ExpertView view(Expert e) {
    return view(e, ratings.ratedOut(e.getId()));
  }

  private ExpertView view(Expert e, boolean ratedOut) {
    return new ExpertView(e.getId(), e.getVersion(), e.getUserId(), e.getName(), e.getEmployerName(),
        e.getEmployerCreditCode(), e.getEmployerGroupCreditCode(), e.getIndustries(), e.getDegree().name(),
        e.getDegree().label(), e.getQualityYears(), e.getTrainingQualification(), e.isLawsFamiliarityDeclared(),
        e.isConductDeclared(), e.getRecommenderCode(), e.getConflictCreditCodes(), e.isActive(), e.getCreatedAt(),
        ExpertConditions.meetArticle10(e), ratedOut);
  }

  /** {@code scoredOnTime} null: the member did not score (replaced after declaring a conflict). */
  record FactsView(LocalDateTime scoringDueAt, LocalDateTime scoringCompletedAt, Boolean scoredOnTime,
      BigDecimal deviationPercent, boolean conflictDeclared, boolean conflictDeclaredLate, String leaderRemark) {}

  record ReinstatementView(String reason, String reinstatedBy, LocalDateTime reinstatedAt) {}

  record RatingView(Long id, Long drawId, Long applicationId, String stage, String stageLabel, String level,
      String levelLabel, String remark, String ratedBy, LocalDateTime ratedAt, FactsView facts,
      ReinstatementView reinstatement) {}

  /** Art 9(4): {@code excludedFromDraws} while the latest rating is below {@code excludeBelow} and not lifted. */
  record RatingsView(Long expertId, String latestLevel, String latestLevelLabel, boolean excludedFromDraws,
      String excludeBelow, String excludeBelowLabel, List<RatingView> ratings) {
    static RatingsView of(Expert expert, ExpertRatings.History history) {
      ExpertRatings.Standing standing = history.standing();
      List<RatingView> ratings = history.ratings().stream().map(entry -> {
        ExpertRating r = entry.rating();
        MemberFacts f = r.facts(expert.getUserId());
        return new RatingView(r.getId(), r.getDrawId(), r.getApplicationId(), r.getStage().name(),
            r.getStage().label(), r.getLevel().name(), r.getLevel().label(), r.getRemark(), r.getRatedBy(),
            r.getRatedAt(), new FactsView(f.scoringDueAt(), f.scoringCompletedAt(), f.scoredOnTime(),
                f.deviationPercent(), f.conflictDeclared(), f.conflictDeclaredLate(), f.leaderRemark()),
            entry.reinstatement().map(x -> new ReinstatementView(x.getReason(), x.getReinstatedBy(),
                x.getReinstatedAt())).orElse(null));
      }).toList();
      return new RatingsView(expert.getId(), standing.latest().map(Enum::name).orElse(null),
          standing.latest().map(RatingLevel::label).orElse(null), standing.ratedOut(), standing.excludeBelow().name(),
          standing.excludeBelow().label(), ratings);
    }
  }

  record Reinstatement(String reason) {}

  /** {@code version}: the expert's version as the caller read it (optimistic locking). */
  record ActiveChange(Boolean active, Long version) {}

  @PostMapping
  ResponseEntity<ExpertView> add(@RequestBody NewExpert request) {
    Expert expert = pool.add(request);
    return ResponseEntity.created(URI.create("/api/experts/" + expert.getId())).body(view(expert));
  }

  @GetMapping
  List<ExpertView> list() {
    Set<Long> ratedOut = ratings.ratedOut();
    return pool.all().stream().map(e -> view(e, ratedOut.contains(e.getId()))).toList();
  }

  @GetMapping("/{id}")
  ExpertView get(@PathVariable Long id) {
    return view(pool.get(id));
  }

  /** Art 9(4): the office's ratings of the expert after each panel, and whether they keep them out of draws. */
  @GetMapping("/{id}/ratings")
  RatingsView ratings(@PathVariable Long id) {
    return RatingsView.of(pool.get(id), ratings.history(id));
  }

  /** Art 9(4): the office takes an expert left out by a poor rating back into draws, saying why. */
  @PostMapping("/{id}/reinstatement")
  RatingsView reinstate(@PathVariable Long id, @RequestBody Reinstatement request, Principal principal) {
    return RatingsView.of(pool.get(id), ratings.reinstate(id, request.reason(), principal.getName()));
  }

  @PutMapping("/{id}/active")
  ExpertView setActive(@PathVariable Long id, @RequestBody ActiveChange change) {
    List<FieldProblem> problems = new ArrayList<>();
    if (change.active() == null) {
      problems.add(new FieldProblem("active", "必须填写 true（启用）或 false（停用）"));
    }
    if (change.version() == null) {
      problems.add(new FieldProblem("version", "必须填写读取时的版本号（防止覆盖他人的修改）"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return view(pool.setActive(id, change.active(), change.version()));
  }
}
