package org.qualityaward.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TieDecisionRepository extends JpaRepository<TieDecision, Long> {

  List<TieDecision> findByEditionId(Long editionId);
}
