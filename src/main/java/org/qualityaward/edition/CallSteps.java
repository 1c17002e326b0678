package org.qualityaward.edition;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.forms.FormFields;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 印发申报通知并发布公告 in {@code award-edition} (Art 15): the office records the day the call was issued and
 * where the announcement went out, on the edition our records hold for the instance; the notice board's call
 * page shows them.
 */
@Configuration(proxyBeanMethods = false)
class CallSteps {

  /** On complete: the call's issue day (not after today) and its media or websites. */
  @Bean
  TaskListener recordNotice(EditionService editions, EditionPlans plans, WorkingDayCalendar calendar) {
    return task -> {
      Long editionId = editions.ofProcess(task.getProcessInstanceId());
      FormFields form = new FormFields(task::getVariable);
      LocalDate issuedOn = form.date("noticeIssuedOn", "通知印发日期");
      String channels = form.text("noticeChannels", "发布媒体或网站", 500);
      LocalDate today = calendar.today();
      LocalDate approvedOn = plans.approvedOn(editionId).orElse(null);
      if (issuedOn != null && issuedOn.isAfter(today)) {
        form.problem("noticeIssuedOn", "通知印发日期 " + issuedOn + " 晚于今天（" + today + "）：请填写已印发的日期（第十五条）");
      } else if (issuedOn != null && approvedOn != null && issuedOn.isBefore(approvedOn)) {
        form.problem("noticeIssuedOn", "通知印发日期 " + issuedOn + " 早于领导小组审定评选方案的日期（" + approvedOn
            + "）：先审定方案，再印发申报通知（第八条、第十五条）");
      }
      form.throwIfAny();
      editions.recordNotice(editionId, issuedOn, channels);
    };
  }
}
