package org.qualityaward.expert;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws and records the panel of a case for a stage (Art 10, 18, 19); see {@link PanelDrawRule}
 * for how. The BPMN reads the panel through {@link #memberUserIds} and {@link #leaderUserId}.
 */
@Service
public class PanelDraws {

  private final ExpertRepository experts;
  private final PanelDrawRepository draws;
  private final WorkingDayCalendar calendar;
  private final ExpertRatings ratings;
  private final SecureRandom seeds = new SecureRandom();

  PanelDraws(ExpertRepository experts, PanelDrawRepository draws, WorkingDayCalendar calendar, ExpertRatings ratings) {
    this.experts = experts;
    this.draws = draws;
    this.calendar = calendar;
    this.ratings = ratings;
  }

  /**
   * Draws a panel of the size the edition's plan set from the whole pool as it is now;
   * {@link PanelCannotBeFormedException} says what is missing.
   */
  @Transactional
  public PanelDraw draw(DrawRequest request, int panelSize) {
    return draws.saveAndFlush(drawFromPool(request, panelSize, List.of()));
  }

  /**
   * {@code expertId} declared a conflict (回避): a new draw, recorded as replacing {@code drawId},
   * with that expert excluded for the case from now on. The other members stay, each with their
   * task (one deactivated meanwhile too: only the one who declared is replaced, by one new expert); the leader
   * stays unless it was the one replaced. The panel keeps the size of the draw it replaces.
   */
  @Transactional
  public PanelDraw redraw(Long drawId, Long expertId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(List.of(new FieldProblem("reason", "必须填写回避理由")));
    }
    PanelDraw previous = get(drawId);
    if (!previous.getMemberIds().contains(expertId)) {
      throw new ConflictException("专家 %d 不是第 %d 号抽取的评审组成员".formatted(expertId, drawId));
    }
    if (draws.existsByReplacedDrawId(drawId)) {
      throw alreadyReplaced(drawId);
    }
    DrawRequest request = previous.request();
    Set<Long> excluded = new HashSet<>(request.alsoExcludedExpertIds());
    excluded.add(expertId);
    DrawRequest withConflict = new DrawRequest(request.applicationId(), request.stage(), request.industry(),
        request.applicantCreditCode(), request.applicantGroupCreditCode(), request.recommenderCode(), excluded);
    PanelDraw replacement = drawFromPool(withConflict, previous.getPanelSize(), previous.getMemberIds());
    replacement.replacing(previous, expertId, reason.strip());
    try {
      return draws.saveAndFlush(replacement);
    } catch (DataIntegrityViolationException e) {
      throw alreadyReplaced(drawId); // a concurrent redraw of the same draw won
    }
  }

  /** A member known by their Camunda user declared a conflict in their task (the model's redraw). */
  @Transactional
  public PanelDraw redrawForUser(Long drawId, String expertUserId, String reason) {
    Expert expert = experts.findByUserId(expertUserId)
        .orElseThrow(() -> new NotFoundException("用户 %s 不在专家库中".formatted(expertUserId)));
    return redraw(drawId, expert.getId(), reason);
  }

  /** The Camunda user who took the replaced member's seat in a redraw. */
  @Transactional(readOnly = true)
  public String replacementUserId(PanelDraw redraw) {
    List<Long> before = get(redraw.getReplacedDrawId()).getMemberIds();
    return redraw.getMemberIds().stream().filter(id -> !before.contains(id)).findFirst().map(this::userIdOf)
        .orElseThrow();
  }

  /** The draw now in force for the case and stage: {@code drawId} or the redraw that replaced it, last. */
  @Transactional(readOnly = true)
  public PanelDraw latest(Long drawId) {
    PanelDraw draw = get(drawId);
    for (var next = draws.findByReplacedDrawId(draw.getId()); next.isPresent();
        next = draws.findByReplacedDrawId(draw.getId())) {
      draw = next.get();
    }
    return draw;
  }

  /** The draws of a case now in force, one per stage drawn (a draw replaced by a redraw is not). */
  @Transactional(readOnly = true)
  public List<PanelDraw> inForce(Long applicationId) {
    List<PanelDraw> all = draws.findByApplicationIdOrderById(applicationId);
    return all.stream().filter(d -> all.stream().noneMatch(o -> d.getId().equals(o.getReplacedDrawId()))).toList();
  }

  /** Camunda user ids of a draw's members in draw order, for showing and checking who sits on a panel. */
  @Transactional(readOnly = true)
  public List<String> memberUserIds(PanelDraw draw) {
    return draw.getMemberIds().stream().map(this::userIdOf).toList();
  }

  @Transactional(readOnly = true)
  public PanelDraw get(Long drawId) {
    return draws.findById(drawId).orElseThrow(() -> new NotFoundException("抽取记录 %d 不存在".formatted(drawId)));
  }

  /**
   * Re-runs the rule with the stored seed, candidates and request (and, for a redraw, the members
   * it kept): true when it yields the stored exclusions, members and leader.
   */
  @Transactional(readOnly = true)
  public boolean reproduces(PanelDraw draw) {
    List<Long> keep = draw.getReplacedDrawId() == null ? List.of() : get(draw.getReplacedDrawId()).getMemberIds();
    try {
      PanelDrawRule.Result again =
          PanelDrawRule.draw(draw.request(), draw.getPanelSize(), draw.getCandidates(), keep, draw.getSeed());
      return again.exclusions().equals(draw.getExclusions()) && again.memberIds().equals(draw.getMemberIds())
          && again.leaderId().equals(draw.getLeaderId());
    } catch (PanelCannotBeFormedException e) {
      return false;
    }
  }

  /** Camunda user ids of the members in draw order, for the multi-instance scoring tasks. */
  @Transactional(readOnly = true)
  public List<String> memberUserIds(Long drawId) {
    return get(drawId).getMemberIds().stream().map(this::userIdOf).toList();
  }

  /**
   * Camunda user ids of the members replaced by redraws on the way to {@code drawId} (they declared a
   * conflict), in the order they were replaced.
   */
  @Transactional(readOnly = true)
  public List<String> replacedUserIds(Long drawId) {
    LinkedList<String> replaced = new LinkedList<>();
    for (PanelDraw draw = get(drawId); draw.getReplacedDrawId() != null; draw = get(draw.getReplacedDrawId())) {
      replaced.addFirst(userIdOf(draw.getReplacedExpertId()));
    }
    return List.copyOf(replaced);
  }

  /** Camunda user id of the panel leader (组长). */
  @Transactional(readOnly = true)
  public String leaderUserId(Long drawId) {
    return userIdOf(get(drawId).getLeaderId());
  }

  private PanelDraw drawFromPool(DrawRequest request, int size, List<Long> keep) {
    Set<Long> ratedOut = ratings.ratedOut();
    List<DrawCandidate> candidates = experts.findAllByOrderById().stream()
        .map(e -> DrawCandidate.of(e, ratedOut.contains(e.getId()))).toList();
    long seed = seeds.nextLong();
    PanelDrawRule.Result result = PanelDrawRule.draw(request, size, candidates, keep, seed);
    return new PanelDraw(request, size, seed, calendar.now(), candidates, result);
  }

  private static ConflictException alreadyReplaced(Long drawId) {
    return new ConflictException("第 %d 号抽取已被重新抽取替代，请对最新的抽取申请回避".formatted(drawId));
  }

  private String userIdOf(Long expertId) {
    return experts.findById(expertId).orElseThrow().getUserId();
  }
}
