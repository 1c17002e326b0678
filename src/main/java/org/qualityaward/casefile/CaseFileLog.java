package org.qualityaward.casefile;

import java.util.List;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The log of every opening of a case file or of its files (who, when, what), read by the office on the case file. */
@Service
class CaseFileLog {

  private final CaseFileOpeningRepository openings;
  private final WorkingDayCalendar calendar;

  CaseFileLog(CaseFileOpeningRepository openings, WorkingDayCalendar calendar) {
    this.openings = openings;
    this.calendar = calendar;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void opened(Long applicationId, String userId, String what) {
    openings.save(new CaseFileOpening(applicationId, userId, calendar.now(), what));
  }

  @Transactional(readOnly = true)
  List<CaseFileOpening> of(Long applicationId) {
    return openings.findTop500ByApplicationIdOrderByOpenedAtDescIdDesc(applicationId);
  }
}
