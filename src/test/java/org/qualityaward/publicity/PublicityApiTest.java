package org.qualityaward.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.qualityaward.publicity.ObjectionModel.INVESTIGATE_OBJECTION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qualityaward.publicity.objection.Objection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The public API: GET /api/publicities, POST /api/publicities/{id}/objections, GET /api/objections/{receipt}. */
class PublicityApiTest extends AbstractPublicityTest {

  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  private long app;
  private Long publicityId;
  private ProcessInstance publicity;

  @BeforeEach
  void runningPublicity() {
    app = newApplicationId();
    publicityId = publish(LocalDate.of(2026, 3, 2), 5, app);
    publicity = publicityOf(startCaller(publicityId));
    setClock(LocalDateTime.of(2026, 3, 3, 10, 0));
  }

  private Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("objectorName", "李四");
    body.put("contact", "13812345678");
    body.put("applicationId", app);
    body.put("grounds", "该单位申报的近五年无重大质量事故与事实不符。");
    return body;
  }

  private ResultActions postObjection(Object id, Object body) throws Exception {
    return mvc.perform(post("/api/publicities/" + id + "/objections").contentType(MediaType.APPLICATION_JSON)
        .content(body instanceof String s ? s : json.writeValueAsString(body)));
  }

  @Test
  @DisplayName("GET /api/publicities: public, lists the running publicity with its entries, publication, first and last day")
  void listsRunningPublicities() throws Exception {
    mvc.perform(get("/api/publicities"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].title").value("2026年度市政府质量奖受理名单公示"))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].kind").value("ACCEPTED_LIST"))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].publishedOn").value("2026-03-02"))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].startDate").value("2026-03-03"))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].publicityDays").value(5))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].endDate").value("2026-03-09"))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].period").value("2026年3月3日至2026年3月9日（5个工作日）"))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].state").value("RUNNING"))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].acceptingObjections").value(true))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].entries[0].applicationId").value((int) app))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].entries[0].candidateName").value("候选单位" + app))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].entries[0].summary").value("主要业绩：" + app))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].entries[0].disqualified").value(false));
  }

  @Test
  @DisplayName("GET /api/publicities: an ended publicity stays listed for 30 days, then drops off")
  void endedPublicityDropsOffAfterThirtyDays() throws Exception {
    Job timer = scheduleTimer(publicity);
    setClock(LocalDateTime.of(2026, 3, 10, 0, 0, 1));
    managementService.executeJob(timer.getId());
    setClock(LocalDateTime.of(2026, 4, 8, 9, 0));
    mvc.perform(get("/api/publicities"))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].state").value("CONCLUDED"))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].acceptingObjections").value(false));
    setClock(LocalDateTime.of(2026, 4, 9, 9, 0));
    mvc.perform(get("/api/publicities"))
        .andExpect(jsonPath("$[*].id", not(hasItem(publicityId.intValue()))));
  }

  @Test
  @DisplayName("POST objection: 201 with receipt number, stored REGISTERED→INVESTIGATING, objection process started; no login or CSRF token")
  void filesObjection() throws Exception {
    String response = postObjection(publicityId, body())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.receiptNumber", matchesPattern("YY-2026-\\d{6}-[A-Z2-9]{6}")))
        .andExpect(header().string("Location", matchesPattern("/api/objections/YY-2026-\\d{6}-[A-Z2-9]{6}")))
        .andReturn().getResponse().getContentAsString();
    JsonNode receipt = json.readTree(response);
    Objection stored = objections.findById(receipt.get("objectionId").asLong()).orElseThrow();
    assertThat(stored.getReceiptNumber()).isEqualTo(receipt.get("receiptNumber").asText());
    assertThat(stored.getObjectorName()).isEqualTo("李四");
    assertThat(stored.getContact()).isEqualTo("13812345678");
    assertThat(jdbc.queryForMap("select objector_name, contact from objection where id = ?", stored.getId()))
        .as("the objector's identity encrypted at rest").allSatisfy((column, value) ->
            assertThat((String) value).startsWith("v1:").doesNotContain("李四", "13812345678"));
    assertThat(stored.getApplicationId()).isEqualTo(app);
    assertThat(taskOf(stored).getTaskDefinitionKey()).isEqualTo(INVESTIGATE_OBJECTION);

    mvc.perform(get("/api/objections/" + stored.getReceiptNumber()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("INVESTIGATING"))
        .andExpect(jsonPath("$.candidateName").value("候选单位" + app))
        .andExpect(jsonPath("$.filedAt").value("2026-03-03T10:00:00"))
        .andExpect(jsonPath("$.answer").value(nullValue()))
        .andExpect(content().string(not(containsString("13812345678"))))
        .andExpect(content().string(not(containsString("李四"))));

    investigate(stored);
    conclude(stored, true);
    mvc.perform(get("/api/objections/" + stored.getReceiptNumber()))
        .andExpect(jsonPath("$.state").value("CONCLUDED"))
        .andExpect(jsonPath("$.substantiated").value(true))
        .andExpect(jsonPath("$.answer").value("您好，您的异议已调查核实，结论如下……"))
        .andExpect(jsonPath("$.concludedAt").value("2026-03-03T10:00:00"));
    mvc.perform(get("/api/publicities"))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].entries[0].disqualified").value(true));
  }

  @Test
  @DisplayName("POST objection with an empty body: 400 listing every missing field in Chinese, nothing stored")
  void everyMissingFieldIsListed() throws Exception {
    long before = objections.count();
    postObjection(publicityId, "{}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.title").value("请求内容有误"))
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("applicationId", "contact", "grounds", "objectorName")))
        .andExpect(jsonPath("$.errors[?(@.field == 'objectorName')].message").value("请填写异议人真实姓名或单位名称"))
        .andExpect(jsonPath("$.errors[?(@.field == 'contact')].message").value("请填写联系方式（手机号、固定电话或电子邮箱）"))
        .andExpect(jsonPath("$.errors[?(@.field == 'applicationId')].message").value("请指明被异议对象（申报编号）"))
        .andExpect(jsonPath("$.errors[?(@.field == 'grounds')].message").value("请填写异议理由"));
    assertThat(objections.count()).isEqualTo(before);
  }

  @ParameterizedTest(name = "field {0} = \"{1}\" is refused: {2}")
  @CsvSource(delimiter = '|', value = {
      "objectorName|张|异议人姓名或单位名称应为2至50个字",
      "objectorName|'   '|请填写异议人真实姓名",
      "contact|12345|联系方式应为手机号",
      "contact|12812345678|联系方式应为手机号",
      "contact|1391234567|联系方式应为手机号",
      "contact|someone@|联系方式应为手机号",
      "contact|0312-123|联系方式应为手机号",
      "contact|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.cn|联系方式过长：最多100个字符",
      "grounds|太短了不足十个字|异议理由应为10至2000个字",
      "grounds|'          '|请填写异议理由"})
  @DisplayName("POST objection: each bad field gives 400 naming the field, nothing stored")
  void badFieldIsRefused(String field, String value, String message) throws Exception {
    long before = objections.count();
    Map<String, Object> body = body();
    body.put(field, value);
    postObjection(publicityId, body)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
        .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message", hasItem(containsString(message))));
    assertThat(objections.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("POST objection: grounds of 2001 characters are refused, 2000 accepted")
  void groundsAtMostTwoThousand() throws Exception {
    Map<String, Object> body = body();
    body.put("grounds", "异".repeat(2001));
    postObjection(publicityId, body).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("grounds"))
        .andExpect(jsonPath("$.errors[0].message").value("异议理由应为10至2000个字"));
    body.put("grounds", "异".repeat(2000));
    postObjection(publicityId, body).andExpect(status().isCreated());
  }

  @ParameterizedTest(name = "contact {0} is accepted")
  @ValueSource(strings = {"13912345678", "19912345678", "0312-5921234", "03125921234", "010-62345678", "0312-5921234-801",
      "5921234", "li.si@example.com.cn"})
  @DisplayName("POST objection: mobile, landline and e-mail contacts are accepted")
  void validContacts(String contact) throws Exception {
    Map<String, Object> body = body();
    body.put("contact", contact);
    postObjection(publicityId, body).andExpect(status().isCreated());
  }

  @Test
  @DisplayName("POST objection: a non-numeric applicationId or malformed JSON is a 400 problem naming it")
  void unreadableBody() throws Exception {
    Map<String, Object> body = body();
    body.put("applicationId", "abc");
    postObjection(publicityId, body).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("applicationId"));
    postObjection(publicityId, "{\"objectorName\": ").andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value("body"));
    postObjection("abc", body()).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("id"));
  }

  @Test
  @DisplayName("POST objection to an unknown publicity: 404 naming it")
  void unknownPublicity() throws Exception {
    long before = objections.count();
    postObjection(987654321L, body())
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.detail", containsString("公示 987654321 不存在")));
    assertThat(objections.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("POST objection against an application not on the list: 422 naming it, nothing stored")
  void candidateNotInPublicity() throws Exception {
    long before = objections.count();
    Map<String, Object> body = body();
    body.put("applicationId", 424242);
    postObjection(publicityId, body)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.detail", containsString("申报 424242 不在公示")))
        .andExpect(jsonPath("$.errors[0].field").value("applicationId"));
    assertThat(objections.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("POST objection after the period: 409 公示期已结束 with its days, even before the timer fired; nothing stored")
  void periodOver() throws Exception {
    long before = objections.count();
    setClock(LocalDateTime.of(2026, 3, 10, 8, 0));
    postObjection(publicityId, body())
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.detail").value("公示期已结束（公示期：2026年3月3日至2026年3月9日（5个工作日））"));
    Job timer = scheduleTimer(publicity);
    managementService.executeJob(timer.getId());
    postObjection(publicityId, body()).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("公示期已结束（公示期：2026年3月3日至2026年3月9日（5个工作日））"));
    assertThat(objections.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("POST objection before the list is published: 409, nothing stored")
  void notPublishedYet() throws Exception {
    long before = objections.count();
    setClock(LocalDateTime.of(2026, 3, 1, 8, 0));
    postObjection(publicityId, body()).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("公示尚未发布（published on 2026-03-02）"));
    assertThat(objections.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("Art 21: on the afternoon it is published, before its first working day, the list already takes objections")
  void objectionOnTheDayOfPublication() throws Exception {
    setClock(LocalDateTime.of(2026, 3, 2, 16, 30));
    mvc.perform(get("/api/publicities"))
        .andExpect(jsonPath("$[?(@.id == " + publicityId + ")].acceptingObjections").value(true));
    postObjection(publicityId, body()).andExpect(status().isCreated());
  }

  @Test
  @DisplayName("GET /api/objections/{unknown}: 404 naming the receipt number")
  void unknownReceipt() throws Exception {
    mvc.perform(get("/api/objections/YY-2026-999999"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.detail", containsString("YY-2026-999999")));
  }

  @Test
  @DisplayName("receipt numbers count up within the year and end with a check code: the serial alone opens nothing")
  void receiptNumbersCountUp() throws Exception {
    String a = json.readTree(postObjection(publicityId, body()).andReturn().getResponse().getContentAsString())
        .get("receiptNumber").asText();
    Map<String, Object> another = body();
    another.put("grounds", "该单位公示的近三年利税数据与财务报表不一致。");
    String b = json.readTree(postObjection(publicityId, another).andReturn().getResponse().getContentAsString())
        .get("receiptNumber").asText();
    assertThat(Integer.parseInt(b.substring(8, 14))).isEqualTo(Integer.parseInt(a.substring(8, 14)) + 1);
    mvc.perform(get("/api/objections/" + b)).andExpect(jsonPath("$.errors").doesNotExist())
        .andExpect(jsonPath("$.receiptNumber").value(b));
    // the serial alone, or with another check code, opens nothing
    mvc.perform(get("/api/objections/" + b.substring(0, 14))).andExpect(status().isNotFound());
    String guessed = b.substring(0, 15) + (b.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    mvc.perform(get("/api/objections/" + guessed)).andExpect(status().isNotFound());
  }
}
