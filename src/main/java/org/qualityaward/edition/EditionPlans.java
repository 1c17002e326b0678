package org.qualityaward.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The editions' plans (Art 8(1), 15): the office drafts, the leading group approves or returns, and
 * what is approved is what the edition's ranking and panels apply. An edition opened before plans
 * existed has no plan row and keeps the configured figures.
 */
@Service
public class EditionPlans {

  /**
   * What the notice board announces of an edition whose plan is approved (Art 15); {@code noticeIssuedOn} and
   * {@code noticeChannels} once the office recorded the call's issue and announcement, else null.
   */
  public record Call(int year, String name, LocalDate applicationDeadline, boolean open, PlanFigures plan,
      LocalDate noticeIssuedOn, String noticeChannels) {}

  private final EditionPlanRepository plans;
  private final EditionRepository editions;
  private final PlanStandards standards;
  private final WorkingDayCalendar calendar;
  /**
   * The approved plans' figures this node has read: an approved plan and its edition's deadline never change
   * again (Art 8(1): {@link #submit} refuses), and every panel, score sheet and ranking asks for them (issue 16).
   */
  private final Map<Long, PlanFigures> approvedFigures = new ConcurrentHashMap<>();

  EditionPlans(EditionPlanRepository plans, EditionRepository editions, PlanStandards standards,
      WorkingDayCalendar calendar) {
    this.plans = plans;
    this.editions = editions;
    this.standards = standards;
    this.calendar = calendar;
    // the configured figures every plan starts from must pass the plan's rules (e.g. Art 10's 3 members)
    List<FieldProblem> defects = PlanRules.check(defaults(LocalDate.MAX), standards, LocalDate.MIN);
    if (!defects.isEmpty()) {
      throw new IllegalStateException("qa.review.* 不符合评选方案的规则：" + defects.stream()
          .map(FieldProblem::message).collect(Collectors.joining("；")));
    }
  }

  /** The configured figures for a deadline: what the office starts from. */
  PlanFigures defaults(LocalDate applicationDeadline) {
    return new PlanFigures(applicationDeadline, null, null, null, null, null, null, null, null, null, null)
        .orElse(standards.defaults());
  }

  /** Art 6's ceilings as configured, as the office's form quotes them. */
  String ceilings() {
    PlanStandards.Ceilings c = standards.ceilings();
    return "获奖组织不超过 " + c.organizationAwards() + " 个，获奖个人不超过 " + c.individualAwards() + " 个，提名奖不超过 "
        + c.nominations() + " 个（含组织和个人）";
  }

  /** The problems of figures the office gave; empty figures take the configured ones first. */
  List<FieldProblem> problems(PlanFigures figures) {
    return PlanRules.check(figures, standards, calendar.today());
  }

  /** Stores the plan of a newly registered edition (already checked), as a draft for the office. */
  void draft(Edition edition, PlanFigures figures) {
    plans.save(new EditionPlan(edition.getId(), figures));
  }

  /** The office's plan as drafted or revised, sent to the leading group; an approved plan stays as it is. */
  @Transactional
  void submit(Long editionId, PlanFigures figures) {
    EditionPlan plan = plan(editionId);
    if (plan.isApproved()) {
      throw new ConflictException("届次 " + editionId + " 的评选方案已经领导小组审定，不能再修改（第八条）");
    }
    List<FieldProblem> problems = problems(figures);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    plan.revise(figures);
    edition(editionId).reschedule(figures.applicationDeadline());
  }

  /** The leading group's decision; a returned plan needs the reason the office revises by. */
  @Transactional
  void decide(Long editionId, boolean approved, String reason, String decidedBy) {
    EditionPlan plan = plan(editionId);
    if (plan.getStatus() != EditionPlan.Status.SUBMITTED) {
      throw new ConflictException("届次 " + editionId + " 的评选方案未报审定（" + plan.getStatus() + "）");
    }
    if (!approved && (reason == null || reason.isBlank())) {
      throw new InvalidInputException(List.of(new FieldProblem("planComment", "退回评选方案须写明理由（第八条）")));
    }
    LocalDate deadline = edition(editionId).getApplicationDeadline();
    if (approved && !deadline.isAfter(calendar.today())) {
      // approved, the plan could no longer be revised, and intake would close the moment the call went out
      throw new InvalidInputException(List.of(new FieldProblem("planApproved", "方案中的申报截止日期 " + deadline
          + " 已不晚于今天（" + calendar.today() + "），审定后将无法申报：请退回市质强办改定截止日期（第十五条）")));
    }
    plan.decide(approved, reason == null ? null : reason.strip(), decidedBy, calendar.now());
  }

  /** The plan as it stands, whatever its state. */
  @Transactional(readOnly = true)
  PlanFigures figures(Long editionId) {
    return plan(editionId).figures(edition(editionId));
  }

  /** The edition's plan; none for an edition opened before plans existed. */
  @Transactional(readOnly = true)
  Optional<EditionPlan> find(Long editionId) {
    return plans.findByEditionId(editionId);
  }

  /** The day the leading group approved the edition's plan (Art 8(1)); empty while not approved. */
  @Transactional(readOnly = true)
  Optional<LocalDate> approvedOn(Long editionId) {
    return find(editionId).filter(EditionPlan::isApproved).map(plan -> plan.getDecidedAt().toLocalDate());
  }

  /** Why the leading group last returned the plan; null if it did not. */
  @Transactional(readOnly = true)
  String returnReason(Long editionId) {
    return plan(editionId).getReturnReason();
  }

  /**
   * The figures the edition's evaluation applies: its approved plan, or the configured ones for an
   * edition opened before plans existed and for a renewal's re-evaluation (Art 33), which belongs to
   * no edition ({@code editionId} null). Refused while the plan waits for the leading group.
   */
  @Transactional(readOnly = true)
  public PlanFigures inForce(Long editionId) {
    if (editionId == null) {
      return defaults(null);
    }
    PlanFigures approved = approvedFigures.get(editionId);
    if (approved != null) {
      return approved;
    }
    Edition edition = edition(editionId);
    return plans.findByEditionId(editionId).map(plan -> {
      if (!plan.isApproved()) {
        throw new ConflictException("届次 " + editionId + " 的评选方案尚未经领导小组审定（第八条）");
      }
      PlanFigures figures = plan.figures(edition);
      remember(editionId, figures);
      return figures;
    }).orElseGet(() -> defaults(edition.getApplicationDeadline()));
  }

  /** Once the transaction that read them commits: an approval rolled back with it is not remembered. */
  private void remember(Long editionId, PlanFigures figures) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      approvedFigures.put(editionId, figures);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        approvedFigures.put(editionId, figures);
      }
    });
  }

  /** The calls of editions whose plan the leading group approved, newest first (Art 15). */
  @Transactional(readOnly = true)
  public List<Call> calls() {
    return plans.findByStatus(EditionPlan.Status.APPROVED).stream()
        .map(plan -> call(edition(plan.getEditionId()), plan))
        .sorted((a, b) -> Integer.compare(b.year(), a.year())).toList();
  }

  @Transactional(readOnly = true)
  public Optional<Call> call(int year) {
    return editions.findByYear(year).flatMap(edition -> plans.findByEditionId(edition.getId())
        .filter(EditionPlan::isApproved).map(plan -> call(edition, plan)));
  }

  private Call call(Edition edition, EditionPlan plan) {
    boolean open = edition.refusesApplications(calendar.today()).isEmpty();
    return new Call(edition.getYear(), edition.getName(), edition.getApplicationDeadline(), open, plan.figures(edition),
        edition.getNoticeIssuedOn(), edition.getNoticeChannels());
  }

  private EditionPlan plan(Long editionId) {
    return plans.findByEditionId(editionId)
        .orElseThrow(() -> new NotFoundException("届次 " + editionId + " 没有评选方案"));
  }

  private Edition edition(Long editionId) {
    return editions.findById(editionId).orElseThrow(() -> new NotFoundException("届次 " + editionId + " 不存在"));
  }
}
