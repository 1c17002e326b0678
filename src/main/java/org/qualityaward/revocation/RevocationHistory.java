package org.qualityaward.revocation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.qualityaward.honour.HonourHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revocation part of an honour's history: case opened, the leading group's decision, the
 * revocation with its ban and announcement, reminders and returns of recalled items.
 */
@Component
@Transactional(readOnly = true)
class RevocationHistory implements HonourHistory {

  private final Revocations revocations;

  public RevocationHistory(Revocations revocations) {
    this.revocations = revocations;
  }

  @Override
  public List<Event> eventsOf(Long honourId) {
    List<Event> events = new ArrayList<>();
    for (Revocation r : revocations.ofHonour(honourId)) {
      events.add(new Event(r.getOpenedAt(), "REVOCATION_PROPOSED",
          "市质强办核实后报领导小组审议撤销" + (r.getProposedGround() == null ? "" : "（拟适用" + r.getProposedGround().articleZh() + "）"),
          r.getId()));
      if (r.getDecidedAt() != null) {
        events.add(new Event(r.getDecidedAt(), "REVOCATION_DECIDED",
            r.getMeetingDate() + " 领导小组会议（主持：" + r.getChair() + "）"
                + (Boolean.TRUE.equals(r.getApproved())
                    ? "决定撤销荣誉称号，" + r.getGround().describe()
                    : "决定不予撤销") + "；意见：" + r.getDecisionComment(),
            r.getId()));
      }
      if (r.getRevokedOn() != null) {
        String items = revocations.itemsOf(r.getId()).stream().map(item -> item.label())
            .collect(Collectors.joining("、"));
        events.add(new Event(r.getAnnouncedAt(), "REVOKED",
            "荣誉称号于 " + r.getRevokedOn() + " 撤销，收回" + items + "，并予以公告（第三十条）", r.getId()));
        events.add(new Event(r.getAnnouncedAt(), "BAN",
            "禁止申报：" + revocations.bannedUntilOf(r) + " 前不得申报市政府质量奖（第三十二条）", r.getBanId()));
      }
      for (RecallItem item : revocations.itemsOf(r.getId())) {
        for (RecallReminder reminder : revocations.remindersOf(item.getId())) {
          events.add(new Event(reminder.getRemindedAt(), "RECALL_REMINDER",
              "第 " + reminder.getOrdinal() + " 次催收" + item.label(), item.getId()));
        }
        if (item.getReturnedOn() != null) {
          events.add(new Event(item.getReturnedOn().atStartOfDay(), "RECALL_RETURNED",
              item.label() + "已于 " + item.getReturnedOn() + " 收回"
                  + (item.getNote() == null ? "" : "（" + item.getNote() + "）"),
              item.getId()));
        }
      }
    }
    return events;
  }
}
