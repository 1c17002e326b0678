package org.qualityaward.renewal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RenewalRepository extends JpaRepository<Renewal, Long> {

  List<Renewal> findByHonourIdOrderByIdAsc(Long honourId);

  List<Renewal> findByHonourIdAndState(Long honourId, RenewalState state);

  List<Renewal> findByNewHonourId(Long newHonourId);
}
