package org.qualityaward.edition;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EditionPlanRepository extends JpaRepository<EditionPlan, Long> {

  Optional<EditionPlan> findByEditionId(Long editionId);

  List<EditionPlan> findByStatus(EditionPlan.Status status);
}
