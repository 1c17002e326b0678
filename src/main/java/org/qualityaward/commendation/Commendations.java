package org.qualityaward.commendation;

import java.time.LocalDate;
import java.util.Optional;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commends one winner (Art 22-24): the honour, and the record of prize, certificate, plaque and trophy. */
@Service
public class Commendations {

  /** The winner as the commendation needs it. */
  /** {@code registeredAddress}: an organisation's, for its return visits (Art 31); null for a person. */
  public record Winner(Long editionId, int editionYear, Long applicationId, String name, ApplicationKind kind,
      String creditCode, String idNumber, String groupCreditCode, String holderUserId, String registeredAddress) {}

  private final CommendationRepository commendations;
  private final Honours honours;
  private final long organizationPrize;
  private final long individualPrize;

  Commendations(CommendationRepository commendations, Honours honours,
      @Value("${qa.commendation.prize-money.organization:200000}") long organizationPrize,
      @Value("${qa.commendation.prize-money.individual:50000}") long individualPrize) {
    this.commendations = commendations;
    this.honours = honours;
    this.organizationPrize = organizationPrize;
    this.individualPrize = individualPrize;
  }

  @Transactional
  public Commendation commend(Winner winner, AwardLevel level, LocalDate awardedOn) {
    if (!level.isConferred()) {
      throw new IllegalArgumentException("不授奖的候选人不予表彰：" + winner.name());
    }
    Honour honour = honours.confer(winner.name(), winner.kind(), level, winner.creditCode(), winner.idNumber(),
        winner.groupCreditCode(), winner.editionId(), awardedOn, winner.applicationId(), winner.holderUserId());
    honours.registeredAt(honour.getId(), winner.registeredAddress());
    long sequence = commendations.countByEditionIdAndLevel(winner.editionId(), level) + 1;
    String certificate = String.format("BDZLJ-%d-%s%03d", winner.editionYear(),
        level == AwardLevel.AWARD ? "J" : "T", sequence);
    // Art 23 prize money goes with the award; Art 24 gives nominations certificate and plaque only
    long prize = level != AwardLevel.AWARD ? 0
        : winner.kind() == ApplicationKind.ORGANIZATION ? organizationPrize : individualPrize;
    return commendations.save(new Commendation(winner.editionId(), winner.applicationId(), honour.getId(), level,
        certificate, prize, awardedOn));
  }

  /**
   * Art 33: 经复评，继续获得市政府质量奖的，颁发水晶鼎（杯）、奖牌、证书 — a new honour with a new validity
   * (see {@link Honours#reissue}), a new certificate (BDZLJ-year-F001…), trophy and plaque, no prize money.
   */
  @Transactional
  public Commendation reissue(Long honourId, Long renewalApplicationId, LocalDate approvedOn) {
    Honour renewed = honours.reissue(honourId, approvedOn, renewalApplicationId);
    LocalDate jan1 = approvedOn.withDayOfYear(1);
    long sequence = commendations.countByRenewalOfHonourIdIsNotNullAndAwardedOnBetween(jan1,
        jan1.plusYears(1).minusDays(1)) + 1;
    String certificate = String.format("BDZLJ-%d-F%03d", approvedOn.getYear(), sequence);
    return commendations.save(Commendation.renewal(renewalApplicationId, renewed.getId(), honourId, certificate,
        approvedOn));
  }

  /** What was handed over with an honour (certificate number, trophy, plaque, prize), if recorded. */
  public Optional<Commendation> ofHonour(Long honourId) {
    return commendations.findByHonourId(honourId);
  }
}
