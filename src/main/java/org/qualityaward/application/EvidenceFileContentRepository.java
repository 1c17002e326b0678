package org.qualityaward.application;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceFileContentRepository extends JpaRepository<EvidenceFileContent, Long> {

  /** Stores the bytes of an entry already saved (the entry's own changes are flushed first). */
  @Modifying(flushAutomatically = true)
  @Query("update EvidenceFileContent f set f.content = :content where f.id = :id")
  int store(@Param("id") Long id, @Param("content") byte[] content);

  /** The bytes of an uploaded file. */
  default byte[] bytesOf(Long id) {
    return findById(id).map(EvidenceFileContent::getContent).orElseThrow();
  }
}
