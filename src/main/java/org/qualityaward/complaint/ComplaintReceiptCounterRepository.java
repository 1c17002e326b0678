package org.qualityaward.complaint;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ComplaintReceiptCounterRepository extends JpaRepository<ComplaintReceiptCounter, Integer> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from ComplaintReceiptCounter c where c.year = :year")
  Optional<ComplaintReceiptCounter> lockYear(@Param("year") int year);
}
