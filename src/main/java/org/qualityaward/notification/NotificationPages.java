package org.qualityaward.notification;

import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 站内通知 on the applicant pages (their session and login) and, for everyone who works in the webapps, on
 * /notifications (the webapps' login; the managers' pages link there from their header). Each user sees only
 * their own and chooses which kinds also come by mail. "All read" and the settings are POSTs (CSRF token in the
 * session's forms); opening a notification marks it read.
 */
@Controller
class NotificationPages {

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final NotificationInbox inbox;
  private final MailPreferences preferences;
  private final String tasklist;

  NotificationPages(NotificationInbox inbox, MailPreferences preferences,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this.inbox = inbox;
    this.preferences = preferences;
    this.tasklist = webappPath + "/app/tasklist/";
  }

  /** A kind on the settings form: by mail or not. */
  record KindChoice(String name, String label, boolean mail) {}

  /** One line of the list. */
  record Row(Long id, String kind, String title, String at, boolean read) {}

  @GetMapping("/applicant/notifications")
  String applicantList(Principal principal, Model model) {
    return list(principal, model, "applicant/notifications");
  }

  @GetMapping("/notifications")
  String staffList(Principal principal, Model model) {
    return list(principal, model, "notifications/list");
  }

  @PostMapping("/applicant/notifications/preferences")
  String applicantPreferences(Principal principal, @RequestParam(name = "mail", required = false) List<NoticeKind> mail,
      @RequestParam(name = "digest", defaultValue = "false") boolean digest) {
    choose(principal, mail, digest);
    return "redirect:/applicant/notifications?saved";
  }

  @PostMapping("/notifications/preferences")
  String staffPreferences(Principal principal, @RequestParam(name = "mail", required = false) List<NoticeKind> mail,
      @RequestParam(name = "digest", defaultValue = "false") boolean digest) {
    choose(principal, mail, digest);
    return "redirect:/notifications?saved";
  }

  @GetMapping("/applicant/notifications/{id}")
  String applicantOpen(@PathVariable("id") Long id, Principal principal) {
    return open(id, principal, "/applicant/notifications");
  }

  @GetMapping("/notifications/{id}")
  String staffOpen(@PathVariable("id") Long id, Principal principal) {
    return open(id, principal, "/notifications");
  }

  @PostMapping("/applicant/notifications/read")
  String applicantReadAll(Principal principal) {
    inbox.readAll(principal.getName());
    return "redirect:/applicant/notifications";
  }

  @PostMapping("/notifications/read")
  String staffReadAll(Principal principal) {
    inbox.readAll(principal.getName());
    return "redirect:/notifications";
  }

  /** The settings form: the kinds ticked go by mail, the others not; the digest box for one mail a day. */
  private void choose(Principal principal, List<NoticeKind> mail, boolean digest) {
    Set<NoticeKind> off = EnumSet.allOf(NoticeKind.class);
    if (mail != null) {
      mail.forEach(off::remove);
    }
    preferences.choose(principal.getName(), new MailPreferences.Choice(off, digest));
  }

  /** To where the notification points, read now; back to the list for another's or an unknown one. */
  private String open(Long id, Principal principal, String list) {
    // only our own relative links: never a redirect off the site (a browser reads /\host as //host)
    return "redirect:" + inbox.open(principal.getName(), id)
        .filter(link -> link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\")).orElse(list);
  }

  /** The latest notifications, and the settings form with the user's choice. */
  private String list(Principal principal, Model model, String view) {
    List<Row> rows = inbox.latest(principal.getName()).stream().map(n -> new Row(n.getId(), n.getKind().label(),
        n.getTitle(), n.getCreatedAt().format(AT), n.getReadAt() != null)).toList();
    MailPreferences.Choice choice = preferences.of(principal.getName());
    model.addAttribute("notifications", rows);
    model.addAttribute("tasklist", tasklist);
    model.addAttribute("user", principal.getName());
    model.addAttribute("kinds", Arrays.stream(NoticeKind.values())
        .map(k -> new KindChoice(k.name(), k.label(), !choice.mailOff().contains(k))).toList());
    model.addAttribute("digest", choice.digest());
    return view;
  }
}
