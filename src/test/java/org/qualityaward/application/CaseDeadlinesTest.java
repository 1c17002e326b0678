package org.qualityaward.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CaseDeadlinesTest {

  @Autowired ApplicationContext context;
  @Autowired CaseDeadlines deadlines;
  @Autowired TaskService taskService;
  @Autowired WorkingDayCalendar calendar;
  @Autowired ExpertPool expertPool;
  @Autowired IdentityService identityService;

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 18: through the document review the register's next deadline is the panel's, whose members score"
      + " under the panel's key (「申报编号 资料评审」), not blank")
  void aCaseUnderReviewHasThePanelsDeadline() {
    SampleExperts.ensurePool(expertPool, identityService, 4);
    EditionDriver driver = new EditionDriver(context);
    Long editionId = driver.openEdition(EditionYears.next(), "下一期限届").getId();
    Application application = driver.submit(SampleCases.organization(editionId, 6901));
    driver.acceptAll(List.of(application));
    String number = application.getApplicationNumber();
    Date earliest = taskService.createTaskQuery().processInstanceBusinessKey(number + " 资料评审").list().stream()
        .map(t -> t.getDueDate()).filter(java.util.Objects::nonNull).min(Date::compareTo).orElseThrow();

    LocalDateTime next = deadlines.nextOf(List.of(number)).get(number);

    assertThat(next).isEqualTo(calendar.timeOf(earliest));
  }
}
