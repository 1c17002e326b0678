package org.qualityaward.renewal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RenewalDecisionRepository extends JpaRepository<RenewalDecision, Long> {

  List<RenewalDecision> findByRenewalIdOrderByIdAsc(Long renewalId);
}
