package org.qualityaward.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalDecisionRepository extends JpaRepository<ProposalDecision, Long> {

  List<ProposalDecision> findByEditionIdOrderById(Long editionId);
}
