package org.qualityaward.applicant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationDraftRepository extends JpaRepository<ApplicationDraft, Long> {

  Optional<ApplicationDraft> findByUserIdAndEditionId(String userId, Long editionId);

  List<ApplicationDraft> findByUserIdOrderByEditionId(String userId);
}
