package org.qualityaward.renewal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The holder's answer to the renewal invitation and, if it applied, how the re-evaluation ended (Art 33). */
@Entity
public class Renewal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long honourId;
  private boolean requested;
  private LocalDateTime answeredAt;
  private String answeredBy;
  private String contact;
  private String selfAssessment;
  /** The records of the validity the holder declared, one a line as typed (Art 33 with Art 11(6)(7), 12(6)). */
  private String creditRecords;
  private String accidents;
  private String employerCreditRecords;
  private Long applicationId;
  private LocalDate materialDueOn;

  @Enumerated(EnumType.STRING)
  private RenewalState state;

  private String reason;
  private Long newHonourId;
  private LocalDateTime concludedAt;

  protected Renewal() {}

  private Renewal(Long honourId, boolean requested, RenewalState state, LocalDateTime answeredAt, String answeredBy) {
    this.honourId = honourId;
    this.requested = requested;
    this.state = state;
    this.answeredAt = answeredAt;
    this.answeredBy = answeredBy;
  }

  static Renewal requested(Long honourId, RenewalForms.Answer answer, String by, LocalDateTime at) {
    Renewal renewal = new Renewal(honourId, true, RenewalState.UNDER_REVIEW, at, by);
    renewal.selfAssessment = answer.selfAssessment();
    renewal.contact = answer.contact();
    renewal.creditRecords = answer.creditRecords();
    renewal.accidents = answer.accidents();
    renewal.employerCreditRecords = answer.employerCreditRecords();
    return renewal;
  }

  static Renewal declined(Long honourId, String by, LocalDateTime at) {
    Renewal renewal = new Renewal(honourId, false, RenewalState.DECLINED, at, by);
    renewal.concludedAt = at;
    return renewal;
  }

  static Renewal notRequested(Long honourId, LocalDateTime at) {
    Renewal renewal = new Renewal(honourId, false, RenewalState.NOT_REQUESTED, at, null);
    renewal.reason = "复评申请期限内未提出复评申请";
    renewal.concludedAt = at;
    return renewal;
  }

  /** The renewal's case opened; its holder's material is due by {@code materialDueOn} (Art 33 with Art 16). */
  void underCase(Long applicationId, LocalDate materialDueOn) {
    this.applicationId = applicationId;
    this.materialDueOn = materialDueOn;
  }

  void conclude(RenewalState outcome, String reason, LocalDateTime at) {
    if (state != RenewalState.UNDER_REVIEW) {
      throw new IllegalStateException("复评 " + id + " 已结束：" + state.label());
    }
    this.state = outcome;
    this.reason = reason;
    this.concludedAt = at;
  }

  void renewedAs(Long newHonourId, String reason, LocalDateTime at) {
    conclude(RenewalState.RENEWED, reason, at);
    this.newHonourId = newHonourId;
  }

  public Long getId() { return id; }
  public Long getHonourId() { return honourId; }
  public boolean isRequested() { return requested; }
  public LocalDateTime getAnsweredAt() { return answeredAt; }
  public String getAnsweredBy() { return answeredBy; }
  public String getContact() { return contact; }
  public String getSelfAssessment() { return selfAssessment; }
  public String getCreditRecords() { return creditRecords; }
  public String getAccidents() { return accidents; }
  public String getEmployerCreditRecords() { return employerCreditRecords; }
  public Long getApplicationId() { return applicationId; }
  public LocalDate getMaterialDueOn() { return materialDueOn; }
  public RenewalState getState() { return state; }
  public String getReason() { return reason; }
  public Long getNewHonourId() { return newHonourId; }
  public LocalDateTime getConcludedAt() { return concludedAt; }
}
