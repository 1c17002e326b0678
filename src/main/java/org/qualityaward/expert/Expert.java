package org.qualityaward.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.List;

/** A member of the expert pool (评审专家库, Art 10); works scoring tasks as Camunda user {@link #getUserId()}. */
@Entity
public class Expert {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  private String userId;
  private String name;
  private String employerName;
  private String employerCreditCode;
  /** The employer's group (集团), if any: the expert sits on no panel of that group's organisations. */
  private String employerGroupCreditCode;

  /** GB/T 4754 codes, e.g. C34. */
  @Convert(converter = CodeListConverter.class)
  private List<String> industries;

  @Enumerated(EnumType.STRING)
  private Degree degree;

  private int qualityYears;
  private String trainingQualification;
  private boolean lawsFamiliarityDeclared;
  private boolean conductDeclared;

  /** The recommending unit the expert works for or served; excluded from that unit's candidates. */
  private String recommenderCode;

  /** Organisations the expert declared a conflict with: none of their cases, nor their groups', is drawn. */
  @Convert(converter = CodeListConverter.class)
  private List<String> conflictCreditCodes;

  @Column(nullable = false)
  private boolean active;

  private LocalDateTime createdAt;

  protected Expert() {}

  Expert(NewExpert n, LocalDateTime createdAt) {
    this.userId = n.userId();
    revise(n);
    this.active = true;
    this.createdAt = createdAt;
  }

  /** Everything of the record but the user, whose tasks and ratings stay theirs. */
  void revise(NewExpert n) {
    this.name = n.name();
    this.employerName = n.employerName();
    this.employerCreditCode = n.employerCreditCode();
    this.employerGroupCreditCode = n.employerGroupCreditCode();
    this.industries = List.copyOf(n.industries());
    this.degree = n.degree();
    this.qualityYears = n.qualityYears();
    this.trainingQualification = n.trainingQualification();
    this.lawsFamiliarityDeclared = n.lawsFamiliarityDeclared();
    this.conductDeclared = n.conductDeclared();
    this.recommenderCode = n.recommenderCode();
    this.conflictCreditCodes = List.copyOf(n.conflictCreditCodes());
  }

  void setActive(boolean active) {
    this.active = active;
  }

  public Long getId() { return id; }
  public long getVersion() { return version; }
  public String getUserId() { return userId; }
  public String getName() { return name; }
  public String getEmployerName() { return employerName; }
  public String getEmployerCreditCode() { return employerCreditCode; }
  public String getEmployerGroupCreditCode() { return employerGroupCreditCode; }
  public List<String> getIndustries() { return List.copyOf(industries); }
  public Degree getDegree() { return degree; }
  public int getQualityYears() { return qualityYears; }
  public String getTrainingQualification() { return trainingQualification; }
  public boolean isLawsFamiliarityDeclared() { return lawsFamiliarityDeclared; }
  public boolean isConductDeclared() { return conductDeclared; }
  public String getRecommenderCode() { return recommenderCode; }
  public List<String> getConflictCreditCodes() { return List.copyOf(conflictCreditCodes); }
  public boolean isActive() { return active; }
  public LocalDateTime getCreatedAt() { return createdAt; }
}
