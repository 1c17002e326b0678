package org.qualityaward.notification;

import java.util.List;
import java.util.Optional;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own notifications: the latest, how many are unread, opening one (read), all read. */
@Service
class NotificationInbox {

  /** The list shows this many, newest first; older ones stay stored. */
  static final int SHOWN = 100;

  private final NotificationRepository notifications;
  private final WorkingDayCalendar calendar;

  NotificationInbox(NotificationRepository notifications, WorkingDayCalendar calendar) {
    this.notifications = notifications;
    this.calendar = calendar;
  }

  @Transactional(readOnly = true)
  List<Notification> latest(String user) {
    return notifications.findByRecipientOrderByIdDesc(user, PageRequest.of(0, SHOWN));
  }

  @Transactional(readOnly = true)
  long unread(String user) {
    return notifications.countByRecipientAndReadAtIsNull(user);
  }

  /** Marks the user's notification read and answers where it points; empty for another's or an unknown one. */
  @Transactional
  Optional<String> open(String user, Long id) {
    return notifications.findByIdAndRecipient(id, user).map(n -> {
      n.read(calendar.now());
      return n.getLink();
    });
  }

  @Transactional
  void readAll(String user) {
    notifications.findByRecipientAndReadAtIsNull(user).forEach(n -> n.read(calendar.now()));
  }
}
