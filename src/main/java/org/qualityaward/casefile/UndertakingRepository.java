package org.qualityaward.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UndertakingRepository extends JpaRepository<Undertaking, Long> {

  boolean existsByApplicationIdAndStageAndUserId(Long applicationId, String stage, String userId);

  List<Undertaking> findByApplicationIdOrderBySignedAt(Long applicationId);
}
