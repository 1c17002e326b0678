package org.qualityaward.application;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.eligibility.OrganizationProfile;
import org.qualityaward.platform.EncryptedColumn;

/** One application (申报): the case that {@code award-application} carries. */
@Entity
public class Application {

  private static final Set<ApplicationOutcome> AFTER_DOCUMENT_REVIEW =
      EnumSet.of(ApplicationOutcome.NOT_AWARDED, ApplicationOutcome.NOMINATION, ApplicationOutcome.AWARD);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  private String applicationNumber;
  private Long editionId;

  /** The applicant's corrections and uploads so far: what a recommending unit's decision was made on (Art 16). */
  private int materialRevision;

  @Enumerated(EnumType.STRING)
  private ApplicationKind kind;

  private String recommenderCode;

  @Enumerated(EnumType.STRING)
  private ApplicationStage stage;

  @Enumerated(EnumType.STRING)
  private ApplicationOutcome outcome;

  private String outcomeReason;
  private String applicantName;
  /** A second submission is found by this: an organisation's credit code, the keyed hash of a person's ID number. */
  private String applicantKey;
  private String activeApplicantKey;

  private String orgName;
  private String creditCode;
  private LocalDate registeredOn;
  /** 登记机关 and 住所 as on the licence (Art 11(2)); null in cases stored before they were asked. */
  private String registrationAuthority;
  private String registeredAddress;
  /** Who in the office confirmed the registration in Baoding a finding marked 需核实 (Art 11(2), 17), and when. */
  private String registrationConfirmedBy;
  private LocalDateTime registrationConfirmedAt;
  private String groupCreditCode;
  /** The organisation's GB/T 4754 industry, or an individual's employer's (Art 10: the panel's industry expert). */
  private String industry;
  private Boolean chiefQualityOfficer;
  private String topManagerName;

  private String indName;
  @Convert(converter = EncryptedColumn.class)
  private String idNumber;
  private String employerCreditCode;
  private LocalDate qualityWorkSince;
  private Boolean topManager;

  private Boolean noStateSecrets;
  private String selfAssessment;
  private String submittedBy;
  private LocalDateTime submittedAt;
  private String processInstanceId;

  /** Art 33: set on a renewal re-evaluation (复评), which belongs to no edition. */
  private Long renewalOfHonourId;

  protected Application() {}

  /**
   * Art 33: the case a renewal re-evaluation is scored under — the winning application's profile with
   * the holder's updated self-assessment, no edition; the holder adds the validity's evidence and may update
   * the profile until the case is accepted (the panels follow).
   */
  static Application renewalOf(Application won, Long honourId, String selfAssessment, String submittedBy,
      LocalDateTime submittedAt) {
    Application renewal = new Application(null, won.kind, won.recommenderCode, won.organization(), won.individual(),
        won.applicantKey, won.noStateSecrets, selfAssessment, submittedBy, submittedAt);
    renewal.renewalOfHonourId = honourId;
    renewal.stage = ApplicationStage.RENEWAL_MATERIAL;
    // a renewal never counts against a second submission to an edition
    renewal.activeApplicantKey = null;
    return renewal;
  }

  Application(Long editionId, ApplicationKind kind, String recommenderCode, OrganizationProfile organization,
      IndividualProfile individual, String applicantKey, Boolean noStateSecrets, String selfAssessment,
      String submittedBy, LocalDateTime submittedAt) {
    this.editionId = editionId;
    this.kind = kind;
    this.recommenderCode = recommenderCode;
    this.stage = ApplicationStage.SUBMITTED;
    // whom the application is of; the rest of the profile the applicant may still correct
    if (kind == ApplicationKind.ORGANIZATION) {
      this.creditCode = organization.creditCode();
    } else {
      this.idNumber = individual.idNumber();
    }
    profile(organization, individual);
    this.applicantKey = applicantKey;
    this.activeApplicantKey = applicantKey;
    this.noStateSecrets = noStateSecrets;
    this.selfAssessment = selfAssessment;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  /** 申报编号, also the business key of the case's process instance. */
  void number(int editionYear) {
    this.applicationNumber = String.format("BDQA-%d-%04d", editionYear, id);
  }

  /** 复评编号 BDQA-R-2031-0042: a renewal has no edition year. */
  void numberRenewal(int year) {
    this.applicationNumber = String.format("BDQA-R-%d-%04d", year, id);
  }

  /** The applicant's corrected self-assessment, before the recommending unit decides (Art 16). */
  void correctSelfAssessment(String selfAssessment) {
    this.selfAssessment = selfAssessment;
    materialRevision++;
  }

  /** A file added to the evidence, withdrawn or marked anew (Art 16): the material changed. */
  void evidenceChanged() {
    materialRevision++;
  }

  /**
   * The applicant's corrected profile, before the recommending unit decides (Art 16). The credit code
   * of an organisation and the ID number of a person stay: they are whom the application is of.
   */
  void correctProfile(OrganizationProfile organization, IndividualProfile individual) {
    profile(organization, individual);
    materialRevision++;
  }

  private void profile(OrganizationProfile organization, IndividualProfile individual) {
    if (kind == ApplicationKind.ORGANIZATION) {
      this.applicantName = organization.name();
      this.orgName = organization.name();
      this.registeredOn = organization.registeredOn();
      this.registrationAuthority = organization.registrationAuthority();
      this.registeredAddress = organization.registeredAddress();
      this.groupCreditCode = organization.groupCreditCode();
      this.industry = organization.industry();
      this.chiefQualityOfficer = organization.chiefQualityOfficer();
      this.topManagerName = organization.topManagerName();
    } else {
      this.applicantName = individual.name();
      this.indName = individual.name();
      this.employerCreditCode = individual.employerCreditCode();
      this.qualityWorkSince = individual.qualityWorkSince();
      this.topManager = individual.topManager();
      this.industry = individual.employerIndustry();
    }
  }

  void confirmRegistration(String confirmedBy, LocalDateTime confirmedAt) {
    this.registrationConfirmedBy = confirmedBy;
    this.registrationConfirmedAt = confirmedAt;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void enter(ApplicationStage next) {
    this.stage = next;
  }

  /**
   * Ends the case. An ineligible or withdrawn case no longer blocks a new submission to the same
   * edition; every other ending does.
   */
  void end(ApplicationOutcome outcome, String reason) {
    this.stage = ApplicationStage.CLOSED;
    this.outcome = outcome;
    this.outcomeReason = reason;
    // neither counts as the applicant's application to the edition: it may apply again while submissions are open
    if (outcome == ApplicationOutcome.INELIGIBLE || outcome == ApplicationOutcome.WITHDRAWN) {
      this.activeApplicantKey = null;
    }
  }

  /** Whether it is the applicant's application to its edition (Art 13, 16): not once ineligible or withdrawn. */
  public boolean countsForEdition() {
    return activeApplicantKey != null;
  }

  boolean isClosed() {
    return stage == ApplicationStage.CLOSED;
  }

  /** The case has ended after document review: the feedback report is there for it (feedback.FeedbackReports). */
  boolean hasFeedbackReport() {
    return isClosed() && AFTER_DOCUMENT_REVIEW.contains(outcome);
  }

  /** The organisation whose single kind Art 13 protects: itself, or an individual's employer. */
  public String organizationCreditCode() {
    return kind == ApplicationKind.ORGANIZATION ? creditCode : employerCreditCode;
  }

  OrganizationProfile organization() {
    return kind != ApplicationKind.ORGANIZATION ? null
        : new OrganizationProfile(orgName, creditCode, registeredOn, registrationAuthority, registeredAddress,
            groupCreditCode, industry, chiefQualityOfficer, topManagerName);
  }

  IndividualProfile individual() {
    return kind != ApplicationKind.INDIVIDUAL ? null
        : new IndividualProfile(indName, idNumber, employerCreditCode, qualityWorkSince, topManager,
            industry);
  }

  public Long getId() { return id; }
  public long getVersion() { return version; }
  public int getMaterialRevision() { return materialRevision; }
  public String getApplicationNumber() { return applicationNumber; }
  public Long getEditionId() { return editionId; }
  public ApplicationKind getKind() { return kind; }
  public String getRecommenderCode() { return recommenderCode; }
  public ApplicationStage getStage() { return stage; }
  public ApplicationOutcome getOutcome() { return outcome; }
  public String getOutcomeReason() { return outcomeReason; }
  public String getApplicantName() { return applicantName; }
  /** The case's industry for the panel draw; null for an individual's case stored before the employer's was asked. */
  public String getIndustry() { return industry; }
  public String getCreditCode() { return creditCode; }
  public String getIdNumber() { return idNumber; }
  public String getGroupCreditCode() { return groupCreditCode; }
  public Boolean getNoStateSecrets() { return noStateSecrets; }
  public String getSelfAssessment() { return selfAssessment; }
  public String getSubmittedBy() { return submittedBy; }
  public LocalDateTime getSubmittedAt() { return submittedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Long getRenewalOfHonourId() { return renewalOfHonourId; }
  public LocalDate getRegisteredOn() { return registeredOn; }
  public String getRegistrationAuthority() { return registrationAuthority; }
  public String getRegisteredAddress() { return registeredAddress; }
  public String getRegistrationConfirmedBy() { return registrationConfirmedBy; }
  public LocalDateTime getRegistrationConfirmedAt() { return registrationConfirmedAt; }
  public Boolean getChiefQualityOfficer() { return chiefQualityOfficer; }
  public String getTopManagerName() { return topManagerName; }
  public String getEmployerCreditCode() { return employerCreditCode; }
  public LocalDate getQualityWorkSince() { return qualityWorkSince; }
  public Boolean getTopManager() { return topManager; }
}
