package org.qualityaward.publicity.objection;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionAttachmentRepository extends JpaRepository<ObjectionAttachment, Long> {

  Optional<ObjectionAttachment> findByObjectionId(Long objectionId);
}
