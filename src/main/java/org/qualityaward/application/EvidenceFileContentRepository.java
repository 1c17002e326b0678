package org.qualityaward.application;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFileContentRepository extends JpaRepository<EvidenceFileContent, Long> {

  /** The bytes of an uploaded file. */
  default byte[] bytesOf(Long id) {
    return findById(id).map(EvidenceFileContent::getContent).orElseThrow();
  }
}
