package org.qualityaward.commendation;

import org.camunda.bpm.engine.TaskService;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.qualityaward.testing.EditionYears;

/** What each winner receives (Art 23, 24), against the real database and engine. */
@ProcessTest
class CommendationsTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(7500);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Autowired TaskService taskService;

  @Autowired Commendations commendations;
  @Autowired CommendationRepository repository;
  @Autowired EditionService editions;
  @Autowired ApplicationSubmissions submissions;
  @Autowired RuntimeService runtimeService;
  @Autowired Honours honours;
  @Autowired CommendationHistory history;

  private Edition edition;

  @BeforeEach
  void setUp() {
    EngineClock.startOf(TODAY);
    edition = EditionDriver.openWithApprovedPlan(editions, taskService, new NewEdition(EditionYears.next(), "表彰测试届", LocalDate.of(2026, 3, 31)));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 23: award winners get prize money (organisation 200000, individual 50000), certificate, plaque and crystal trophy, numbered per level; the honour process starts")
  void awardWinners() {
    Commendation organization = commendations.commend(winner(organization()), AwardLevel.AWARD, TODAY);
    Commendation individual = commendations.commend(winner(individual()), AwardLevel.AWARD, TODAY);

    assertThat(organization.getPrizeMoney()).isEqualTo(200_000L);
    assertThat(individual.getPrizeMoney()).isEqualTo(50_000L);
    assertThat(organization.getCertificateNumber()).isEqualTo("BDZLJ-" + edition.getYear() + "-J001");
    assertThat(individual.getCertificateNumber()).isEqualTo("BDZLJ-" + edition.getYear() + "-J002");
    assertThat(organization.isPlaque()).isTrue();
    assertThat(organization.isTrophy()).isTrue();
    assertThat(individual.isTrophy()).isTrue();
    assertThat(organization.getHonourId()).isNotNull();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(Honours.PROCESS_KEY)
        .processInstanceBusinessKey("honour-" + organization.getHonourId()).count()).isOne();
  }

  @Test
  @DisplayName("Art 24: nominations get certificate and plaque only — no prize money, no trophy, their own numbering; their honour lives its validity too (Art 3, 33)")
  void nominations() {
    Commendation award = commendations.commend(winner(organization()), AwardLevel.AWARD, TODAY);
    Commendation first = commendations.commend(winner(organization()), AwardLevel.NOMINATION, TODAY);
    Commendation second = commendations.commend(winner(individual()), AwardLevel.NOMINATION, TODAY);

    assertThat(award.getCertificateNumber()).isEqualTo("BDZLJ-" + edition.getYear() + "-J001");
    assertThat(first.getCertificateNumber()).isEqualTo("BDZLJ-" + edition.getYear() + "-T001");
    assertThat(second.getCertificateNumber()).isEqualTo("BDZLJ-" + edition.getYear() + "-T002");
    for (Commendation nomination : new Commendation[] {first, second}) {
      assertThat(nomination.getPrizeMoney()).isZero();
      assertThat(nomination.isTrophy()).isFalse();
      assertThat(nomination.isPlaque()).isTrue();
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(Honours.PROCESS_KEY)
          .processInstanceBusinessKey("honour-" + nomination.getHonourId()).count()).isOne();
    }
    assertThat(repository.findByEditionIdOrderByCertificateNumber(edition.getId()))
        .extracting(Commendation::getCertificateNumber)
        .containsExactly(award.getCertificateNumber(), first.getCertificateNumber(), second.getCertificateNumber());
  }

  @Test
  @DisplayName("Art 33: the honour records the winning application and the applicant user who submitted it (the renewal invitation goes there)")
  void holderRecorded() {
    Application won = organization();
    Commendation commendation = commendations.commend(new Commendations.Winner(edition.getId(), edition.getYear(),
        won.getId(), won.getApplicantName(), won.getKind(), won.getCreditCode(), null, null, won.getSubmittedBy(),
        won.getRegisteredAddress()),
        AwardLevel.AWARD, TODAY);

    Honour honour = honours.get(commendation.getHonourId());
    assertThat(honour.getApplicationId()).isEqualTo(won.getId());
    assertThat(honour.getHolderUserId()).isEqualTo("test");
    assertThat(commendations.ofHonour(honour.getId()).map(Commendation::getId)).contains(commendation.getId());
    assertThat(history.eventsOf(honour.getId())).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("COMMENDED");
      assertThat(e.summary()).isEqualTo("颁发证书 " + commendation.getCertificateNumber() + "、奖牌、水晶鼎（杯）、奖金 200000 元");
    });
  }

  private Application organization() {
    return submissions.register(SampleApplications.organization(edition.getId(), "R-ASSOC-QA",
        SERIALS.getAndIncrement(), LocalDate.of(2010, 1, 1)), "test");
  }

  /** An individual born on a date no other test uses, so the honour bars nobody else's application. */
  private Application individual() {
    int serial = SERIALS.getAndIncrement();
    ApplicationSubmission sample = SampleApplications.individual(edition.getId(), "R-ASSOC-QA", 1,
        LocalDate.of(2005, 1, 1));
    IndividualProfile person = sample.individual();
    return submissions.register(new ApplicationSubmission(sample.editionId(), sample.kind(), sample.recommenderCode(),
        null, new IndividualProfile(person.name() + serial, SampleApplications.idNumber(LocalDate.of(1967, 7, 7),
            serial % 1000), SampleApplications.creditCode("130602", serial), person.qualityWorkSince(),
            person.topManager(), person.employerIndustry()),
        sample.declarations(), sample.selfAssessment(), sample.evidence(), sample.conditions()), "test");
  }

  private Commendations.Winner winner(Application application) {
    return new Commendations.Winner(edition.getId(), edition.getYear(), application.getId(),
        application.getApplicantName(), application.getKind(), application.getCreditCode(),
        application.getIdNumber(), application.getGroupCreditCode(), application.getSubmittedBy(),
        application.getRegisteredAddress());
  }
}
