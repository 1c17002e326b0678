package org.qualityaward.calendar;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

// Filters off: the endpoint is public; opening it in the security chain is the identity
// feature's job, this test pins the answers.
@WebMvcTest(controllers = WorkingDaysController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(WorkingDayCalendar.class)
class WorkingDaysControllerTest {

  @TempDir
  static Path folder;

  @Autowired
  MockMvc mvc;

  @DynamicPropertySource
  static void calendarFolder(DynamicPropertyRegistry registry) {
    registry.add("qa.calendar.folder", folder::toString);
  }

  @BeforeAll
  static void malformedYear() throws Exception {
    Files.writeString(folder.resolve("2028.json"), "{ \"year\": 2028, ");
  }

  @Test
  @DisplayName("Art 17: 5 working days from 2026-09-28 end on 2026-10-09 (国庆 10/1–10/7 off)")
  void answersTheLastDay() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-09-28").param("days", "5"))
        .andExpect(status().isOk())
        .andExpect(content().json(
            "{\"from\":\"2026-09-28\",\"days\":5,\"lastDay\":\"2026-10-09\"}", true));
  }

  @Test
  @DisplayName("Missing parameters: 400 problem listing both from and days")
  void missingParameters() throws Exception {
    mvc.perform(get("/api/calendar/working-days"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "days")));
  }

  @Test
  @DisplayName("Invalid date and days < 1: 400 problem naming each parameter")
  void invalidParameters() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-02-30").param("days", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors", hasSize(2)))
        .andExpect(jsonPath("$.errors[0].field").value("from"))
        .andExpect(jsonPath("$.errors[0].message", containsString("2026-02-30")))
        .andExpect(jsonPath("$.errors[1].field").value("days"))
        .andExpect(jsonPath("$.errors[1].message", containsString("at least 1")));
  }

  @Test
  @DisplayName("Non-numeric days: 400 problem naming days")
  void nonNumericDays() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-09-28").param("days", "五"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors", hasSize(1)))
        .andExpect(jsonPath("$.errors[0].field").value("days"))
        .andExpect(jsonPath("$.detail", containsString("days")));
  }

  @Test
  @DisplayName("Art 16: a period crossing into unpublished 2027 is a 422 problem naming 2027")
  void unpublishedYear() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-12-28").param("days", "5"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("2027年节假日安排尚未发布（calendar year 2027 is not "
            + "published）：请把 2027.json 放入日历目录后重试"))
        .andExpect(jsonPath("$.year").value(2027));
  }

  @Test
  @DisplayName("A malformed calendar file is a 500 problem that does not reveal server paths")
  void malformedFile() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", "2028-03-01").param("days", "1"))
        .andExpect(status().isInternalServerError())
        .andExpect(jsonPath("$.title", containsString("calendar data unusable")))
        .andExpect(jsonPath("$.detail", not(containsString(folder.toString()))));
  }
}
