package org.qualityaward.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileOpeningRepository extends JpaRepository<CaseFileOpening, Long> {

  List<CaseFileOpening> findTop500ByApplicationIdOrderByOpenedAtDescIdDesc(Long applicationId);
}
