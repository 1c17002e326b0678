package org.qualityaward.edition;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EditionRepository extends JpaRepository<Edition, Long> {

  Optional<Edition> findByProcessInstanceId(String processInstanceId);

  Optional<Edition> findByYear(int year);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select e from Edition e where e.id = :id")
  Optional<Edition> lockById(Long id);
}
