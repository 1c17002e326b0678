package org.qualityaward.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import org.qualityaward.honour.AwardLevel;

/** One move of the office in the proposal (Art 9(5), 20), kept as made: the proposal replays them in order. */
@Entity
class ProposalChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long editionId;
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  private AwardLevel level;

  private String reason;
  private String changedBy;
  private LocalDateTime changedAt;

  protected ProposalChange() {}

  ProposalChange(Long editionId, Proposal.Change change, String changedBy, LocalDateTime changedAt) {
    this.editionId = editionId;
    this.applicationId = change.applicationId();
    this.level = change.level();
    this.reason = change.reason();
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  Proposal.Change change() {
    return new Proposal.Change(applicationId, level, reason);
  }
}
