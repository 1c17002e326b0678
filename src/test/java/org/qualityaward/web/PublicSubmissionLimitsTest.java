package org.qualityaward.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public POSTs (objections, complaints) behind the limiter, with small limits of their own: the
 * shared test contexts set them high because many tests file objections from one address.
 */
@SpringBootTest(properties = {"qa.public-submissions.per-client-per-minute=2",
    "qa.public-submissions.per-client-per-hour=3", "qa.public-submissions.global-per-minute=1000",
    "qa.receipt-lookups.misses-per-client-per-minute=2", "qa.receipt-lookups.misses-per-client-per-hour=3"})
@AutoConfigureMockMvc
class PublicSubmissionLimitsTest {

  @Autowired MockMvc mvc;
  @Autowired IdentityService identityService;

  private static final String UNKNOWN_PUBLICITY = "/api/publicities/987654/objections";
  /** Valid in every field: answered 404 for the unknown publicity, after the fields are checked. */
  private static final String OBJECTION = "{\"objectorName\": \"王五\", \"contact\": \"13912345678\","
      + " \"applicationId\": 1, \"grounds\": \"申报材料中的获奖情况与事实不符。\"}";

  private static MockHttpServletRequestBuilder from(String address, String path, String body) {
    return post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(r -> {
      r.setRemoteAddr(address);
      return r;
    });
  }

  @Test
  @DisplayName("a form refused for its fields (400) does not count: a citizen correcting it is not made to wait")
  void fieldErrorsDoNotCount() throws Exception {
    for (int i = 0; i < 5; i++) {
      mvc.perform(from("10.1.0.1", "/api/complaints", "{}")).andExpect(status().isBadRequest());
    }
  }

  @Test
  @DisplayName("objections and complaints: the third answered POST within a minute from one address is 429 with Retry-After; other addresses go on; GETs are not limited")
  void answeredPostsLimited() throws Exception {
    mvc.perform(from("10.2.0.1", UNKNOWN_PUBLICITY, OBJECTION)).andExpect(status().isNotFound());
    mvc.perform(from("10.2.0.1", UNKNOWN_PUBLICITY, OBJECTION)).andExpect(status().isNotFound());
    mvc.perform(from("10.2.0.1", UNKNOWN_PUBLICITY, OBJECTION))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", not("0")))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(429))
        .andExpect(jsonPath("$.detail").value(containsString("秒后再试")));
    // complaints share the rule
    mvc.perform(from("10.2.0.1", "/api/complaints", "{}"))
        .andExpect(status().isTooManyRequests());
    mvc.perform(from("10.2.0.2", UNKNOWN_PUBLICITY, OBJECTION)).andExpect(status().isNotFound());
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/complaints/TS-2026-999998")
        .with(r -> { r.setRemoteAddr("10.2.0.1"); return r; })).andExpect(status().isNotFound());
  }

  @Test
  @DisplayName("the notice board's objection form shares the rule: over the limit a Chinese page with 429 and Retry-After")
  void noticeBoardLimited() throws Exception {
    for (int i = 0; i < 2; i++) {
      mvc.perform(noticeBoardPost("10.4.0.1")).andExpect(status().isNotFound());
    }
    mvc.perform(noticeBoardPost("10.4.0.1"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", not("0")))
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("提交过于频繁")))
        .andExpect(content().string(containsString("秒后返回上一页重新提交")));
  }

  private static MockHttpServletRequestBuilder noticeBoardPost(String address) {
    return multipart("/notices/publicities/987654/objections").param("objectorName", "王五").with(r -> {
      r.setRemoteAddr(address);
      return r;
    });
  }

  @Test
  @DisplayName("receipt lookups: after two unknown numbers in a minute from one address the next lookup is 429 (API problem, board page in Chinese), so check codes cannot be guessed; other addresses go on")
  void unknownReceiptsLimited() throws Exception {
    mvc.perform(lookup("10.5.0.1", "/api/objections/YY-2026-999991-AAAAAA")).andExpect(status().isNotFound());
    mvc.perform(lookup("10.5.0.1", "/api/complaints/TS-2026-999991-AAAAAA")).andExpect(status().isNotFound());
    mvc.perform(lookup("10.5.0.1", "/api/objections/YY-2026-999991-BBBBBB"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", not("0")))
        .andExpect(jsonPath("$.detail").value(containsString("查询不存在的受理编号次数过多")));
    mvc.perform(lookup("10.5.0.1", "/notices/objections/YY-2026-999991-CCCCCC"))
        .andExpect(status().isTooManyRequests())
        .andExpect(content().string(containsString("查询过于频繁")));
    mvc.perform(lookup("10.5.0.2", "/api/objections/YY-2026-999991-DDDDDD")).andExpect(status().isNotFound());
  }

  private static MockHttpServletRequestBuilder lookup(String address, String path) {
    return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(r -> {
      r.setRemoteAddr(address);
      return r;
    });
  }

  @Test
  @DisplayName("the office, logged in, enters spot-check results without the public limit")
  void officeNotLimited() throws Exception {
    if (identityService.createUserQuery().userId("limitoffice").count() == 0) {
      User user = identityService.newUser("limitoffice");
      user.setPassword("secret");
      TestUsers.save(identityService, user);
      identityService.createMembership("limitoffice", "quality-office");
    }
    for (int i = 0; i < 4; i++) {
      mvc.perform(from("10.3.0.1", "/api/complaints", "{}").with(httpBasic("limitoffice", "secret")))
          .andExpect(status().isBadRequest());
    }
  }
}
