package org.qualityaward.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.qualityaward.honour.AwardLevel;

/**
 * What one winner receives (Art 23, 24): award winners prize money, certificate, plaque and
 * crystal trophy; nominations certificate and plaque only.
 */
@Entity
public class Commendation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long editionId;
  private Long applicationId;
  private Long honourId;

  @Enumerated(EnumType.STRING)
  @Column(name = "award_level")
  private AwardLevel level;

  private String certificateNumber;
  private long prizeMoney;
  private boolean plaque;
  private boolean trophy;
  private LocalDate awardedOn;
  private Long renewalOfHonourId;

  protected Commendation() {}

  /** Art 33: a renewal reissues trophy, plaque and certificate — no prize money, no edition. */
  static Commendation renewal(Long renewalApplicationId, Long honourId, Long renewalOfHonourId,
      String certificateNumber, LocalDate awardedOn) {
    Commendation c = new Commendation(null, renewalApplicationId, honourId, AwardLevel.AWARD, certificateNumber, 0,
        awardedOn);
    c.renewalOfHonourId = renewalOfHonourId;
    return c;
  }

  Commendation(Long editionId, Long applicationId, Long honourId, AwardLevel level, String certificateNumber,
      long prizeMoney, LocalDate awardedOn) {
    this.editionId = editionId;
    this.applicationId = applicationId;
    this.honourId = honourId;
    this.level = level;
    this.certificateNumber = certificateNumber;
    this.prizeMoney = prizeMoney;
    this.plaque = true;
    this.trophy = level == AwardLevel.AWARD;
    this.awardedOn = awardedOn;
  }

  public Long getId() { return id; }
  public Long getEditionId() { return editionId; }
  public Long getApplicationId() { return applicationId; }
  public Long getHonourId() { return honourId; }
  public AwardLevel getLevel() { return level; }
  public String getCertificateNumber() { return certificateNumber; }
  public long getPrizeMoney() { return prizeMoney; }
  public boolean isPlaque() { return plaque; }
  public boolean isTrophy() { return trophy; }
  public LocalDate getAwardedOn() { return awardedOn; }
  public Long getRenewalOfHonourId() { return renewalOfHonourId; }
}
