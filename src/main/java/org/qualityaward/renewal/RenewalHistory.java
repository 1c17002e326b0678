package org.qualityaward.renewal;

import java.util.ArrayList;
import java.util.List;
import org.qualityaward.honour.HonourHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewal part of an honour's history: the answer to the invitation, each deciding step and the
 * result; on a reissued honour, where it came from.
 */
@Component
class RenewalHistory implements HonourHistory {

  private final RenewalRepository renewals;
  private final RenewalDecisionRepository decisions;
  RenewalHistory(RenewalRepository renewals, RenewalDecisionRepository decisions) {
    this.renewals = renewals;
    this.decisions = decisions;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Event> eventsOf(Long honourId) {
    List<Event> events = new ArrayList<>();
    for (Renewal r : renewals.findByHonourIdOrderByIdAsc(honourId)) {
      switch (r.getState()) {
        case NOT_REQUESTED -> events.add(new Event(r.getAnsweredAt(), "RENEWAL_NOT_REQUESTED",
            "有效期届满，未提出复评申请", r.getId()));
        case DECLINED -> events.add(new Event(r.getAnsweredAt(), "RENEWAL_DECLINED", "获奖者表示不申请复评", r.getId()));
        default -> events.add(new Event(r.getAnsweredAt(), "RENEWAL_REQUESTED",
            "提出复评申请（联系人：" + r.getContact() + "）", r.getId()));
      }
      for (RenewalDecision d : decisions.findByRenewalIdOrderByIdAsc(r.getId())) {
        events.add(new Event(d.getDecidedAt(), "RENEWAL_REVIEW", d.text(), r.getId()));
      }
      if (r.isRequested() && r.getConcludedAt() != null) {
        events.add(new Event(r.getConcludedAt(), "RENEWAL_RESULT", r.getState().label()
            + (r.getReason() == null ? "" : "：" + r.getReason())
            + (r.getNewHonourId() == null ? "" : "（新荣誉 " + r.getNewHonourId() + "）"), r.getId()));
      }
    }
    for (Renewal from : renewals.findByNewHonourId(honourId)) {
      events.add(new Event(from.getConcludedAt(), "REISSUED", "经复评继续获得市政府质量奖，接续荣誉 " + from.getHonourId()
          + "（第三十三条）", from.getId()));
    }
    return events;
  }
}
