package org.qualityaward.revocation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.qualityaward.platform.EncryptedColumn;

/**
 * The ban that follows a revoked honour (Art 32). The subject is an organisation ({@code
 * subjectCreditCode}) or a person ({@code subjectIdNumber}, stored encrypted, found by {@code
 * subjectIdHash}). {@code bannedUntil} is the first day the subject may apply again: revoked
 * 2027-06-01, banned until 2032-06-01.
 */
@Entity
@Table(name = "ban")
public class Ban {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String subjectName;

  @Column(length = 18)
  private String subjectCreditCode;

  @Convert(converter = EncryptedColumn.class)
  @Column(length = 100)
  private String subjectIdNumber;

  /** The keyed hash of {@code subjectIdNumber} (platform.PersonalDataCipher#lookupHash): what BAN looks up. */
  @Column(length = 64)
  private String subjectIdHash;

  @Column(nullable = false)
  private LocalDate revokedOn;

  @Column(nullable = false)
  private LocalDate bannedUntil;

  @Column(nullable = false)
  private Long honourId;

  @Column(nullable = false, length = 2000)
  private String grounds;

  protected Ban() {}

  public Ban(
      String subjectName,
      String subjectCreditCode,
      String subjectIdNumber,
      String subjectIdHash,
      LocalDate revokedOn,
      LocalDate bannedUntil,
      Long honourId,
      String grounds) {
    this.subjectName = subjectName;
    this.subjectCreditCode = subjectCreditCode;
    this.subjectIdNumber = subjectIdNumber;
    this.subjectIdHash = subjectIdHash;
    this.revokedOn = revokedOn;
    this.bannedUntil = bannedUntil;
    this.honourId = honourId;
    this.grounds = grounds;
  }

  public Long getId() {
    return id;
  }

  public String getSubjectName() {
    return subjectName;
  }

  public String getSubjectCreditCode() {
    return subjectCreditCode;
  }

  public String getSubjectIdNumber() {
    return subjectIdNumber;
  }

  public LocalDate getRevokedOn() {
    return revokedOn;
  }

  public LocalDate getBannedUntil() {
    return bannedUntil;
  }

  public Long getHonourId() {
    return honourId;
  }

  public String getGrounds() {
    return grounds;
  }
}
