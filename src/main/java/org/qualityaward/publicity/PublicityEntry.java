package org.qualityaward.publicity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One candidate on a published list. */
@Entity
@Table(name = "publicity_entry")
public class PublicityEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long publicityId;

  @Column(nullable = false)
  private Long applicationId;

  @Column(nullable = false)
  private String candidateName;

  private String summary;

  @Column(nullable = false)
  private boolean disqualified;

  private String disqualificationReason;

  protected PublicityEntry() {
  }

  public PublicityEntry(Long publicityId, Long applicationId, String candidateName, String summary) {
    this.publicityId = publicityId;
    this.applicationId = applicationId;
    this.candidateName = candidateName;
    this.summary = summary;
  }

  /** Art 21: 经调查属实的，取消其获奖资格. Returns false if it was already disqualified. */
  public boolean disqualify(String reason) {
    if (disqualified) {
      return false;
    }
    this.disqualified = true;
    this.disqualificationReason = reason;
    return true;
  }

  public Long getId() { return id; }
  public Long getPublicityId() { return publicityId; }
  public Long getApplicationId() { return applicationId; }
  public String getCandidateName() { return candidateName; }
  public String getSummary() { return summary; }
  public boolean isDisqualified() { return disqualified; }
  public String getDisqualificationReason() { return disqualificationReason; }
}
