package org.qualityaward.honour;

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
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.platform.EncryptedColumn;

/**
 * An honour granted to a winner. An organisation holder has {@code holderCreditCode} and, when it
 * is a subsidiary or branch, {@code groupCreditCode} (Art 14); a person has {@code
 * holderIdNumber}, stored encrypted, and is found by {@code holderIdHash}. {@code validUntil} is the
 * last day of validity, inclusive: awarded 2027-06-01 with 5 years' validity means valid until
 * 2032-05-31.
 */
@Entity
@Table(name = "honour")
public class Honour {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Two decisions on one honour at once (two revocation meetings, a revocation and its expiry) cannot both stand. */
  @Version
  private long version;

  @Column(nullable = false)
  private String holderName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApplicationKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "award_level", nullable = false)
  private AwardLevel level;

  @Column(length = 18)
  private String holderCreditCode;

  @Convert(converter = EncryptedColumn.class)
  @Column(length = 100)
  private String holderIdNumber;

  /** The keyed hash of {@code holderIdNumber} (platform.PersonalDataCipher#lookupHash): what HOLDER looks up. */
  @Column(length = 64)
  private String holderIdHash;

  @Column(length = 18)
  private String groupCreditCode;

  /** The edition that awarded it; null for an honour reissued after renewal (Art 33). */
  private Long editionId;

  @Column(nullable = false)
  private LocalDate awardedOn;

  @Column(nullable = false)
  private LocalDate validUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HonourState state;

  private Long applicationId;

  /** An organisation's registered address from its winning application (Art 31: whose county visits it). */
  @Column(length = 200)
  private String holderAddress;

  @Column(length = 64)
  private String holderUserId;

  private LocalDate revokedOn;

  /** Art 33: the honour this one continues after a successful renewal re-evaluation, or null. */
  private Long renewalOfHonourId;

  /**
   * The {@code honour} process instance that carries its validity, return visits and renewal, bound
   * when it starts: its steps find the honour here (V83). Null for a nomination, which has none.
   */
  @Column(length = 64)
  private String processInstanceId;

  protected Honour() {}

  public Honour(
      String holderName,
      ApplicationKind kind,
      AwardLevel level,
      String holderCreditCode,
      String holderIdNumber,
      String holderIdHash,
      String groupCreditCode,
      Long editionId,
      LocalDate awardedOn,
      LocalDate validUntil,
      HonourState state) {
    this.holderName = holderName;
    this.kind = kind;
    this.level = level;
    this.holderCreditCode = holderCreditCode;
    this.holderIdNumber = holderIdNumber;
    this.holderIdHash = holderIdHash;
    this.groupCreditCode = groupCreditCode;
    this.editionId = editionId;
    this.awardedOn = awardedOn;
    this.validUntil = validUntil;
    this.state = state;
  }

  /** Art 33: the validity is over; the holder may apply for renewal, GROUP and HOLDER no longer bar. */
  public void expire() {
    if (state == HonourState.VALID) {
      state = HonourState.EXPIRED;
    }
  }

  /**
   * Art 30: the honour ends at once, also an expired one (a fraud found later still voids it);
   * revoking twice is refused so a second decision cannot move the date.
   */
  public void revoke(LocalDate on) {
    if (state == HonourState.REVOKED) {
      throw new IllegalStateException("荣誉 " + id + " 已于 " + revokedOn + " 撤销");
    }
    state = HonourState.REVOKED;
    revokedOn = on;
  }

  /** The winning application and the applicant user who holds the honour (renewal invitations go there). */
  public void heldThrough(Long applicationId, String holderUserId) {
    this.applicationId = applicationId;
    this.holderUserId = holderUserId;
  }

  void registeredAt(String address) {
    this.holderAddress = address;
  }

  /**
   * Art 33: the honour that continues this one after renewal — same holder, level AWARD, no edition,
   * validity from {@code validFrom} for {@code validityYears}.
   */
  Honour renewedAs(LocalDate validFrom, int validityYears, Long renewalApplicationId) {
    Honour next = new Honour(holderName, kind, AwardLevel.AWARD, holderCreditCode, holderIdNumber, holderIdHash,
        groupCreditCode, null, validFrom, validFrom.plusYears(validityYears).minusDays(1), HonourState.VALID);
    next.heldThrough(renewalApplicationId, holderUserId);
    next.holderAddress = holderAddress;
    next.renewalOfHonourId = id;
    return next;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Long getRenewalOfHonourId() {
    return renewalOfHonourId;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getHolderAddress() {
    return holderAddress;
  }

  public String getHolderUserId() {
    return holderUserId;
  }

  public LocalDate getRevokedOn() {
    return revokedOn;
  }

  public Long getId() {
    return id;
  }

  public String getHolderName() {
    return holderName;
  }

  public ApplicationKind getKind() {
    return kind;
  }

  public AwardLevel getLevel() {
    return level;
  }

  public String getHolderCreditCode() {
    return holderCreditCode;
  }

  public String getHolderIdNumber() {
    return holderIdNumber;
  }

  public String getHolderIdHash() {
    return holderIdHash;
  }

  public String getGroupCreditCode() {
    return groupCreditCode;
  }

  public Long getEditionId() {
    return editionId;
  }

  public LocalDate getAwardedOn() {
    return awardedOn;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public HonourState getState() {
    return state;
  }

  /**
   * The state on a day, as the register shows it: a valid honour whose last day has passed is expired even
   * before its process records it (nominations conferred before they had a process never will).
   */
  public HonourState stateOn(LocalDate day) {
    return state == HonourState.VALID && validUntil.isBefore(day) ? HonourState.EXPIRED : state;
  }
}
