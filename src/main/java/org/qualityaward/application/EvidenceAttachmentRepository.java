package org.qualityaward.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceAttachmentRepository extends JpaRepository<EvidenceAttachment, Long> {
  List<EvidenceAttachment> findByApplicationIdOrderById(Long applicationId);
}
