package org.qualityaward.platform;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReceiptCounterRepository extends JpaRepository<ReceiptCounter, String> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from ReceiptCounter c where c.id = :id")
  Optional<ReceiptCounter> lock(@Param("id") String id);
}
