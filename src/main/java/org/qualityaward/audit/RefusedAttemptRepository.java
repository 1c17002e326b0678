package org.qualityaward.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RefusedAttemptRepository extends JpaRepository<RefusedAttempt, Long> {

  Page<RefusedAttempt> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

  Page<RefusedAttempt> findByUserIdOrderByOccurredAtDescIdDesc(String userId, Pageable page);
}
