package org.qualityaward.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** One edition (届) of the award, from its notice (Art 15) on. */
@Entity
public class Edition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  @Column(name = "edition_year") // YEAR is a keyword in H2
  private int year;
  private String name;
  private LocalDate applicationDeadline;

  @Enumerated(EnumType.STRING)
  private EditionStage stage;

  private String processInstanceId;
  private LocalDateTime createdAt;
  /** Art 15: the day the call was issued and the media or websites the announcement went out in. */
  private LocalDate noticeIssuedOn;
  private String noticeChannels;

  protected Edition() {}

  public Edition(int year, String name, LocalDate applicationDeadline, LocalDateTime createdAt) {
    this.year = year;
    this.name = name;
    this.applicationDeadline = applicationDeadline;
    this.stage = EditionStage.PLAN_APPROVAL;
    this.createdAt = createdAt;
  }

  /** Business key of the edition's process instance, also what application cases correlate to. */
  public String businessKey() {
    return "edition-" + year;
  }

  /** Art 15: applications are taken from the call (after the plan is approved) until the end of the deadline day. */
  private boolean acceptsApplications() {
    return stage == EditionStage.NOTICE || stage == EditionStage.APPLICATION_WINDOW;
  }

  /** Why the edition takes no application today (Art 8(1), 15); empty while it does. */
  public Optional<String> refusesApplications(LocalDate today) {
    if (stage == EditionStage.PLAN_APPROVAL) {
      return Optional.of(name + " 的评选方案尚待领导小组审定，申报通知尚未发布（第八条、第十五条），暂不受理");
    }
    if (!acceptsApplications() || today.isAfter(applicationDeadline)) {
      return Optional.of(name + " 已于 " + applicationDeadline + " 截止申报（第十五条），不再受理");
    }
    return Optional.empty();
  }

  public void moveTo(EditionStage next) {
    this.stage = next;
  }

  /** The deadline of a revised plan, set before the call goes out (Art 15). */
  void reschedule(LocalDate applicationDeadline) {
    this.applicationDeadline = applicationDeadline;
  }

  /** Art 15 印发申报通知，通过媒体发布公告: as the office recorded it. */
  void noticeIssued(LocalDate issuedOn, String channels) {
    this.noticeIssuedOn = issuedOn;
    this.noticeChannels = channels;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() { return id; }
  public long getVersion() { return version; }
  public int getYear() { return year; }
  public String getName() { return name; }
  public LocalDate getApplicationDeadline() { return applicationDeadline; }
  public EditionStage getStage() { return stage; }
  public String getProcessInstanceId() { return processInstanceId; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public LocalDate getNoticeIssuedOn() { return noticeIssuedOn; }
  public String getNoticeChannels() { return noticeChannels; }
}
