package org.qualityaward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 17: each user's notifications on their pages, the unread count in the header; a failing notice never fails its case. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationPagesTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationEventPublisher events;
  @Autowired NotificationInbox inbox;
  @Autowired MailPreferences preferences;
  @Autowired PlatformTransactionManager transactions;

  @Test
  @DisplayName("an applicant sees their own notifications and the count; opening one reads it and goes to its link; all read by POST")
  void applicantPages() throws Exception {
    RequestPostProcessor owner = user("ntpageowner").roles("APPLICANT");
    events.publishEvent(Notice.toUser(NoticeKind.STAGE_CHANGED, "ntpageowner", "您的申报 BDQA-2026-0901 进入「资料评审」阶段",
        "/applicant/applications/BDQA-2026-0901"));
    events.publishEvent(Notice.toUser(NoticeKind.AWARDED, "ntpageowner", "您的申报 BDQA-2026-0901 已办结：市政府质量奖",
        "/applicant/applications/BDQA-2026-0901"));
    Long first = inbox.latest("ntpageowner").get(1).getId();

    mvc.perform(get("/applicant/notifications").with(owner)).andExpect(status().isOk())
        .andExpect(content().string(containsString("进入「资料评审」阶段")))
        .andExpect(content().string(containsString("通知（2）")));
    // another applicant neither sees nor opens it
    mvc.perform(get("/applicant/notifications").with(user("ntpageother").roles("APPLICANT")))
        .andExpect(content().string(not(containsString("BDQA-2026-0901"))));
    mvc.perform(get("/applicant/notifications/" + first).with(user("ntpageother").roles("APPLICANT")))
        .andExpect(redirectedUrl("/applicant/notifications"));
    assertThat(inbox.unread("ntpageowner")).isEqualTo(2);

    mvc.perform(get("/applicant/notifications/" + first).with(owner))
        .andExpect(redirectedUrl("/applicant/applications/BDQA-2026-0901"));
    assertThat(inbox.unread("ntpageowner")).isEqualTo(1);
    mvc.perform(post("/applicant/notifications/read").with(owner).with(csrf()))
        .andExpect(redirectedUrl("/applicant/notifications"));
    assertThat(inbox.unread("ntpageowner")).isZero();

    // the settings form: only the ticked kinds by mail, and the digest
    mvc.perform(get("/applicant/notifications").with(owner))
        .andExpect(content().string(containsString("name=\"mail\" value=\"AWARDED\" checked")));
    mvc.perform(post("/applicant/notifications/preferences").with(owner).with(csrf())
        .param("mail", "AWARDED").param("digest", "true")).andExpect(redirectedUrl("/applicant/notifications?saved"));
    MailPreferences.Choice choice = preferences.of("ntpageowner");
    assertThat(choice.digest()).isTrue();
    assertThat(choice.mailOff()).hasSize(NoticeKind.values().length - 1).doesNotContain(NoticeKind.AWARDED);
  }

  @Test
  @DisplayName("the office's pages: the notice bar counts a group's notice and opens /notifications, whose list links to Tasklist through the read mark")
  void managerPages() throws Exception {
    RequestPostProcessor office = user("ntpageoffice").roles("QUALITY_OFFICE");
    events.publishEvent(new Notice(NoticeKind.TASK_ARRIVED, Set.of("ntpageoffice"), Set.of(), Set.of(),
        "新待办任务：资格审查（BDQA-2026-0902），2026-03-16（星期一）前办结", Notice.TASKLIST + "#/?task=x"));
    mvc.perform(get("/manager/editions").with(office)).andExpect(status().isOk())
        .andExpect(content().string(containsString("通知（1 条未读）")))
        .andExpect(content().string(containsString("href=\"/notifications\"")));
    Long id = inbox.latest("ntpageoffice").get(0).getId();
    mvc.perform(get("/notifications").with(office)).andExpect(status().isOk())
        .andExpect(content().string(containsString("资格审查（BDQA-2026-0902）")))
        .andExpect(content().string(containsString("/notifications/" + id)));
    mvc.perform(get("/notifications/" + id).with(office))
        .andExpect(redirectedUrl("/camunda/app/tasklist/default/#/?task=x"));
    assertThat(inbox.unread("ntpageoffice")).isZero();
  }

  @Test
  @DisplayName("an expert, who has no office page, reads their own notifications on /notifications, marks them read and chooses the mails; others' stay theirs")
  void everyUsersPage() throws Exception {
    RequestPostProcessor expert = user("ntpageexpert").roles("EXPERT");
    events.publishEvent(Notice.toUser(NoticeKind.EXPERT_DRAWN, "ntpageexpert", "您已被抽取为 BDQA-2026-0903 资料评审组成员",
        Notice.TASKLIST));
    events.publishEvent(Notice.toUser(NoticeKind.EXPERT_DRAWN, "ntpageother", "另一位专家的通知", Notice.TASKLIST));
    mvc.perform(get("/notifications").with(expert)).andExpect(status().isOk())
        .andExpect(content().string(containsString("BDQA-2026-0903")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("另一位专家的通知"))))
        .andExpect(content().string(containsString("name=\"mail\" value=\"EXPERT_DRAWN\" checked")));
    Long others = inbox.latest("ntpageother").get(0).getId();
    mvc.perform(get("/notifications/" + others).with(expert)).andExpect(redirectedUrl("/notifications"));
    // a link that would leave the site (a browser reads /\host as //host) leads back to the list
    events.publishEvent(Notice.toUser(NoticeKind.EXPERT_DRAWN, "ntpageexpert", "外链通知", "/\\evil.example/x"));
    Long outward = inbox.latest("ntpageexpert").get(0).getId();
    mvc.perform(get("/notifications/" + outward).with(expert)).andExpect(redirectedUrl("/notifications"));
    assertThat(inbox.unread("ntpageother")).isEqualTo(1);

    mvc.perform(post("/notifications/read").with(expert)).andExpect(status().isForbidden());
    mvc.perform(post("/notifications/read").with(expert).with(csrf())).andExpect(redirectedUrl("/notifications"));
    assertThat(inbox.unread("ntpageexpert")).isZero();
    mvc.perform(post("/notifications/preferences").with(expert).with(csrf()).param("mail", "TASK_ARRIVED"))
        .andExpect(redirectedUrl("/notifications?saved"));
    MailPreferences.Choice choice = preferences.of("ntpageexpert");
    assertThat(choice.digest()).isFalse();
    assertThat(choice.mailOff()).contains(NoticeKind.EXPERT_DRAWN).doesNotContain(NoticeKind.TASK_ARRIVED);
    mvc.perform(get("/notifications")).andExpect(redirectedUrl("/camunda/app/tasklist/"));
  }

  @Test
  @DisplayName("notices are stored as their transaction commits: none from a rolled-back one; a failing one is logged, not thrown, and loses only itself")
  void onCommitOnly() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(status -> {
      events.publishEvent(Notice.toUser(NoticeKind.STAGE_CHANGED, "ntrolledback", "回滚", "/applicant/"));
      status.setRollbackOnly();
    });
    assertThat(inbox.latest("ntrolledback")).isEmpty();

    transaction.executeWithoutResult(status -> {
      events.publishEvent(Notice.toUser(NoticeKind.STAGE_CHANGED, "ntcommitted", "已提交", "/applicant/"));
      assertThat(inbox.latest("ntcommitted")).as("not inside the event's transaction").isEmpty();
    });
    assertThat(inbox.latest("ntcommitted")).hasSize(1);

    // a recipient longer than the column: the insert fails as the transaction commits, and nobody above hears of it;
    // the transaction's other notices are stored all the same
    assertThatCode(() -> transaction.executeWithoutResult(status -> {
      events.publishEvent(Notice.toUser(NoticeKind.STAGE_CHANGED, "ntbeforebad", "坏通知之前", "/applicant/"));
      events.publishEvent(Notice.toUser(NoticeKind.STAGE_CHANGED, "x".repeat(100), "过长", "/applicant/"));
      events.publishEvent(Notice.toUser(NoticeKind.STAGE_CHANGED, "ntafterbad", "坏通知之后", "/applicant/"));
    })).doesNotThrowAnyException();
    assertThat(inbox.latest("ntbeforebad")).extracting(Notification::getTitle).containsExactly("坏通知之前");
    assertThat(inbox.latest("ntafterbad")).extracting(Notification::getTitle).containsExactly("坏通知之后");
  }
}
