package org.qualityaward.edition;

import org.qualityaward.testing.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.edition.AwardEditionModel.CITY_GOVERNMENT_APPROVAL;
import static org.qualityaward.edition.AwardEditionModel.DECIDE_TIES;
import static org.qualityaward.edition.AwardEditionModel.END_COMMENDED;
import static org.qualityaward.edition.AwardEditionModel.LEADING_GROUP_REVIEW;
import static org.qualityaward.edition.AwardEditionModel.PROPOSE_ONSITE_LIST;
import static org.qualityaward.edition.AwardEditionModel.REVISE_PROPOSAL;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.commendation.Commendation;
import org.qualityaward.commendation.CommendationRepository;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honours;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.qualityaward.testing.EditionYears;

/**
 * One whole edition (Art 6, 15-24): 20 organisations and 8 individuals submitted through
 * {@code POST /api/applications}, all recommended and accepted, scored by their drawn panels so that
 * the ranking is known and has no ties, all on the on-site list, approved and commended; the outcomes
 * are checked against the quotas of Art 6 (at most 7 organisation awards, 5 individual awards, 10
 * nominations). Every score reaches the shipped award minimum (600 of 1000), so the ceilings are
 * reached; EvaluationPathsProcessTest leaves a place empty for lack of score.
 */
@ProcessTest
class FullEditionProcessTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(5000);
  private static final int ORGANIZATIONS = 20;
  private static final int INDIVIDUALS = 8;

  @Autowired WebApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired ExpertPool expertPool;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired ApplicationCases cases;
  @Autowired CommendationRepository commendations;
  @Autowired ObjectMapper json;

  private EditionDriver driver;
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    SampleExperts.ensurePool(expertPool, identityService, 4);
    driver = new EditionDriver(context);
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    TestUsers.ensure(identityService, "fullapplicant", "applicant");
    TestUsers.ensure(identityService, "fulloffice", "quality-office");
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 6, 20-24: 20 organisations and 8 individuals all above the award minimum end with the full"
      + " 7 + 5 awards and 10 nominations, the rest not awarded because the places are taken; commendations, honours"
      + " and the ranking API with its reasons agree")
  void wholeEditionAgainstTheQuotas() throws Exception {
    long started = System.currentTimeMillis();
    Edition edition = driver.openEdition(EditionYears.next(), "第一届全量评选");
    int block = SERIALS.get() % 20;
    // scores per case: both reviews give the same total, distinct per kind so the ranking has no ties;
    // individuals 6-8 (70, 68, 66 of 100) stay below organisations 8-17 (830..740 of 1000) also
    // relative to their sheets, so the nominations do not depend on comparing raw totals across sheets
    Map<Application, BigDecimal> scores = new LinkedHashMap<>();
    for (int k = 0; k < ORGANIZATIONS; k++) {
      scores.put(submit(SampleCases.organization(edition.getId(), SERIALS.getAndIncrement())),
          BigDecimal.valueOf(900 - 10 * k));
    }
    for (int j = 0; j < INDIVIDUALS; j++) {
      scores.put(submit(SampleCases.individual(edition.getId(), block, 500 + SERIALS.getAndIncrement() % 400)),
          BigDecimal.valueOf(j < 5 ? 95 - 2 * j : 70 - 2 * (j - 5)));
    }
    List<Application> all = new ArrayList<>(scores.keySet());
    assertThat(all).hasSize(28);

    driver.acceptAll(all);
    scores.forEach(driver::completePanel);
    BpmnAwareTests.assertThat(driver.editionInstance()).isWaitingAt(PROPOSE_ONSITE_LIST);
    assertThat((String) driver.editionVariable("onsiteProposal")).endsWith("共 28 个）");
    driver.completeEditionTask(PROPOSE_ONSITE_LIST, Map.of());
    driver.passPublicity(driver.editionInstanceId());
    scores.forEach(driver::completePanel);

    BpmnAwareTests.assertThat(driver.editionInstance()).hasNotPassed(DECIDE_TIES)
        .isWaitingAt(REVISE_PROPOSAL);
    driver.proposeAwards();
    driver.decide(LEADING_GROUP_REVIEW, true, "同意授奖建议名单");
    driver.passPublicity(driver.editionInstanceId());
    // Art 22: entered three days after the approval's document, dated the day it was asked for
    LocalDate askedOn = driver.now().toLocalDate();
    driver.advanceTo(driver.now().plusDays(3));
    driver.completeEditionTask(CITY_GOVERNMENT_APPROVAL, Map.of("approved", true, "comment", "批准表彰",
        "approvedOn", askedOn.toString(), "approvalDocument", "保政字〔2027〕12号"));
    BpmnAwareTests.assertThat(driver.editionInstance()).isEnded().hasPassed(END_COMMENDED);

    // expected from the quotas: awards per kind by score, then nominations for both kinds together
    Map<Long, ApplicationOutcome> expected = expectedOutcomes(scores);
    Map<Long, ApplicationOutcome> actual = all.stream().map(driver::refresh)
        .collect(Collectors.toMap(Application::getId, Application::getOutcome));
    assertThat(actual).isEqualTo(expected);
    Map<ApplicationOutcome, Long> counts = actual.values().stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(counts).containsEntry(ApplicationOutcome.AWARD, 12L).containsEntry(ApplicationOutcome.NOMINATION, 10L)
        .containsEntry(ApplicationOutcome.NOT_AWARDED, 6L).hasSize(3);
    assertThat(all.stream().filter(a -> actual.get(a.getId()) == ApplicationOutcome.AWARD)
        .collect(Collectors.groupingBy(Application::getKind, Collectors.counting())))
        .containsEntry(ApplicationKind.ORGANIZATION, 7L).containsEntry(ApplicationKind.INDIVIDUAL, 5L);
    all.forEach(a -> assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceId(a.getProcessInstanceId()).count()).as(a.getApplicationNumber()).isZero());

    // Art 23, 24: one commendation per winner; every honour, nominations too, lives its validity (Art 3, 33)
    List<Commendation> records = commendations.findByEditionIdOrderByCertificateNumber(edition.getId());
    assertThat(records).hasSize(22);
    for (Commendation c : records) {
      Application a = cases.get(c.getApplicationId());
      assertThat(c.getLevel().name()).isEqualTo(a.getOutcome().name());
      boolean award = c.getLevel() == AwardLevel.AWARD;
      assertThat(c.getPrizeMoney()).isEqualTo(!award ? 0 : a.getKind() == ApplicationKind.ORGANIZATION ? 200_000 : 50_000);
      assertThat(c.isTrophy()).isEqualTo(award);
      assertThat(c.isPlaque()).isTrue();
      assertThat(c.getAwardedOn()).as("the approval's date, not the day it was entered").isEqualTo(askedOn);
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(Honours.PROCESS_KEY)
          .processInstanceBusinessKey("honour-" + c.getHonourId()).count()).isOne();
    }
    assertThat(records).extracting(Commendation::getCertificateNumber).doesNotHaveDuplicates();

    // the ranking the office and the leading group read agrees
    String body = mvc.perform(get("/api/editions/" + edition.getId() + "/ranking")
            .with(httpBasic("fulloffice", "secret")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    JsonNode ranking = json.readTree(body);
    assertThat(ranking.get("cases")).hasSize(28);
    assertThat(ranking.get("ties")).isEmpty();
    for (JsonNode entry : ranking.get("cases")) {
      ApplicationOutcome outcome = expected.get(entry.get("applicationId").asLong());
      assertThat(entry.get("finalOutcome").asText()).isEqualTo(outcome.name());
      assertThat(entry.get("proposedLevel").asText())
          .isEqualTo(outcome == ApplicationOutcome.NOT_AWARDED ? "NONE" : outcome.name());
      assertThat(entry.get("reason").asText()).isEqualTo(switch (outcome) {
        case AWARD -> "AWARD_WITHIN_QUOTA";
        case NOMINATION -> "NOMINATION_AWARD_QUOTA_FULL";
        default -> "NONE_QUOTAS_FULL";
      });
    }
    System.out.printf("full edition of 28 cases took %d s%n", (System.currentTimeMillis() - started) / 1000);
  }

  private static Map<Long, ApplicationOutcome> expectedOutcomes(Map<Application, BigDecimal> scores) {
    Map<Long, ApplicationOutcome> expected = new HashMap<>();
    Comparator<Application> byScore = Comparator.comparing((Application a) -> scores.get(a)).reversed();
    List<Application> rest = new ArrayList<>();
    Map<ApplicationKind, Integer> awards = Map.of(ApplicationKind.ORGANIZATION, 7, ApplicationKind.INDIVIDUAL, 5);
    for (ApplicationKind kind : ApplicationKind.values()) {
      List<Application> ofKind = scores.keySet().stream().filter(a -> a.getKind() == kind).sorted(byScore).toList();
      ofKind.stream().limit(awards.get(kind)).forEach(a -> expected.put(a.getId(), ApplicationOutcome.AWARD));
      rest.addAll(ofKind.subList(awards.get(kind), ofKind.size()));
    }
    rest.sort(byScore);
    for (int i = 0; i < rest.size(); i++) {
      expected.put(rest.get(i).getId(), i < 10 ? ApplicationOutcome.NOMINATION : ApplicationOutcome.NOT_AWARDED);
    }
    return expected;
  }

  private Application submit(ApplicationSubmission submission) throws Exception {
    String body = mvc.perform(post("/api/applications").with(httpBasic("fullapplicant", "secret"))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(submission)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return driver.track(cases.get(json.readTree(body).get("id").asLong()));
  }

}
