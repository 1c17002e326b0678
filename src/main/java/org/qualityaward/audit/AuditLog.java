package org.qualityaward.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
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
  private final EntityManager entityManager;

  AuditLog(RefusedAttemptRepository attempts, EntityManager entityManager) {
    this.attempts = attempts;
    this.entityManager = entityManager;
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

  /**
   * As {@link #refused}, in the caller's transaction: for a refusal decided inside one that commits all the same
   * (a wrong password, which the engine counts; a period timer run early, re-armed). A transaction of its own would take a second connection while
   * the first is held, and a flood of wrong logins (anyone can send them) would hold every connection of the
   * pool waiting for another.
   */
  @Transactional
  public void refusedWithinCaller(String userId, String clientAddress, String action, String reason) {
    attempts.save(new RefusedAttempt(Instant.now(), userId, clientAddress, action, reason));
  }

  /** Removes the entries older than {@code before}; says how many. */
  @Transactional
  public int purgeOlderThan(Instant before) {
    // one bulk delete, built with the criteria API: a JPQL string would have Spring Data and Hibernate parse
    // it at every start-up, their HQL parsers' costly first parse (issue 16)
    CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
    CriteriaDelete<RefusedAttempt> delete = criteria.createCriteriaDelete(RefusedAttempt.class);
    delete.where(criteria.lessThan(delete.from(RefusedAttempt.class).get("occurredAt"), before));
    return entityManager.createQuery(delete).executeUpdate();
  }

  @Transactional(readOnly = true)
  public Page<RefusedAttempt> recent(String userId, int page, int size) {
    PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    return userId == null || userId.isBlank()
        ? attempts.findAllByOrderByOccurredAtDescIdDesc(request)
        : attempts.findByUserIdOrderByOccurredAtDescIdDesc(userId, request);
  }
}
