package org.qualityaward.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.identity.Role;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.recommender.Recommenders;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The expert pool (评审专家库) the quality office manages (Art 10). */
@Service
public class ExpertPool {

  private final ExpertRepository experts;
  private final Recommenders recommenders;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;

  ExpertPool(ExpertRepository experts, Recommenders recommenders, IdentityService identityService,
      WorkingDayCalendar calendar) {
    this.experts = experts;
    this.recommenders = recommenders;
    this.identityService = identityService;
    this.calendar = calendar;
  }

  /** Adds an active expert; 400 listing every Art 10 failure, 409 if the user already is in the pool. */
  @Transactional
  public Expert add(NewExpert request) {
    List<FieldProblem> problems = problems(request);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    experts.findByUserId(request.userId()).ifPresent(existing -> {
      throw duplicate(request.userId(), existing.getId());
    });
    try {
      return experts.saveAndFlush(new Expert(request, calendar.now()));
    } catch (DataIntegrityViolationException e) {
      throw duplicate(request.userId(), null); // a concurrent add of the same user won
    }
  }

  /**
   * Every problem of an expert's record (Art 10, the user, the recommending unit), none when it may be stored:
   * what {@link #add} and {@link #revise} refuse, and what the spreadsheet import reports row by row.
   */
  List<FieldProblem> problems(NewExpert request) {
    List<FieldProblem> problems = new ArrayList<>(ExpertConditions.check(request));
    if (request.userId() != null && !request.userId().isBlank() && !isExpertUser(request.userId())) {
      problems.add(new FieldProblem("userId", "用户“%s”不存在或不在评审专家（%s）组，无法在 Tasklist 办理评审任务"
          .formatted(request.userId(), Role.EXPERT.groupId())));
    }
    if (request.recommenderCode() != null && recommenders.find(request.recommenderCode()).isEmpty()) {
      problems.add(new FieldProblem("recommenderCode", "推荐单位“%s”不存在，见 GET /api/recommenders"
          .formatted(request.recommenderCode())));
    }
    return problems;
  }

  /**
   * Corrects an expert's record under the same rules as {@link #add}; the user stays (the expert's tasks and
   * ratings are theirs). {@code version} is the one the caller saw (409 if stale).
   */
  @Transactional
  public Expert revise(Long id, NewExpert request, long version) {
    Expert expert = current(id, version);
    List<FieldProblem> problems = problems(request).stream().filter(p -> !p.field().equals("userId")).toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    expert.revise(request);
    return experts.saveAndFlush(expert);
  }

  /** The pool's record of a user, if any. */
  Optional<Expert> ofUser(String userId) {
    return experts.findByUserId(userId);
  }

  /** How many experts an import added and how many existing records it corrected. */
  record Imported(int added, int updated) {}

  /** An expert of an import, with the version of the record the file was exported with (null: typed anew). */
  record ImportedExpert(NewExpert request, Long version) {}

  /**
   * Stores every expert of an import in one transaction, all or, should one fail, none: a user already in the
   * pool has their record corrected (the user, the status and the ratings stay; 409 if the exported version is
   * stale), any other is added.
   */
  @Transactional
  public Imported importAll(List<ImportedExpert> experts) {
    int added = 0;
    int updated = 0;
    for (ImportedExpert imported : experts) {
      NewExpert request = imported.request();
      Optional<Expert> existing = ofUser(request.userId());
      if (existing.isPresent()) {
        revise(existing.get().getId(), request,
            imported.version() == null ? existing.get().getVersion() : imported.version());
        updated++;
      } else {
        add(request);
        added++;
      }
    }
    return new Imported(added, updated);
  }

  @Transactional(readOnly = true)
  public List<Expert> all() {
    return experts.findAllByOrderById();
  }

  @Transactional(readOnly = true)
  public Expert get(Long id) {
    return experts.findById(id).orElseThrow(() -> new NotFoundException("专家 %d 不存在".formatted(id)));
  }

  /** Takes an expert into or out of draws; {@code version} is the one the caller saw (409 if stale). */
  @Transactional
  public Expert setActive(Long id, boolean active, long version) {
    Expert expert = current(id, version);
    expert.setActive(active);
    return experts.saveAndFlush(expert);
  }

  private Expert current(Long id, long version) {
    Expert expert = get(id);
    if (expert.getVersion() != version) {
      throw new ConflictException("专家 %d 已被他人修改（当前版本 %d，请求基于版本 %d），请刷新后重试"
          .formatted(id, expert.getVersion(), version));
    }
    return expert;
  }

  /**
   * Checked on the pool's own authority: the office has no READ grant on Camunda users, and an
   * authorized query would just answer "no such user".
   */
  private boolean isExpertUser(String userId) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return identityService.createUserQuery().userId(userId).memberOfGroup(Role.EXPERT.groupId()).count() > 0;
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private static ConflictException duplicate(String userId, Long existingId) {
    return new ConflictException("用户“%s”已在专家库中%s，一人一条专家记录"
        .formatted(userId, existingId == null ? "" : "（专家 " + existingId + "）"));
  }
}
