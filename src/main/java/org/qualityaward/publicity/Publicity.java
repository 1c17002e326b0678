package org.qualityaward.publicity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A publicity (公示) of a list for at least 5 working days (Art 16, 17, 18, 21): published on one day, it
 * runs from its first to its last working day, both in full ({@link PublicityFirstDay}).
 */
@Entity
@Table(name = "publicity")
public class Publicity {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PublicityKind kind;

  private Long editionId;

  /** The day the list went on the notice board. */
  @Column(nullable = false)
  private LocalDate publishedOn;

  /** First working day of the period; null (with the last) until the calendar of that year is known. */
  @Column(name = "start_date")
  private LocalDate firstDay;

  @Column(nullable = false)
  private int publicityDays;

  /** Last working day of the period, which ends at its midnight. */
  @Column(name = "end_date")
  private LocalDate lastDay;

  @Column(nullable = false)
  private String handlerGroup;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PublicityState state;

  private String processInstanceId;

  @Column(nullable = false)
  private LocalDateTime createdAt;

  @Version
  private long version;

  protected Publicity() {
  }

  public Publicity(String title, PublicityKind kind, Long editionId, LocalDate publishedOn,
      int publicityDays, String handlerGroup, LocalDateTime createdAt) {
    this.title = title;
    this.kind = kind;
    this.editionId = editionId;
    this.publishedOn = publishedOn;
    this.publicityDays = publicityDays;
    this.handlerGroup = handlerGroup;
    this.createdAt = createdAt;
    this.state = PublicityState.RUNNING;
  }

  public Long getId() { return id; }
  public String getTitle() { return title; }
  public PublicityKind getKind() { return kind; }
  public Long getEditionId() { return editionId; }
  public LocalDate getPublishedOn() { return publishedOn; }
  public LocalDate getFirstDay() { return firstDay; }
  public int getPublicityDays() { return publicityDays; }
  public LocalDate getLastDay() { return lastDay; }
  public String getHandlerGroup() { return handlerGroup; }
  public PublicityState getState() { return state; }
  public void setState(PublicityState state) { this.state = state; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public long getVersion() { return version; }

  void setPeriod(PublicityFirstDay.Period period) {
    this.firstDay = period.firstDay();
    this.lastDay = period.lastDay();
  }

  /**
   * Objections are taken from the day the list is published to the end of its last day: the period is
   * the least time the public gets, not a wait before it may object (Art 21).
   */
  public boolean acceptsObjectionsOn(LocalDate day) {
    return state == PublicityState.RUNNING && !day.isBefore(publishedOn) && (lastDay == null || !day.isAfter(lastDay));
  }

  /**
   * The period as every notice, page and form shows it after 「公示期：」, e.g.
   * 「2026年3月3日至2026年3月9日（5个工作日）」.
   */
  public String periodText() {
    if (lastDay == null) {
      return DAY.format(publishedOn) + "发布，" + publicityDays + "个工作日，起止日期待当年节假日安排公布后确定";
    }
    return DAY.format(firstDay) + "至" + DAY.format(lastDay) + "（" + publicityDays + "个工作日）";
  }
}
