package org.qualityaward.application;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** A city department's opinion asked for at qualification review (Art 17 征求市相关部门意见). */
@Entity
class DepartmentOpinion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;
  private String departmentCode;
  private boolean approved;
  private String comment;
  private String givenBy;
  private LocalDateTime givenAt;

  protected DepartmentOpinion() {}

  DepartmentOpinion(Long applicationId, String departmentCode, boolean approved, String comment, String givenBy,
      LocalDateTime givenAt) {
    this.applicationId = applicationId;
    this.departmentCode = departmentCode;
    this.approved = approved;
    this.comment = comment;
    this.givenBy = givenBy;
    this.givenAt = givenAt;
  }

  String getDepartmentCode() { return departmentCode; }
  boolean isApproved() { return approved; }
  String getComment() { return comment; }
  String getGivenBy() { return givenBy; }
  LocalDateTime getGivenAt() { return givenAt; }
}
