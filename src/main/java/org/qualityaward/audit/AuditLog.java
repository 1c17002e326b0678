package org.qualityaward.audit;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of refused attempts (who, what, when, why) the administrator reads at
 * {@code GET /api/audit/refusals}. A refusal usually rolls back the caller's transaction, so each
 * entry is written in a transaction of its own.
 */
@Service
public class AuditLog {

  private final RefusedAttemptRepository attempts;

  AuditLog(RefusedAttemptRepository attempts) {
    this.attempts = attempts;
  }

  /**
   * Records one refused attempt.
   *
   * @param userId the authenticated user, or null for an anonymous caller
   * @param clientAddress the caller's address, or null
   * @param action what was attempted, e.g. {@code POST /engine-rest/task/42/complete}
   * @param reason why it was refused, in the words the caller got
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void refused(String userId, String clientAddress, String action, String reason) {
    attempts.save(new RefusedAttempt(Instant.now(), userId, clientAddress, action, reason));
  }

  /** Removes the entries older than {@code before}; says how many. */
  @Transactional
  public int purgeOlderThan(Instant before) {
    return attempts.deleteOlderThan(before);
  }

  @Transactional(readOnly = true)
  public Page<RefusedAttempt> recent(String userId, int page, int size) {
    PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    return userId == null || userId.isBlank()
        ? attempts.findAllByOrderByOccurredAtDescIdDesc(request)
        : attempts.findByUserIdOrderByOccurredAtDescIdDesc(userId, request);
  }
}
