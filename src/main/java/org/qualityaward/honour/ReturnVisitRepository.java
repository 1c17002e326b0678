package org.qualityaward.honour;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnVisitRepository extends JpaRepository<ReturnVisit, Long> {

  List<ReturnVisit> findByHonourIdOrderByVisitedOnAscIdAsc(Long honourId);
}
