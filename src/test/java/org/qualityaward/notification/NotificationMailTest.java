package org.qualityaward.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 17: notification mails through a real SMTP server (GreenMail): to users with an e-mail address in
 * Camunda, a group's members, and people without an account; a link to the site, no content. A server
 * that is down delays the mail (attempts and error recorded, shown to the administrator) and never the case.
 */
@AutoConfigureMockMvc
@SpringBootTest(properties = {"qa.notifications.base-url=https://qa.example.cn", "qa.notifications.send-every=PT1H",
    "qa.notifications.first-retry=PT2M"})
class NotificationMailTest {

  @Autowired MockMvc mvc;

  private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private static final AtomicInteger SERIALS = new AtomicInteger(7800);
  private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @Autowired MailOutbox outbox;
  @Autowired MailPreferences preferences;
  @Autowired NotificationPreferenceRepository preferenceRepository;
  @Autowired TransactionTemplate transactions;
  @Autowired NotificationInbox inbox;
  @Autowired MailOutboxController outboxPage;
  @Autowired ApplicationEventPublisher events;
  @Autowired IdentityService identityService;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired EditionService editions;
  @Autowired TaskService taskService;
  @Autowired ApplicationContext context;
  @Autowired ApplicationSubmissions submissions;

  @BeforeEach
  void setUp() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
    withMail("mlapplicant", "applicant", "mlapplicant@example.com");
    withMail("mlclerk1", "ml-unit", "clerk1@example.com");
    withMail("mlclerk2", "ml-unit", "clerk2@example.com");
    TestUsers.ensure(identityService, "mlnomail", "ml-unit");
    EngineClock.set(START);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @AfterAll
  static void stopServer() {
    SMTP.stop();
  }

  @Test
  @DisplayName("a hung mail server cannot hold the node: every SMTP wait is bounded (below the outbox's claim), the scheduler has a second thread, and the node's health does not ask the mail server")
  void aHungMailServerCannotHoldTheNode() throws Exception {
    for (String protocol : new String[] {"smtp", "smtps"}) {
      assertThat(mailSender.getJavaMailProperties()).containsEntry("mail." + protocol + ".connectiontimeout", "10000")
          .containsEntry("mail." + protocol + ".timeout", "30000").containsEntry("mail." + protocol + ".writetimeout", "30000");
    }
    assertThat(context.getBean(ThreadPoolTaskScheduler.class).getPoolSize()).isEqualTo(2);
    assertThat(context.getBeansOfType(HealthContributor.class)).doesNotContainKey("mailHealthContributor");
    mvc.perform(get("/actuator/health").with(user("admin").roles("CAMUNDA_ADMIN")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("\"db\"")))
        .andExpect(content().string(not(containsString("\"mail\""))));
  }

  @Test
  @DisplayName("a notice is mailed to each recipient with an address: the user, the group's members, the objector; title and link only")
  void mailsReachTheirRecipients() throws Exception {
    events.publishEvent(new Notice(NoticeKind.TASK_ARRIVED, Set.of("mlapplicant"), Set.of("ml-unit"),
        Set.of("objector@example.org"), "新待办任务：推荐单位审核申报材料（BDQA-2026-0801），2026-03-16（星期一）前办结",
        Notice.TASKLIST + "#/?task=abc"));
    outbox.sendDue();

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(Arrays.stream(received).map(NotificationMailTest::recipient))
        .containsExactlyInAnyOrder("mlapplicant@example.com", "clerk1@example.com", "clerk2@example.com",
            "objector@example.org");
    MimeMessage first = received[0];
    assertThat(first.getSubject()).isEqualTo("保定市政府质量奖：新待办任务：推荐单位审核申报材料（BDQA-2026-0801），2026-03-16（星期一）前办结");
    assertThat((String) first.getContent()).contains("https://qa.example.cn/camunda/app/tasklist/default/#/?task=abc");
    assertThat(outboxPage.unsent()).noneMatch(m -> m.subject().contains("BDQA-2026-0801"));
  }

  @Test
  @DisplayName("the server down: the case goes on, the mail waits with its attempt and error (the administrator sees it) and goes later")
  void aServerDownDelaysTheMail() throws Exception {
    int port = mailSender.getPort();
    mailSender.setPort(closedPort());
    try {
      int year = EditionYears.next();
      Edition edition = EditionDriver.openWithApprovedPlan(editions, taskService,
          new NewEdition(year, year + "年度通知邮件测试届", LocalDate.of(2026, 3, 31)));
      Application submitted = submissions.submit(SampleCases.organization(edition.getId(), SERIALS.getAndIncrement()),
          "mlapplicant");
      assertThat(submitted.getProcessInstanceId()).isNotNull();
      outbox.sendDue();
    } finally {
      mailSender.setPort(port);
    }
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    List<MailOutboxController.UnsentMail> waiting = outboxPage.unsent().stream()
        .filter(m -> m.recipient().equals("mlapplicant@example.com")).toList();
    assertThat(waiting).isNotEmpty().allSatisfy(m -> {
      assertThat(m.attempts()).isEqualTo(1);
      assertThat(m.lastError()).isNotBlank();
      assertThat(m.nextAttemptAt()).isEqualTo(START.plusMinutes(2));
    });
    mvc.perform(get("/manager/mails").with(user("mladmin").roles("CAMUNDA_ADMIN"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("mlapplicant@example.com")))
        .andExpect(content().string(containsString("1 次")))
        .andExpect(content().string(containsString(waiting.get(0).lastError().split(":")[0])));
    mvc.perform(get("/manager/mails").with(user("mloffice").roles("QUALITY_OFFICE"))).andExpect(status().isForbidden());

    outbox.sendDue(); // not yet due
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    EngineClock.set(START.plusMinutes(3));
    outbox.sendDue();
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(NotificationMailTest::recipient))
        .hasSize(waiting.size()).containsOnly("mlapplicant@example.com");
    assertThat(outboxPage.unsent()).noneMatch(m -> m.recipient().equals("mlapplicant@example.com"));
  }

  @Test
  @DisplayName("preferences: a kind without mail stays on the pages only; the digest sends the day's notifications in one mail, once")
  void preferencesAndDigest() throws Exception {
    withMail("mlquiet", "ml-prefs", "quiet@example.com");
    withMail("mldigest", "ml-prefs", "digest@example.com");
    preferences.choose("mlquiet", new MailPreferences.Choice(Set.of(NoticeKind.STAGE_CHANGED), false));
    preferences.choose("mldigest", new MailPreferences.Choice(Set.of(), true));
    EngineClock.set(START.plusMinutes(1));
    events.publishEvent(new Notice(NoticeKind.STAGE_CHANGED, Set.of("mlquiet", "mldigest"), Set.of(), Set.of(),
        "您的申报 BDQA-2026-0803 进入「资料评审」阶段", "/applicant/applications/BDQA-2026-0803"));
    events.publishEvent(new Notice(NoticeKind.AWARDED, Set.of("mlquiet", "mldigest"), Set.of(), Set.of(),
        "您的申报 BDQA-2026-0803 已办结：市政府质量奖", "/applicant/applications/BDQA-2026-0803"));
    outbox.sendDue();
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(NotificationMailTest::subject))
        .containsExactly("保定市政府质量奖：您的申报 BDQA-2026-0803 已办结：市政府质量奖");
    assertThat(recipient(SMTP.getReceivedMessages()[0])).isEqualTo("quiet@example.com");
    assertThat(inbox.latest("mlquiet")).hasSize(2);

    SMTP.purgeEmailFromAllMailboxes();
    EngineClock.set(START.plusHours(9));
    preferences.sendDigests();
    outbox.sendDue();
    MimeMessage digest = SMTP.getReceivedMessages()[0];
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(recipient(digest)).isEqualTo("digest@example.com");
    assertThat(digest.getSubject()).isEqualTo("保定市政府质量奖：今日通知（2 条）");
    assertThat((String) digest.getContent()).contains("进入「资料评审」阶段").contains("已办结：市政府质量奖")
        .contains("https://qa.example.cn/applicant/applications/BDQA-2026-0803");
    // the next run has nothing new for them
    preferences.sendDigests();
    outbox.sendDue();
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
  }

  @Test
  @DisplayName("two nodes' digest runs at once send one digest, and a user's change made while a run is under way is kept")
  void oneDigestAcrossNodes() throws Exception {
    withMail("mlnodes", "ml-prefs", "nodes@example.com");
    preferences.choose("mlnodes", new MailPreferences.Choice(Set.of(), true));
    EngineClock.set(START.plusMinutes(1));
    events.publishEvent(new Notice(NoticeKind.AWARDED, Set.of("mlnodes"), Set.of(), Set.of(),
        "您的申报 BDQA-2026-0804 已办结：市政府质量奖", "/applicant/applications/BDQA-2026-0804"));
    outbox.sendDue();
    SMTP.purgeEmailFromAllMailboxes();
    LocalDateTime now = START.plusHours(9);
    EngineClock.set(now);

    // node 1 has read the preference and queued the digest, not yet committed; node 2 does the same and commits
    Long listed = transactions.execute(status -> preferenceVersion("mlnodes"));
    Future<?> node1 = digestHeldOpen(listed, now);
    transactions.executeWithoutResult(status -> preferences.digest("mlnodes", listed, now));
    release.countDown();
    assertThatThrownBy(node1::get).hasCauseInstanceOf(OptimisticLockingFailureException.class);
    outbox.sendDue();
    assertThat(SMTP.getReceivedMessages()).extracting(NotificationMailTest::recipient).containsExactly("nodes@example.com");

    // the user turns the digest off while a run is under way: the run's write is refused, the choice stays
    Long before = transactions.execute(status -> preferenceVersion("mlnodes"));
    release = new CountDownLatch(1);
    Future<?> run = digestHeldOpen(before, now.plusDays(1));
    preferences.choose("mlnodes", new MailPreferences.Choice(Set.of(), false));
    release.countDown();
    assertThatThrownBy(run::get).hasCauseInstanceOf(OptimisticLockingFailureException.class);
    assertThat(preferences.of("mlnodes").digest()).isFalse();
  }

  @Test
  @DisplayName("a notice whose mail cannot be queued (an address longer than the column) is rolled back alone, in the case's transaction: the case's own pending changes and its other notices stand")
  void aNoticeThatCannotBeQueuedFailsAlone() {
    withMail("mlsaved", "ml-prefs", "saved@example.com");
    preferences.choose("mlsaved", new MailPreferences.Choice(Set.of(), false));
    transactions.executeWithoutResult(status -> {
      // changed, not yet written: the mail's look-up of preferences would write it under the notices' savepoint
      preferenceRepository.findById("mlsaved").orElseThrow().change(Set.of(NoticeKind.STAGE_CHANGED), false, START);
      events.publishEvent(Notice.toUser(NoticeKind.AWARDED, "mlsaved", "可以送达的通知", "/applicant/"));
      events.publishEvent(new Notice(NoticeKind.RECEIPT_ANSWERED, Set.of(), Set.of(),
          Set.of("x".repeat(250) + "@example.com"), "地址过长的通知", "/notices"));
    });
    assertThat(preferences.of("mlsaved").mailOff()).containsExactly(NoticeKind.STAGE_CHANGED);
    assertThat(inbox.latest("mlsaved")).extracting(Notification::getTitle).containsExactly("可以送达的通知");
    assertThat(outboxPage.unsent()).anyMatch(m -> m.recipient().equals("saved@example.com"))
        .noneMatch(m -> m.recipient().startsWith("xxx"));
  }

  @Test
  @DisplayName("a concurrent edit in a transaction with notices still fails as a conflict (409 on the API), and notifies nobody")
  void aConcurrentEditWithNoticesStaysAConflict() {
    withMail("mlraced", "ml-prefs", "raced@example.com");
    preferences.choose("mlraced", new MailPreferences.Choice(Set.of(), false));
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      NotificationPreference mine = preferenceRepository.findById("mlraced").orElseThrow();
      var otherRequest = Executors.newSingleThreadExecutor();
      try {
        otherRequest.submit(() ->
            preferences.choose("mlraced", new MailPreferences.Choice(Set.of(NoticeKind.AWARDED), false))).get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        otherRequest.shutdown();
      }
      mine.change(Set.of(NoticeKind.STAGE_CHANGED), false, START);
      events.publishEvent(Notice.toUser(NoticeKind.AWARDED, "mlraced", "冲突中的通知", "/applicant/"));
    })).isInstanceOf(OptimisticLockingFailureException.class);
    assertThat(inbox.latest("mlraced")).isEmpty();
    assertThat(preferences.of("mlraced").mailOff()).containsExactly(NoticeKind.AWARDED);
  }

  private CountDownLatch release = new CountDownLatch(1);

  /** A digest of mlnodes whose transaction has read and written, and commits only once {@link #release}d. */
  private Future<?> digestHeldOpen(Long listed, LocalDateTime now) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    CountDownLatch releasing = release;
    Future<?> held = Executors.newSingleThreadExecutor().submit(() -> transactions.executeWithoutResult(status -> {
      preferences.digest("mlnodes", listed, now);
      done.countDown();
      try {
        releasing.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    done.await();
    return held;
  }

  private Long preferenceVersion(String userId) {
    return preferenceRepository.findById(userId).orElseThrow().getVersion();
  }

  private void withMail(String id, String group, String email) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(TestUsers.PASSWORD);
      user.setEmail(email);
      TestUsers.save(identityService, user);
      if (identityService.createGroupQuery().groupId(group).count() == 0) {
        identityService.saveGroup(identityService.newGroup(group));
      }
      identityService.createMembership(id, group);
    }
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
