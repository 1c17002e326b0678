package org.qualityaward.application;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an evidence file, mapped apart from its entry ({@link EvidenceAttachment}, the same row):
 * the lists of a case's files, built for every task of the case, never load the files themselves. (The
 * entry's lazy attribute did load them: Hibernate honours a lazy basic attribute only with bytecode
 * enhancement. Found by the benchmark of issue 16.)
 */
@Entity
@Table(name = "evidence_attachment")
class EvidenceFileContent {

  @Id
  private Long id;

  private byte[] content;

  protected EvidenceFileContent() {}

  byte[] getContent() { return content; }

  /** The upload of a declared entry, which has no bytes yet: reading it first costs nothing. */
  void store(byte[] content) {
    this.content = content;
  }
}
