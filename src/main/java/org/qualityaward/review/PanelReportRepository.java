package org.qualityaward.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelReportRepository extends JpaRepository<PanelReport, Long> {

  Optional<PanelReport> findByApplicationIdAndStage(Long applicationId, ReviewStage stage);

  List<PanelReport> findByEditionId(Long editionId);

  /**
   * What a ranking needs of each report: the case, the stage and the panel's score, read as three columns. The
   * reports themselves load their members and categories eagerly, two more queries a report (4,000 for a
   * ranking of 1,000 cases).
   */
  List<PanelScore> findScoresByEditionId(Long editionId);

  interface PanelScore {
    Long getApplicationId();

    ReviewStage getStage();

    BigDecimal getPanelScore();
  }
}
