package org.qualityaward.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.qualityaward.platform.EncryptedColumn;
import org.qualityaward.revocation.RevocationGround;

/**
 * A complaint or report about an honour holder (Art 9(6)): filed by anyone under real name with a
 * contact, or entered by the office (spot checks, accident reports, Art 26 misuse); verified by the
 * office, concluded with an answer the complainant reads by receipt number.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String receiptNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintSubject subject;

  /** The honour of a HOLDER complaint. */
  private Long honourId;

  /** The application of a CANDIDATE complaint. */
  private Long applicationId;

  /** Who an AWARD_STAFF complaint concerns, as the complainant names them (Art 29). */
  private String personName;
  private String personRole;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintSource source;

  /** Personal data, like the contact: encrypted at rest, read by the office only. */
  @Column(nullable = false)
  @Convert(converter = EncryptedColumn.class)
  private String complainantName;

  @Column(nullable = false)
  @Convert(converter = EncryptedColumn.class)
  private String contact;

  @Column(nullable = false)
  private String grounds;

  private String enteredBy;

  @Column(nullable = false)
  private LocalDateTime filedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintState state;

  private String processInstanceId;
  private Boolean founded;
  private String findings;
  private LocalDate factDate;

  @Enumerated(EnumType.STRING)
  private RevocationGround proposedGround;

  /** A candidate's founded complaint: whether the office ends the case as disqualified (Art 9(6), 17). */
  private Boolean disqualifiesCandidate;

  private String verifiedBy;
  private LocalDateTime verifiedAt;

  @Enumerated(EnumType.STRING)
  private ComplaintOutcome outcome;

  private String answer;
  private LocalDateTime concludedAt;

  @Version
  private long version;

  protected Complaint() {}

  Complaint(String receiptNumber, Concerning concerning, ComplaintSource source, String complainantName,
      String contact, String grounds, String enteredBy, LocalDateTime filedAt) {
    this.receiptNumber = receiptNumber;
    this.subject = concerning.subject();
    this.honourId = concerning.honourId();
    this.applicationId = concerning.applicationId();
    this.personName = concerning.personName();
    this.personRole = concerning.personRole();
    this.source = source;
    this.complainantName = complainantName;
    this.contact = contact;
    this.grounds = grounds;
    this.enteredBy = enteredBy;
    this.filedAt = filedAt;
    this.state = ComplaintState.REGISTERED;
  }

  /** Whom a complaint concerns: only the fields of its subject are set. */
  record Concerning(ComplaintSubject subject, Long honourId, Long applicationId, String personName,
      String personRole) {}

  void accept(String processInstanceId) {
    if (state != ComplaintState.REGISTERED) {
      throw new IllegalStateException("投诉举报 " + receiptNumber + " 已受理（state " + state + "）");
    }
    this.processInstanceId = processInstanceId;
    this.state = ComplaintState.VERIFYING;
  }

  void verified(boolean founded, String findings, LocalDate factDate, RevocationGround ground, String by,
      LocalDateTime at) {
    this.founded = founded;
    this.findings = findings;
    this.factDate = factDate;
    this.proposedGround = ground;
    this.verifiedBy = by;
    this.verifiedAt = at;
    // only a holder's founded complaint goes on to revocation (Art 30)
    if (founded && subject == ComplaintSubject.HOLDER) {
      this.state = ComplaintState.REVOCATION;
    }
  }

  /**
   * A candidate's or an award staff member's verification: as {@link #verified}, and whether a candidate's case
   * ends as disqualified.
   */
  void personVerified(boolean founded, String findings, boolean disqualify, String by, LocalDateTime at) {
    verified(founded, findings, null, null, by, at);
    this.disqualifiesCandidate = disqualify;
  }

  void conclude(ComplaintOutcome outcome, String answer, LocalDateTime at) {
    if (state == ComplaintState.CONCLUDED) {
      throw new IllegalStateException("投诉举报 " + receiptNumber + " 已办结");
    }
    this.outcome = outcome;
    this.answer = answer;
    this.concludedAt = at;
    this.state = ComplaintState.CONCLUDED;
  }

  public Long getId() { return id; }
  public String getReceiptNumber() { return receiptNumber; }
  public ComplaintSubject getSubject() { return subject; }
  public Long getHonourId() { return honourId; }
  public Long getApplicationId() { return applicationId; }
  public String getPersonName() { return personName; }
  public String getPersonRole() { return personRole; }
  public ComplaintSource getSource() { return source; }
  public String getComplainantName() { return complainantName; }
  public String getContact() { return contact; }
  public String getGrounds() { return grounds; }
  public String getEnteredBy() { return enteredBy; }
  public LocalDateTime getFiledAt() { return filedAt; }
  public ComplaintState getState() { return state; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Boolean getFounded() { return founded; }
  public String getFindings() { return findings; }
  public LocalDate getFactDate() { return factDate; }
  public RevocationGround getProposedGround() { return proposedGround; }
  public boolean disqualifiesCandidate() { return Boolean.TRUE.equals(disqualifiesCandidate); }
  public String getVerifiedBy() { return verifiedBy; }
  public LocalDateTime getVerifiedAt() { return verifiedAt; }
  public ComplaintOutcome getOutcome() { return outcome; }
  public String getAnswer() { return answer; }
  public LocalDateTime getConcludedAt() { return concludedAt; }
}
