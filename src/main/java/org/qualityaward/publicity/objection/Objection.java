package org.qualityaward.publicity.objection;

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
import java.time.LocalDateTime;
import org.qualityaward.platform.EncryptedColumn;
import org.qualityaward.platform.ReceiptNumbers;

/** An objection (异议) to one entry of a publicity, filed by a named person with a contact (Art 21). */
@Entity
@Table(name = "objection")
public class Objection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String receiptNumber;

  @Column(nullable = false)
  private Long publicityId;

  @Column(nullable = false)
  private Long entryId;

  @Column(nullable = false)
  private Long applicationId;

  /** Personal data, like the contact: encrypted at rest, read by the office only. */
  @Column(nullable = false)
  @Convert(converter = EncryptedColumn.class)
  private String objectorName;

  @Column(nullable = false)
  @Convert(converter = EncryptedColumn.class)
  private String contact;

  @Column(nullable = false)
  private String grounds;

  @Column(nullable = false)
  private LocalDateTime filedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ObjectionState state;

  private String processInstanceId;
  private String findings;
  /** The user who recorded the findings: of the recommending unit, or of the office. */
  private String investigatedBy;
  private Boolean substantiated;
  /** The handler's conclusion (异议结论); the disqualification reason when substantiated. */
  private String conclusion;
  private String answer;
  private LocalDateTime concludedAt;

  @Version
  private long version;

  protected Objection() {
  }

  public Objection(String receiptNumber, Long publicityId, Long entryId, Long applicationId,
      String objectorName, String contact, String grounds, LocalDateTime filedAt) {
    this.receiptNumber = receiptNumber;
    this.publicityId = publicityId;
    this.entryId = entryId;
    this.applicationId = applicationId;
    this.objectorName = objectorName;
    this.contact = contact;
    this.grounds = grounds;
    this.filedAt = filedAt;
    this.state = ObjectionState.REGISTERED;
  }

  public void accept(String processInstanceId) {
    this.processInstanceId = processInstanceId;
    this.state = ObjectionState.INVESTIGATING;
  }

  public void recordFindings(String findings, String investigatedBy) {
    this.findings = findings;
    this.investigatedBy = investigatedBy;
  }

  public void recordConclusion(boolean substantiated, String conclusion, String answer) {
    this.substantiated = substantiated;
    this.conclusion = conclusion;
    this.answer = answer;
  }

  public void conclude(LocalDateTime at) {
    this.state = ObjectionState.CONCLUDED;
    this.concludedAt = at;
  }

  /** Its publicity withdrawn before the objection was concluded: answered with why it is not handled. */
  void close(String answer, LocalDateTime at) {
    this.state = ObjectionState.CLOSED;
    this.answer = answer;
    this.concludedAt = at;
  }

  public Long getId() { return id; }
  public String getReceiptNumber() { return receiptNumber; }

  /** The receipt number without its check code: what others than the objector and the office are shown. */
  public String serial() { return ReceiptNumbers.serial(receiptNumber); }
  public Long getPublicityId() { return publicityId; }
  public Long getEntryId() { return entryId; }
  public Long getApplicationId() { return applicationId; }
  public String getObjectorName() { return objectorName; }
  public String getContact() { return contact; }
  public String getGrounds() { return grounds; }
  public LocalDateTime getFiledAt() { return filedAt; }
  public ObjectionState getState() { return state; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getFindings() { return findings; }
  public String getInvestigatedBy() { return investigatedBy; }
  public Boolean getSubstantiated() { return substantiated; }
  public String getConclusion() { return conclusion; }
  public String getAnswer() { return answer; }
  public LocalDateTime getConcludedAt() { return concludedAt; }
}
