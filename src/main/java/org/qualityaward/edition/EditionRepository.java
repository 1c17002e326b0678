package org.qualityaward.edition;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface EditionRepository extends JpaRepository<Edition, Long> {

  Optional<Edition> findByProcessInstanceId(String processInstanceId);

  Optional<Edition> findByYear(int year);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<Edition> findLockedById(Long id);
}
