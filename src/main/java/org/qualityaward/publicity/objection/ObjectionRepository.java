package org.qualityaward.publicity.objection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

  Optional<Objection> findByReceiptNumber(String receiptNumber);

  List<Objection> findByPublicityIdOrderByIdAsc(Long publicityId);

  List<Objection> findByApplicationIdOrderByIdAsc(Long applicationId);
}
