package org.qualityaward.notification;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The count of unread notifications on the header of every applicant and manager page. */
@ControllerAdvice
class UnreadCount {

  private final NotificationInbox inbox;

  UnreadCount(NotificationInbox inbox) {
    this.inbox = inbox;
  }

  /** Null where there is no header to show it (other paths, the login page): no query then. */
  @ModelAttribute("unreadNotifications")
  Long unread(HttpServletRequest request, Principal principal) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean pages = path.startsWith("/applicant/") || path.startsWith("/manager/");
    return principal == null || !pages ? null : inbox.unread(principal.getName());
  }
}
