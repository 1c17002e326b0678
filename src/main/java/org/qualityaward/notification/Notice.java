package org.qualityaward.notification;

import java.util.Optional;
import java.util.Set;

/**
 * A Spring application event: tell these users, the members of these groups, and these e-mail
 * addresses (people without an account: objectors, complainants) that something happened. The
 * publisher words the title and gives the link; neither may carry a case's confidential content
 * (an expert's notice names the case number and dates only), shortened to what a notification holds.
 * Stored and mailed with the publishing transaction, and only if it commits ({@link Notices}).
 */
public record Notice(NoticeKind kind, Set<String> users, Set<String> groups, Set<String> addresses, String title,
    String link) {

  /** Tasklist, where staff and experts work their tasks (the webapps' default path). */
  public static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final int TITLE_LENGTH = 300;

  public Notice {
    users = users == null ? Set.of() : Set.copyOf(users);
    groups = groups == null ? Set.of() : Set.copyOf(groups);
    addresses = addresses == null ? Set.of() : Set.copyOf(addresses);
    title = title == null || title.length() <= TITLE_LENGTH ? title : shortened(title);
  }

  /** The first characters and an ellipsis, never half of a character outside the basic plane. */
  private static String shortened(String title) {
    int end = TITLE_LENGTH - 1;
    return title.substring(0, Character.isHighSurrogate(title.charAt(end - 1)) ? end - 1 : end) + "…";
  }

  /** To one user; none when the user is unknown (a case entered by the office for someone without an account). */
  public static Notice toUser(NoticeKind kind, String userId, String title, String link) {
    return new Notice(kind, userId == null ? Set.of() : Set.of(userId), Set.of(), Set.of(), title, link);
  }

  /**
   * An objector or complainant (no account) is told their receipt has an answer when the contact they gave is
   * an e-mail address (ContactDetails: else a telephone number, and they look the answer up by receipt).
   */
  public static Optional<Notice> ofReceipt(String contact, String title, String link) {
    return contact == null || !contact.contains("@") ? Optional.empty()
        : Optional.of(new Notice(NoticeKind.RECEIPT_ANSWERED, Set.of(), Set.of(), Set.of(contact.strip()), title, link));
  }
}
