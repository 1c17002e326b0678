package org.qualityaward.applicant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftFileRepository extends JpaRepository<DraftFile, Long> {

  List<DraftFile> findByDraftIdOrderById(Long draftId);
}
