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

/** A publicity (公示) of a list for at least 5 working days (Art 16, 17, 18, 21). */
@Entity
@Table(name = "publicity")
public class Publicity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PublicityKind kind;

  private Long editionId;

  @Column(nullable = false)
  private LocalDate startDate;

  @Column(nullable = false)
  private int publicityDays;

  /** Last working day of the period; null until the calendar of that year is known. */
  private LocalDate endDate;

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

  public Publicity(String title, PublicityKind kind, Long editionId, LocalDate startDate,
      int publicityDays, String handlerGroup, LocalDateTime createdAt) {
    this.title = title;
    this.kind = kind;
    this.editionId = editionId;
    this.startDate = startDate;
    this.publicityDays = publicityDays;
    this.handlerGroup = handlerGroup;
    this.createdAt = createdAt;
    this.state = PublicityState.RUNNING;
  }

  public Long getId() { return id; }
  public String getTitle() { return title; }
  public PublicityKind getKind() { return kind; }
  public Long getEditionId() { return editionId; }
  public LocalDate getStartDate() { return startDate; }
  public int getPublicityDays() { return publicityDays; }
  public LocalDate getEndDate() { return endDate; }
  public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
  public String getHandlerGroup() { return handlerGroup; }
  public PublicityState getState() { return state; }
  public void setState(PublicityState state) { this.state = state; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public long getVersion() { return version; }
}
