package org.qualityaward.complaint;

import java.util.ArrayList;
import java.util.List;
import org.qualityaward.honour.HonourHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The complaint part of an honour's history: filed, verified, concluded. */
@Component
@Transactional(readOnly = true)
class ComplaintHistory implements HonourHistory {

  private final Complaints complaints;

  public ComplaintHistory(Complaints complaints) {
    this.complaints = complaints;
  }

  @Override
  public List<Event> eventsOf(Long honourId) {
    List<Event> events = new ArrayList<>();
    for (Complaint c : complaints.ofHonour(honourId)) {
      events.add(new Event(c.getFiledAt(), "COMPLAINT_FILED",
          c.getSource().label() + " " + c.getReceiptNumber() + " 已受理：" + c.getGrounds(), c.getId()));
      if (c.getVerifiedAt() != null) {
        events.add(new Event(c.getVerifiedAt(), "COMPLAINT_VERIFIED",
            "市质强办核实" + (Boolean.TRUE.equals(c.getFounded())
                ? "属实，拟适用" + c.getProposedGround().articleZh() + "，报领导小组审议"
                : "不属实") + "：" + c.getFindings(),
            c.getId()));
      }
      if (c.getConcludedAt() != null) {
        events.add(new Event(c.getConcludedAt(), "COMPLAINT_CONCLUDED",
            "投诉举报 " + c.getReceiptNumber() + " 已办结并答复：" + c.getAnswer(), c.getId()));
      }
    }
    return events;
  }
}
