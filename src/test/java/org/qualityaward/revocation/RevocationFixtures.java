package org.qualityaward.revocation;

import static org.qualityaward.revocation.RevocationModel.TRACK_RECALL;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.testing.SampleApplications;

/**
 * Honours for complaint and revocation tests. Holders are in division 130698 with serials no other
 * test uses, so the bans these tests record bar nobody else's applications.
 */
public final class RevocationFixtures {

  private static final AtomicInteger SERIALS = new AtomicInteger(8800);

  private RevocationFixtures() {}

  public static int nextSerial() {
    return SERIALS.getAndIncrement();
  }

  public static String creditCode(int serial) {
    return SampleApplications.creditCode("130698", serial);
  }

  public static Honour organisation(Honours honours, AwardLevel level, LocalDate awardedOn) {
    int serial = nextSerial();
    return honours.confer("保定某撤销测试有限公司" + serial, ApplicationKind.ORGANIZATION, level, creditCode(serial), null,
        null, 1L, awardedOn, null, null);
  }

  public static Honour person(Honours honours, AwardLevel level, LocalDate awardedOn) {
    int serial = nextSerial();
    return honours.confer("王五" + serial, ApplicationKind.INDIVIDUAL, level, null,
        SampleApplications.idNumber(LocalDate.of(1975, 3, 3), serial % 1000), null, 1L, awardedOn, null, null);
  }

  /** The variables the leading group's form submits. */
  public static Map<String, Object> meeting(LocalDate date, boolean approved, RevocationGround ground, LocalDate factDate) {
    Map<String, Object> form = new HashMap<>();
    form.put("meetingDate", date.toString());
    form.put("chair", "张组长");
    form.put("attendees", "领导小组成员李、王、赵；市质强办列席");
    form.put("approved", approved);
    form.put("ground", ground == null ? null : ground.name());
    form.put("factDate", factDate == null ? null : factDate.toString());
    form.put("comment", approved ? "事实清楚，依第三十条撤销" : "情节轻微，责令整改，不予撤销");
    return form;
  }

  public static List<Task> recallTasks(TaskService taskService, String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(TRACK_RECALL)
        .orderByTaskId().asc().list();
  }
}
