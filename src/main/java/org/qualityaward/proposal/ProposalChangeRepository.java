package org.qualityaward.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalChangeRepository extends JpaRepository<ProposalChange, Long> {

  List<ProposalChange> findByEditionIdOrderById(Long editionId);
}
