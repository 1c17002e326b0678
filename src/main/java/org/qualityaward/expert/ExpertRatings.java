package org.qualityaward.expert;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's supervision of the experts (Art 9(4) 监督考核评审员): its ratings after each panel, an
 * expert's standing, and reinstatement. An expert whose latest rating is below
 * {@code qa.experts.exclude-below} is left out of draws until the office reinstates them.
 */
@Service
public class ExpertRatings {

  /** The office's form field: one line per member 「序号 等级 备注」. */
  public static final String FIELD = "memberRatings";

  private final ExpertRepository experts;
  private final ExpertRatingRepository ratings;
  private final ExpertReinstatementRepository reinstatements;
  private final PanelDrawRepository draws;
  private final WorkingDayCalendar calendar;
  private final RatingLevel excludeBelow;

  ExpertRatings(ExpertRepository experts, ExpertRatingRepository ratings, ExpertReinstatementRepository reinstatements,
      PanelDrawRepository draws, WorkingDayCalendar calendar,
      @Value("${qa.experts.exclude-below:BASICALLY_COMPETENT}") RatingLevel excludeBelow) {
    this.experts = experts;
    this.ratings = ratings;
    this.reinstatements = reinstatements;
    this.draws = draws;
    this.calendar = calendar;
    this.excludeBelow = excludeBelow;
  }

  /** An expert's ratings, oldest first, each with the reinstatement that lifted it if any; and their standing. */
  record History(Standing standing, List<Entry> ratings) {}

  record Entry(ExpertRating rating, Optional<ExpertReinstatement> reinstatement) {}

  /** The latest level (empty: never rated) and whether it keeps the expert out of draws now. */
  record Standing(Optional<RatingLevel> latest, boolean ratedOut, RatingLevel excludeBelow) {}

  /**
   * Art 9(4): the office's lines 「序号 等级 备注」 for the panel whose draw in force is {@code drawId};
   * {@code members} are the facts in the order the office's task numbered them. Once per panel.
   */
  @Transactional
  public void rate(Long drawId, List<MemberFacts> members, String lines, String ratedBy) {
    PanelDraw draw = draws.findById(drawId)
        .orElseThrow(() -> new NotFoundException("抽取记录 %d 不存在".formatted(drawId)));
    List<ExpertRatingRule.Line> read = ExpertRatingRule.read(lines, members.size());
    if (ratings.existsByDrawId(drawId)) {
      throw alreadyRated(drawId);
    }
    for (ExpertRatingRule.Line line : read) {
      MemberFacts facts = members.get(line.member() - 1);
      Expert expert = experts.findByUserId(facts.expertUserId())
          .orElseThrow(() -> new NotFoundException("用户 %s 不在专家库中".formatted(facts.expertUserId())));
      ratings.save(new ExpertRating(expert.getId(), draw, facts, line, ratedBy, calendar.now()));
    }
    try {
      ratings.flush();
    } catch (DataIntegrityViolationException e) {
      throw alreadyRated(drawId); // a concurrent completion of the same panel's rating won
    }
  }

  /**
   * The office takes an expert left out by their latest rating back into draws, saying why (409 when that
   * rating does not keep them out).
   */
  @Transactional
  public History reinstate(Long expertId, String reason, String by) {
    if (reason == null || reason.isBlank() || reason.strip().length() > ExpertRatingRule.MAX_REMARK) {
      throw new InvalidInputException(List.of(new FieldProblem("reason",
          "必须写明恢复参加抽取的理由（不超过 %d 字，第九条第（四）项）".formatted(ExpertRatingRule.MAX_REMARK))));
    }
    Expert expert = expert(expertId);
    if (!standing(expert.getId()).ratedOut()) {
      throw new ConflictException("专家 %d 未因考核等级被排除在抽取之外，无需恢复".formatted(expertId));
    }
    ExpertRating latest = ratings.findFirstByExpertIdOrderByIdDesc(expertId).orElseThrow();
    try {
      reinstatements.saveAndFlush(new ExpertReinstatement(latest, reason.strip(), by, calendar.now()));
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("专家 %d 已被恢复".formatted(expertId)); // a concurrent reinstatement won
    }
    return history(expertId);
  }

  @Transactional(readOnly = true)
  public History history(Long expertId) {
    expert(expertId);
    List<ExpertReinstatement> lifted = reinstatements.findByExpertIdOrderById(expertId);
    List<Entry> entries = ratings.findByExpertIdOrderById(expertId).stream()
        .map(r -> new Entry(r, lifted.stream().filter(x -> x.getRatingId().equals(r.getId())).findFirst()))
        .toList();
    return new History(standing(expertId), entries);
  }

  /** Whether the expert's ratings keep them out of draws now. */
  @Transactional(readOnly = true)
  boolean ratedOut(Long expertId) {
    return standing(expertId).ratedOut();
  }

  /**
   * The experts whose ratings keep them out of draws now: the same rule as {@link #ratedOut(Long)}, read
   * in two queries for the whole pool instead of two per expert at every draw.
   */
  @Transactional(readOnly = true)
  Set<Long> ratedOut() {
    List<ExpertRating> latest = ratings.findLatestOfEach();
    Set<Long> reinstated = reinstatements.findByRatingIdIn(latest.stream().map(ExpertRating::getId).toList())
        .stream().map(ExpertReinstatement::getRatingId).collect(Collectors.toSet());
    return latest.stream()
        .filter(r -> ExpertRatingRule.ratedOut(Optional.of(r.getLevel()), reinstated.contains(r.getId()), excludeBelow))
        .map(ExpertRating::getExpertId).collect(Collectors.toSet());
  }

  private Standing standing(Long expertId) {
    Optional<ExpertRating> latest = ratings.findFirstByExpertIdOrderByIdDesc(expertId);
    boolean reinstated = latest.isPresent() && reinstatements.existsByRatingId(latest.get().getId());
    Optional<RatingLevel> level = latest.map(ExpertRating::getLevel);
    return new Standing(level, ExpertRatingRule.ratedOut(level, reinstated, excludeBelow), excludeBelow);
  }

  private Expert expert(Long id) {
    return experts.findById(id).orElseThrow(() -> new NotFoundException("专家 %d 不存在".formatted(id)));
  }

  private static ConflictException alreadyRated(Long drawId) {
    return new ConflictException("第 %d 号抽取的评审组已考核过".formatted(drawId));
  }
}
