package org.qualityaward.notification;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The count of unread notifications on the header of every applicant and manager page. */
@ControllerAdvice
class UnreadCount {

  /** Absent in a web-layer test slice of another module, which renders no header. */
  private final ObjectProvider<NotificationInbox> inbox;

  UnreadCount(ObjectProvider<NotificationInbox> inbox) {
    this.inbox = inbox;
  }

  /** Null where there is no header to show it (other paths, the login page): no query then. */
  @ModelAttribute("unreadNotifications")
  Long unread(HttpServletRequest request, Principal principal) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean pages = path.startsWith("/applicant/") || path.startsWith("/manager/") || path.startsWith("/notifications");
    NotificationInbox notifications = inbox.getIfAvailable();
    return principal == null || !pages || notifications == null ? null : notifications.unread(principal.getName());
  }
}
