package org.qualityaward.honour;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnVisitEscalationRepository extends JpaRepository<ReturnVisitEscalation, Long> {

  List<ReturnVisitEscalation> findByHonourIdOrderByIdAsc(Long honourId);
}
