package org.qualityaward.platform;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface ReceiptCounterRepository extends JpaRepository<ReceiptCounter, String> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<ReceiptCounter> findLockedById(String id);
}
