package org.qualityaward.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelReportRepository extends JpaRepository<PanelReport, Long> {

  Optional<PanelReport> findByApplicationIdAndStage(Long applicationId, ReviewStage stage);

  List<PanelReport> findByEditionId(Long editionId);
}
