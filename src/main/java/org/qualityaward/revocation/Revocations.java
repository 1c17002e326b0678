package org.qualityaward.revocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.commendation.Commendations;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.notification.Notice;
import org.qualityaward.notification.NoticeKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bean {@code revocations}: what the {@code revocation} model does (Art 30, 32). Each method is one
 * service task or timer of the model; the rules are in {@link RevocationGroundsRule} and {@link
 * RecallItemKind}.
 */
@Service("revocations")
public class Revocations {

  public static final String PROCESS_KEY = RevocationModel.PROCESS_KEY;

  private final RevocationRepository revocations;
  private final RecallItemRepository items;
  private final Commendations commendations;
  private final RecallReminderRepository reminders;
  private final BanRepository bans;
  private final Honours honours;
  private final ApplicationCases cases;
  private final ApplicationEventPublisher events;
  private final WorkingDayCalendar calendar;
  private final int banYears;
  private final int reminderWorkingDays;

  Revocations(RevocationRepository revocations, RecallItemRepository items, RecallReminderRepository reminders,
      BanRepository bans, Honours honours, ApplicationCases cases, Commendations commendations,
      ApplicationEventPublisher events, WorkingDayCalendar calendar,
      @Value("${qa.revocation.ban-years:5}") int banYears,
      @Value("${qa.revocation.recall-reminder-working-days:10}") int reminderWorkingDays) {
    if (banYears < 1) {
      throw new IllegalArgumentException("qa.revocation.ban-years 至少为 1（Art 32: 5）: " + banYears);
    }
    if (reminderWorkingDays < 1) {
      throw new IllegalArgumentException("qa.revocation.recall-reminder-working-days 至少为 1: " + reminderWorkingDays);
    }
    this.revocations = revocations;
    this.items = items;
    this.commendations = commendations;
    this.reminders = reminders;
    this.bans = bans;
    this.honours = honours;
    this.cases = cases;
    this.events = events;
    this.calendar = calendar;
    this.banYears = banYears;
    this.reminderWorkingDays = reminderWorkingDays;
  }

  /**
   * Task_OpenRevocation: the case the leading group will deliberate, bound to the {@code revocation}
   * instance that opens it: its later steps find the case there.
   */
  @Transactional
  public Revocation open(Long honourId, Long complaintId, RevocationGround proposedGround,
      LocalDate proposedFactDate, String proposal, String processInstanceId) {
    honours.get(honourId);
    Revocation revocation = new Revocation(honourId, complaintId, proposedGround, proposedFactDate, proposal,
        calendar.now());
    revocation.attachProcess(processInstanceId);
    return revocations.save(revocation);
  }

  /**
   * The revocation case a {@code revocation} instance opened: what its steps apply to comes from our
   * records, never from a variable.
   */
  public Long ofProcess(String processInstanceId) {
    return revocations.findByProcessInstanceId(processInstanceId).map(Revocation::getId).orElseThrow(
        () -> new IllegalStateException("流程 " + processInstanceId + " 没有绑定的撤销案件（no revocation bound to it）"));
  }

  /**
   * Task_RevokeHonour (Art 30, 32): the honour ends on the meeting day (and its {@code honour}
   * process with it), the holder is banned for {@code qa.revocation.ban-years} — {@code
   * bannedUntil}, the first day it may apply again, is exactly that many years after the
   * revocation —, the revocation is announced and one recall item per thing awarded is opened.
   */
  @Transactional
  public void revoke(Long revocationId) {
    Revocation revocation = get(revocationId);
    if (!Boolean.TRUE.equals(revocation.getApproved()) || revocation.getRevokedOn() != null) {
      throw new IllegalStateException("撤销案件 " + revocationId + " 未决定撤销或已撤销");
    }
    LocalDate on = revocation.getMeetingDate();
    List<Honour> revoked = honours.revoke(revocation.getHonourId(), on);
    Honour honour = revoked.get(0);
    boolean organisation = honour.getKind() == ApplicationKind.ORGANIZATION;
    Ban ban = bans.save(new Ban(honour.getHolderName(), organisation ? honour.getHolderCreditCode() : null,
        organisation ? null : honour.getHolderIdNumber(), organisation ? null : honour.getHolderIdHash(), on,
        bannedUntil(on), honour.getId(), revocation.getGround().describe()));
    revocation.revoked(on, ban.getId(), calendar.now());
    cases.disqualifyBanned(organisation ? honour.getHolderCreditCode() : honour.getHolderIdHash(),
        "所获" + honour.getLevel().label() + "于 " + on + " 撤销（" + revocation.getGround().describe() + "），自撤销之日起"
            + banYears + "年内不得申报（第三十二条），取消参评资格");
    // what was handed over with this honour; an honour without a commendation on record as its level gives
    boolean prizePaid = commendations.ofHonour(honour.getId()).map(c -> c.getPrizeMoney() > 0)
        .orElse(honour.getLevel() == AwardLevel.AWARD);
    List<RecallItem> recalled = new ArrayList<>();
    RecallItemKind.forHonour(honour.getLevel(), prizePaid)
        .forEach(kind -> recalled.add(items.save(new RecallItem(revocationId, kind, honour.getId(), false))));
    // each renewal's reissued honour came with its own trophy, plaque and certificate, no prize (Art 33, 23)
    revoked.stream().skip(1).forEach(reissued -> RecallItemKind.forHonour(reissued.getLevel(), false)
        .forEach(kind -> recalled.add(items.save(new RecallItem(revocationId, kind, reissued.getId(), true)))));
    // the holder hears it from us, not only from the public announcement (Art 30 收回…并予以公告)
    events.publishEvent(Notice.toUser(NoticeKind.HONOUR_REVOKED, honour.getHolderUserId(), "您的"
        + honour.getLevel().label() + "荣誉称号已于 " + on + " 撤销（" + revocation.getGround().describe() + "），请交回"
        + String.join("、", recalled.stream().map(RecallItem::label).toList()) + "；" + bannedUntil(on)
        + " 起方可再次申报（第三十二条）", "/notices#revocations"));
  }

  /** Art 32: the first day the holder may apply again. */
  public LocalDate bannedUntil(LocalDate revokedOn) {
    return revokedOn.plusYears(banYears);
  }

  /** Collection of SubProcess_Recall: one instance per item still out of the case this instance opened. */
  @Transactional(readOnly = true)
  public List<Long> recallItems(DelegateExecution execution) {
    return items.findByRevocationIdOrderByIdAsc(ofProcess(execution.getProcessInstanceId())).stream()
        .filter(i -> i.getReturnedOn() == null)
        .map(RecallItem::getId)
        .toList();
  }

  /**
   * Gateway_ReminderDue (checked daily by Timer_RecallReminder): an item still out is reminded when
   * {@code recall-reminder-working-days} full working days have passed since the revocation or its
   * last reminder, so every reminder opens a new period.
   */
  @Transactional(readOnly = true)
  public boolean reminderDue(Object recallItemId) {
    RecallItem item = item(recallItemId);
    if (item.getReturnedOn() != null) {
      return false;
    }
    List<RecallReminder> sent = reminders.findByRecallItemIdOrderByOrdinalAsc(item.getId());
    LocalDate since = sent.isEmpty() ? get(item.getRevocationId()).getRevokedOn()
        : sent.get(sent.size() - 1).getRemindedAt().toLocalDate();
    return !calendar.today().isBefore(reminderDueOn(since));
  }

  /** The day a reminder is due: after {@code recall-reminder-working-days} full working days following {@code since}. */
  public LocalDate reminderDueOn(LocalDate since) {
    return calendar.lastDayOf(since.plusDays(1), reminderWorkingDays).plusDays(1);
  }

  /** Task_RecordRecallReminder: one more reminder for an item still out. */
  @Transactional
  public void remind(Long recallItemId) {
    RecallItem item = item(recallItemId);
    if (item.getReturnedOn() != null) {
      return;
    }
    reminders.save(new RecallReminder(recallItemId, calendar.now(), (int) reminders.countByRecallItemId(recallItemId) + 1));
  }

  /** Task_CompleteRecall: everything is back. */
  @Transactional
  public void completeRecall(Long revocationId) {
    Revocation revocation = get(revocationId);
    boolean allBack = items.findByRevocationIdOrderByIdAsc(revocationId).stream().allMatch(i -> i.getReturnedOn() != null);
    if (!allBack) {
      throw new IllegalStateException("撤销案件 " + revocationId + " 仍有未收回的物品");
    }
    revocation.recallCompleted();
  }

  /** The revocation case opened on a complaint (its call of the {@code revocation} model). */
  @Transactional(readOnly = true)
  public Revocation ofComplaint(Long complaintId) {
    return revocations.findFirstByComplaintIdOrderByIdDesc(complaintId)
        .orElseThrow(() -> new IllegalStateException("投诉举报 " + complaintId + " 没有撤销案件"));
  }

  public Revocation get(Object revocationId) {
    if (!(revocationId instanceof Number n)) {
      throw new IllegalArgumentException("流程变量 revocationId 缺失或不是数字：" + revocationId);
    }
    return revocations.findById(n.longValue())
        .orElseThrow(() -> new IllegalStateException("撤销案件 " + n + " 不存在"));
  }

  RecallItem item(Object recallItemId) {
    if (!(recallItemId instanceof Number n)) {
      throw new IllegalArgumentException("流程变量 recallItemId 缺失或不是数字：" + recallItemId);
    }
    return items.findById(n.longValue()).orElseThrow(() -> new IllegalStateException("收回事项 " + n + " 不存在"));
  }

  @Transactional(readOnly = true)
  public List<RecallItem> itemsOf(Long revocationId) {
    return items.findByRevocationIdOrderByIdAsc(revocationId);
  }

  @Transactional(readOnly = true)
  public List<RecallReminder> remindersOf(Long recallItemId) {
    return reminders.findByRecallItemIdOrderByOrdinalAsc(recallItemId);
  }

  @Transactional(readOnly = true)
  public List<Revocation> ofHonour(Long honourId) {
    return revocations.findByHonourIdOrderByIdAsc(honourId);
  }

  /** The ban recorded at the revocation: its {@code bannedUntil} is fixed then, whatever the config says later. */
  @Transactional(readOnly = true)
  public LocalDate bannedUntilOf(Revocation revocation) {
    return revocation.getBanId() == null ? null
        : bans.findById(revocation.getBanId()).map(Ban::getBannedUntil).orElse(null);
  }

  /** Every revocation announced, newest first (Art 30). */
  @Transactional(readOnly = true)
  public List<RevocationAnnouncement> announcements() {
    return revocations.findByRevokedOnIsNotNullOrderByRevokedOnDescIdDesc().stream().map(r -> {
      Honour h = honours.get(r.getHonourId());
      return new RevocationAnnouncement(r.getId(), h.getHolderName(), h.getKind().name(), h.getLevel().label(),
          h.getAwardedOn(), r.getRevokedOn(), r.getGround().name(), r.getGround().article(), r.getGround().describe(),
          bannedUntilOf(r));
    }).toList();
  }
}
