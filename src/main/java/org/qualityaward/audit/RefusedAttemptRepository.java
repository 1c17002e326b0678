package org.qualityaward.audit;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefusedAttemptRepository extends JpaRepository<RefusedAttempt, Long> {

  Page<RefusedAttempt> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

  Page<RefusedAttempt> findByUserIdOrderByOccurredAtDescIdDesc(String userId, Pageable page);

  @Modifying
  @Query("delete from RefusedAttempt a where a.occurredAt < :before")
  int deleteOlderThan(Instant before);
}
