package org.qualityaward.publicity.objection;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ObjectionReceiptCounterRepository extends JpaRepository<ObjectionReceiptCounter, Integer> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from ObjectionReceiptCounter c where c.year = :year")
  Optional<ObjectionReceiptCounter> lockYear(@Param("year") int year);
}
