package org.qualityaward.edition;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens editions and answers the questions the {@code award-edition} model asks about them. */
@Service("editions")
public class EditionService {

  public static final String PROCESS_KEY = AwardEditionModel.PROCESS_KEY;

  private final EditionRepository editions;
  private final RuntimeService runtimeService;
  private final Validator validator;
  private final WorkingDayCalendar calendar;
  private final EditionPlans plans;
  private final EntityManager entityManager;

  EditionService(EditionRepository editions, RuntimeService runtimeService, Validator validator,
      WorkingDayCalendar calendar, EditionPlans plans, EntityManager entityManager) {
    this.plans = plans;
    this.entityManager = entityManager;
    this.editions = editions;
    this.runtimeService = runtimeService;
    this.validator = validator;
    this.calendar = calendar;
  }

  /** Registers the edition and starts its process (API path). */
  @Transactional
  public Edition open(NewEdition request) {
    Edition edition = register(request);
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, edition.businessKey(), Map.of("editionId", edition.getId()));
    return edition;
  }

  /**
   * Binds an edition opened through the API to the instance started for it ({@link #open}); an
   * edition already bound is never taken over by another instance.
   */
  @Transactional
  void bind(Long editionId, String processInstanceId) {
    Edition edition = get(editionId);
    if (edition.getProcessInstanceId() != null) {
      throw new ConflictException("届次 " + editionId + " 已有评选流程 " + edition.getProcessInstanceId());
    }
    edition.attachProcess(processInstanceId);
  }

  /**
   * Validates and stores a new edition with its plan as a draft for the office (figures left out are
   * the configured ones); refuses a second edition of the same year.
   */
  @Transactional
  public Edition register(NewEdition request) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<NewEdition> v : validator.validate(request)) {
      problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
    }
    PlanFigures plan = request.planOr(plans.defaults(request.applicationDeadline()));
    // the deadline's emptiness is NewEdition's to report; its date rule is the plan's
    plans.problems(plan).stream()
        .filter(p -> request.applicationDeadline() != null || !p.field().equals("applicationDeadline"))
        .map(p -> p.field().equals("applicationDeadline") ? p : new FieldProblem("plan." + p.field(), p.message()))
        .forEach(problems::add);
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(FieldProblem::field));
      throw new InvalidInputException(problems);
    }
    editions.findByYear(request.year()).ifPresent(existing -> {
      throw new ConflictException(request.year() + " 年度已有一届评选（编号 " + existing.getId() + "）");
    });
    Edition edition = editions.save(new Edition(request.year(), request.name().trim(), request.applicationDeadline(),
        calendar.now()));
    plans.draft(edition, plan);
    return edition;
  }

  /**
   * The edition an {@code award-edition} instance was registered for: what its steps apply to comes
   * from our records, never from a variable (Issue 10).
   */
  public Long ofProcess(String processInstanceId) {
    return editions.findByProcessInstanceId(processInstanceId).map(Edition::getId).orElseThrow(
        () -> new IllegalStateException("流程 " + processInstanceId + " 没有登记的届次（no edition registered for it）"));
  }

  public Edition get(Long editionId) {
    return find(editionId).orElseThrow(() -> new NotFoundException("届次 " + editionId + " 不存在"));
  }

  public Optional<Edition> find(Long editionId) {
    return editions.findById(editionId);
  }

  public Optional<Edition> ofYear(int year) {
    return editions.findByYear(year);
  }

  public List<Edition> all() {
    return editions.findAll();
  }

  /** Timer of the deadline: intake closes when the deadline day is over (Art 15). */
  public Date intakeClosesAt(Long editionId) {
    return calendar.startOf(get(editionId).getApplicationDeadline().plusDays(1));
  }

  /**
   * Holds the edition's row until the transaction ends. The edition's "is every case through?" and
   * each case's "am I the last?" both take it, so one of them always sees the other committed: the
   * last case finds the edition waiting, or the edition finds no case left (no lost wake-up).
   */
  @Transactional
  public void lock(Long editionId) {
    editions.findLockedById(editionId).orElseThrow(() -> new NotFoundException("届次 " + editionId + " 不存在"));
  }

  /**
   * A submission's hold on its edition until the submission commits: the row in share mode, read afresh. The
   * deadline's step changes the stage and {@link #lock}s the row, so it waits for a submission in flight and
   * then counts its case; a submission that waited for the step reads intake closed (Art 15, 17). Submissions
   * do not wait for each other (on H2, which has no share mode, they do).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Edition heldForSubmission(Long editionId) {
    Edition edition = get(editionId);
    entityManager.refresh(edition, LockModeType.PESSIMISTIC_READ);
    return edition;
  }

  /** Art 15: the call as the office issued and announced it. */
  @Transactional
  void recordNotice(Long editionId, LocalDate issuedOn, String channels) {
    get(editionId).noticeIssued(issuedOn, channels);
  }

  /** The edition moves on, as its model's {@code EditionStages} map says. */
  @Transactional
  void moveTo(Long editionId, EditionStage stage) {
    get(editionId).moveTo(stage);
  }
}
