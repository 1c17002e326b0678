package org.qualityaward.honour;

import org.qualityaward.testing.TestUsers;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.renewal.Renewals;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.SampleApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * GET /api/honours (public register, filters) and GET /api/honours/{id} (history from the honour's own
 * records and from every {@link HonourHistory} bean — here the renewal module's and a stand-in for the
 * complaint module), with their access rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HonourApiTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(9800);
  /** Events the stand-in complaint module reports, by honour id. */
  static final Map<Long, List<HonourHistory.Event>> COMPLAINTS = new ConcurrentHashMap<>();

  @TestConfiguration
  static class ComplaintHistory {
    @Bean
    HonourHistory standInComplaintHistory() {
      return honourId -> COMPLAINTS.getOrDefault(honourId, List.of());
    }
  }

  @Autowired MockMvc mvc;
  @Autowired Honours honours;
  @Autowired Renewals renewals;
  @Autowired IdentityService identityService;

  private String suffix;
  private Honour valid;
  private Honour revoked;
  private Honour nomination;

  @BeforeEach
  void setUp() {
    TestUsers.ensure(identityService, "honouroffice", "quality-office");
    TestUsers.ensure(identityService, "honourleader", "leading-group");
    TestUsers.ensure(identityService, "honourregulator", "market-regulator");
    TestUsers.ensure(identityService, "honourcity", "city-government");
    TestUsers.ensure(identityService, "honourapplicant", "applicant");
    EngineClock.startOf(LocalDate.of(2026, 6, 1));
    suffix = "API" + SERIALS.get();
    valid = confer("保定某荣誉查询有限公司" + suffix, AwardLevel.AWARD, LocalDate.of(2026, 6, 1));
    nomination = confer("保定某提名查询有限公司" + suffix, AwardLevel.NOMINATION, LocalDate.of(2026, 6, 1));
    revoked = confer("保定某撤销查询有限公司" + suffix, AwardLevel.AWARD, LocalDate.of(2026, 5, 1));
    COMPLAINTS.put(revoked.getId(), List.of(new HonourHistory.Event(LocalDateTime.of(2026, 5, 20, 10, 0),
        "COMPLAINT_FILED", "收到投诉举报：产品监督抽查不合格", 77L)));
    renewals.recordNoRequest(revoked.getId());
    honours.revoke(revoked.getId(), LocalDate.of(2026, 6, 2));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 33: the register of honours is public: holder, kind, level, validity, state, filtered by state and holder name")
  void publicRegister() throws Exception {
    mvc.perform(get("/api/honours").param("holder", suffix))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(3)))
        .andExpect(jsonPath("$[0].holderName").value(valid.getHolderName()))
        .andExpect(jsonPath("$[0].kind").value("ORGANIZATION"))
        .andExpect(jsonPath("$[0].level").value("AWARD"))
        .andExpect(jsonPath("$[0].awardedOn").value("2026-06-01"))
        .andExpect(jsonPath("$[0].validUntil").value("2031-05-31"))
        .andExpect(jsonPath("$[0].state").value("VALID"))
        .andExpect(jsonPath("$[0].renewedFrom").value(nullValue()))
        .andExpect(jsonPath("$[2].holderName").value(revoked.getHolderName()));
    mvc.perform(get("/api/honours").param("holder", suffix).param("state", "revoked"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].holderName", contains(revoked.getHolderName())));
    mvc.perform(get("/api/honours").param("holder", "提名查询有限公司" + suffix).param("state", "VALID"))
        .andExpect(jsonPath("$[*].level", contains("NOMINATION")));
    mvc.perform(get("/api/honours").param("state", "GONE"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("state"));
  }

  @Test
  @DisplayName("Art 30, 33: one honour's history, oldest first, joins its own records with the other modules' events; office, leading group, regulators and city government only")
  void historyForTheAuthorities() throws Exception {
    String path = "/api/honours/" + revoked.getId();
    mvc.perform(get(path)).andExpect(status().isUnauthorized());
    mvc.perform(get(path).with(httpBasic("honourapplicant", "secret"))).andExpect(status().isForbidden());
    for (String user : List.of("honourleader", "honourregulator", "honourcity")) {
      mvc.perform(get(path).with(httpBasic(user, "secret"))).andExpect(status().isOk());
    }
    mvc.perform(get(path).with(httpBasic("honouroffice", "secret")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.holderName").value(revoked.getHolderName()))
        .andExpect(jsonPath("$.state").value("REVOKED"))
        .andExpect(jsonPath("$.revokedOn").value("2026-06-02"))
        .andExpect(jsonPath("$.history[*].type", contains("CONFERRED", "COMPLAINT_FILED", "RENEWAL_NOT_REQUESTED",
            "REVOKED")))
        .andExpect(jsonPath("$.history[1].summary").value("收到投诉举报：产品监督抽查不合格"))
        .andExpect(jsonPath("$.history[1].referenceId").value(77));
    mvc.perform(get("/api/honours/" + nomination.getId()).with(httpBasic("honouroffice", "secret")))
        .andExpect(jsonPath("$.history[*].type", contains("CONFERRED")));
    mvc.perform(get("/api/honours/999999").with(httpBasic("honouroffice", "secret")))
        .andExpect(status().isNotFound());
  }

  @Test
  @DisplayName("PIPL: a person's ID number is shown in full to the quality office, masked (first 6, last 4) to the others")
  void idNumberMaskedButForTheOffice() throws Exception {
    String idNumber = SampleApplications.idNumber(LocalDate.of(1978, 3, 15), 203);
    Honour person = honours.confer("钱雅琴" + suffix, ApplicationKind.INDIVIDUAL, AwardLevel.AWARD, null, idNumber, null,
        1L, LocalDate.of(2026, 6, 1), null, null);
    String path = "/api/honours/" + person.getId();

    mvc.perform(get(path).with(httpBasic("honouroffice", "secret")))
        .andExpect(jsonPath("$.holderIdNumber").value(idNumber));
    for (String user : List.of("honourleader", "honourregulator", "honourcity")) {
      mvc.perform(get(path).with(httpBasic(user, "secret")))
          .andExpect(jsonPath("$.holderIdNumber").value(idNumber.substring(0, 6) + "********" + idNumber.substring(14)));
    }
    mvc.perform(get("/api/honours/" + valid.getId()).with(httpBasic("honourleader", "secret")))
        .andExpect(jsonPath("$.holderIdNumber").value(nullValue()));
  }

  private Honour confer(String name, AwardLevel level, LocalDate awardedOn) {
    return honours.confer(name, ApplicationKind.ORGANIZATION, level,
        SampleApplications.creditCode("130699", SERIALS.getAndIncrement()), null, null, 1L, awardedOn, null, null);
  }

}
