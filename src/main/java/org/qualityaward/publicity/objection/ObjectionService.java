package org.qualityaward.publicity.objection;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.identity.AsSystem;
import org.qualityaward.identity.Role;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InadmissibleException;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotAllowedException;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.platform.ReceiptNumbers;
import org.qualityaward.publicity.ObjectionModel;
import org.qualityaward.publicity.ObjectionUpload;
import org.qualityaward.publicity.Publicity;
import org.qualityaward.publicity.PublicityEntry;
import org.qualityaward.publicity.PublicityEntryRepository;
import org.qualityaward.publicity.PublicityRepository;
import org.qualityaward.publicity.PublicityState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files objections (Art 21) and starts their handling in the publicity's process instance. */
@Service
public class ObjectionService {

  /** Message of the event subprocess in {@code publicity}. */
  public static final String MESSAGE_OBJECTION_FILED = "ObjectionFiled";

  private final PublicityRepository publicities;
  private final PublicityEntryRepository entries;
  private final ObjectionRepository objections;
  private final ObjectionAttachmentRepository attachments;
  private final ReceiptNumbers receipts;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final EntityManager entityManager;
  private final WorkingDayCalendar clock;
  private final ApplicationEventPublisher events;

  public ObjectionService(PublicityRepository publicities, PublicityEntryRepository entries,
      ObjectionRepository objections, ObjectionAttachmentRepository attachments, ReceiptNumbers receipts,
      RuntimeService runtimeService, TaskService taskService, IdentityService identityService, EntityManager entityManager,
      WorkingDayCalendar clock, ApplicationEventPublisher events) {
    this.publicities = publicities;
    this.entries = entries;
    this.objections = objections;
    this.attachments = attachments;
    this.receipts = receipts;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.entityManager = entityManager;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Stores the objection (REGISTERED, with a receipt number) and correlates {@code ObjectionFiled}
   * with {@code objectionId} to the publicity's instance, all in one transaction: if anything is
   * refused or fails, nothing is stored. The same objection filed again (same entry, name, contact and
   * grounds) answers with the one registered.
   */
  @Transactional
  public Objection file(Long publicityId, FileObjectionCommand command) {
    if (command.attachment() != null) {
      List<FieldProblem> problems = command.attachment().problems();
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
    }
    Publicity publicity = publicities.findById(publicityId).orElseThrow(() -> new NotFoundException(
        "公示 " + publicityId + " 不存在（publicity " + publicityId + " not found）"));
    PublicityEntry entry = entries.findByPublicityIdAndApplicationId(publicityId, command.applicationId())
        .orElseThrow(() -> new InadmissibleException("applicationId",
            "申报 " + command.applicationId() + " 不在公示「" + publicity.getTitle() + "」（" + publicityId
                + "）的名单中（application " + command.applicationId() + " is not on publicity "
                + publicityId + "）"));
    LocalDateTime now = clock.now();
    // one filing at a time per publicity, none once its period ended (the timer changes the row): locked, read afresh
    entityManager.refresh(publicity, LockModeType.PESSIMISTIC_WRITE);
    checkPeriod(publicity, now.toLocalDate());
    Optional<Objection> registered = objections.findByPublicityIdOrderByIdAsc(publicityId).stream()
        .filter(o -> o.getEntryId().equals(entry.getId()) && o.getObjectorName().equals(command.objectorName().strip())
            && o.getContact().equals(command.contact().strip()) && o.getGrounds().equals(command.grounds().strip())
            && bringsNothingNew(o, command.attachment()))
        .findFirst();
    if (registered.isPresent()) {
      // a double click or a reloaded page: the same person's same objection is one case, with its first receipt
      return registered.get();
    }

    Objection objection = objections.save(new Objection(receipts.next("YY", now.getYear()), publicityId,
        entry.getId(), entry.getApplicationId(), command.objectorName().strip(), command.contact().strip(),
        command.grounds().strip(), now));
    if (command.attachment() != null) {
      attachments.save(new ObjectionAttachment(objection.getId(), command.attachment(), now));
    }
    objections.flush();

    // a public filing is a system action: the engine runs it without the caller's identity
    AsSystem.call(identityService, () -> runtimeService.createMessageCorrelation(MESSAGE_OBJECTION_FILED)
        .processInstanceVariableEquals("publicityId", publicityId)
        .setVariableToTriggeredScope("objectionId", objection.getId())
        .correlateWithResult());
    return objection;
  }

  /**
   * A re-sent objection is the one already filed unless it brings a file that one does not have (the citizen
   * went back to add a photo): then it is filed anew, with its own receipt, rather than the file lost.
   */
  private boolean bringsNothingNew(Objection registered, ObjectionUpload upload) {
    return upload == null || attachments.findByObjectionId(registered.getId())
        .map(stored -> Arrays.equals(stored.getContent(), upload.file().content())).orElse(false);
  }

  /** The objections to one case, oldest first: for the case file, which shows no objector's identity. */
  @Transactional(readOnly = true)
  public List<Objection> ofApplication(Long applicationId) {
    return objections.findByApplicationIdOrderByIdAsc(applicationId);
  }

  @Transactional(readOnly = true)
  public Optional<Objection> findByReceiptNumber(String receiptNumber) {
    return objections.findByReceiptNumber(ReceiptNumbers.typed(receiptNumber));
  }

  /** The attachment of an objection, for its handlers only ({@link #forHandlers}): it may name people. */
  @Transactional(readOnly = true)
  public ObjectionAttachment downloadAttachment(String receiptNumber) {
    Objection objection = forHandlers(receiptNumber, "附件");
    ObjectionAttachment attachment = attachments.findByObjectionId(objection.getId())
        .orElseThrow(() -> new NotFoundException("异议 " + receiptNumber + " 没有附件"));
    attachment.getContent(); // load the lazy content inside the transaction
    return attachment;
  }

  /**
   * The objection with the objector's real name and contact, for its handlers only ({@link #forHandlers}): the
   * tasks link here instead of carrying them, so the engine and its history never hold them.
   */
  @Transactional(readOnly = true)
  public Objection objector(String receiptNumber) {
    return forHandlers(receiptNumber, "异议人信息");
  }

  /**
   * An objection, if the caller handles it: the quality office, which concludes every objection (Art 9(6)),
   * or an administrator; the publicity's handler group (the recommending unit, which investigates for its own
   * publicity, Art 16) while its investigation is open to it, and not once it is done or the office took it.
   */
  private Objection forHandlers(String receiptNumber, String what) {
    Objection objection = objections.findByReceiptNumber(receiptNumber)
        .orElseThrow(() -> new NotFoundException("异议受理编号 " + receiptNumber + " 不存在"));
    String handlerGroup = publicities.findById(objection.getPublicityId()).orElseThrow().getHandlerGroup();
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.contains(Role.QUALITY_OFFICE.groupId()) || groups.contains(Role.CAMUNDA_ADMIN.groupId())
        || (groups.contains(handlerGroup) && investigating(objection, handlerGroup))) {
      return objection;
    }
    throw new NotAllowedException("异议 " + receiptNumber + " 的" + what + "仅供市质强办和调查核实期间的异议处理单位（"
        + handlerGroup + "）查看");
  }

  /** The objection's investigation is open and offered to the group, claimed by one of its members or not. */
  private boolean investigating(Objection objection, String group) {
    return objection.getProcessInstanceId() != null && AsSystem.call(identityService, () -> taskService.createTaskQuery()
        .processInstanceId(objection.getProcessInstanceId()).taskDefinitionKey(ObjectionModel.INVESTIGATE_OBJECTION)
        .taskCandidateGroup(group).includeAssignedTasks().count() > 0);
  }

  /**
   * The publicity withdrawn (its process cancelled): every objection still open is closed with an answer
   * saying so, its handling tasks having gone with the process, and the objector told as for an answer.
   */
  @Transactional
  public void closeOpen(Publicity withdrawn) {
    LocalDateTime now = clock.now();
    String answer = "公示「" + withdrawn.getTitle() + "」已于" + now.format(DateTimeFormatter.ofPattern("yyyy年M月d日"))
        + "撤回，您的异议不再调查处理。";
    for (Objection o : objections.findByPublicityIdOrderByIdAsc(withdrawn.getId())) {
      if (o.getState() == ObjectionState.REGISTERED || o.getState() == ObjectionState.INVESTIGATING) {
        o.close(answer, now);
        AnswerObjectorDelegate.answered(o).ifPresent(events::publishEvent);
      }
    }
  }

  private static void checkPeriod(Publicity p, LocalDate today) {
    if (p.acceptsObjectionsOn(today)) {
      return;
    }
    if (p.getState() == PublicityState.WITHDRAWN) {
      throw new ConflictException("公示「" + p.getTitle() + "」已撤回，不再受理异议");
    }
    throw new ConflictException(today.isBefore(p.getPublishedOn())
        ? "公示尚未发布（published on " + p.getPublishedOn() + "）"
        : "公示期已结束（公示期：" + p.periodText() + "）");
  }

}
