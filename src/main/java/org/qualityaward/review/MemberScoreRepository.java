package org.qualityaward.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberScoreRepository extends JpaRepository<MemberScore, Long> {

  List<MemberScore> findByApplicationIdAndStageOrderById(Long applicationId, ReviewStage stage);

  boolean existsByApplicationIdAndStageAndExpertUserId(Long applicationId, ReviewStage stage, String expertUserId);
}
