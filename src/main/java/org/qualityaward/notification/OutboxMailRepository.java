package org.qualityaward.notification;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

  List<OutboxMail> findByNextAttemptAtLessThanEqualOrderById(LocalDateTime now, Pageable page);

  /** Waiting (a next attempt) or given up (no next attempt, never sent), oldest first. */
  List<OutboxMail> findBySentAtIsNullOrderById(Pageable page);
}
