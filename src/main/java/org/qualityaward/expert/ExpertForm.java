package org.qualityaward.expert;

import java.util.Arrays;
import java.util.List;
import org.qualityaward.kernel.FieldProblem;

/**
 * The add and edit form of /manager/experts as the browser posts it: text as typed, so that a refused form
 * comes back with what the user wrote. {@link #toNewExpert} reads it; the pool's rules judge it.
 */
class ExpertForm {

  private String userId;
  private String name;
  private String employerName;
  private String employerCreditCode;
  private String employerGroupCreditCode;
  private String industries;
  private String degree;
  private String qualityYears;
  private String trainingQualification;
  private boolean lawsFamiliarityDeclared;
  private boolean conductDeclared;
  private String recommenderCode;
  private String conflictCreditCodes;
  private Long version;

  static ExpertForm of(Expert e) {
    ExpertForm form = new ExpertForm();
    form.userId = e.getUserId();
    form.name = e.getName();
    form.employerName = e.getEmployerName();
    form.employerCreditCode = e.getEmployerCreditCode();
    form.employerGroupCreditCode = e.getEmployerGroupCreditCode();
    form.industries = String.join("、", e.getIndustries());
    form.degree = e.getDegree().name();
    form.qualityYears = String.valueOf(e.getQualityYears());
    form.trainingQualification = e.getTrainingQualification();
    form.lawsFamiliarityDeclared = e.isLawsFamiliarityDeclared();
    form.conductDeclared = e.isConductDeclared();
    form.recommenderCode = e.getRecommenderCode();
    form.conflictCreditCodes = String.join("、", e.getConflictCreditCodes());
    form.version = e.getVersion();
    return form;
  }

  /** The expert the form describes; what cannot be read (years that are not a number) goes to {@code unreadable}. */
  NewExpert toNewExpert(List<FieldProblem> unreadable) {
    Integer years = null;
    if (qualityYears != null && !qualityYears.isBlank()) {
      try {
        years = Integer.valueOf(qualityYears.strip());
      } catch (NumberFormatException e) {
        unreadable.add(new FieldProblem("qualityYears", "“%s”不是整数年限".formatted(qualityYears)));
      }
    }
    Degree chosen = Arrays.stream(Degree.values()).filter(d -> d.name().equals(degree)).findFirst().orElse(null);
    return new NewExpert(strip(userId), strip(name), strip(employerName), strip(employerCreditCode),
        blankToNull(employerGroupCreditCode), ExpertSheets.codeList(industries), chosen,
        years, strip(trainingQualification), lawsFamiliarityDeclared, conductDeclared, blankToNull(recommenderCode),
        ExpertSheets.codeList(conflictCreditCodes));
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getUserId() { return userId; }
  public void setUserId(String userId) { this.userId = userId; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getEmployerName() { return employerName; }
  public void setEmployerName(String employerName) { this.employerName = employerName; }
  public String getEmployerCreditCode() { return employerCreditCode; }
  public void setEmployerCreditCode(String employerCreditCode) { this.employerCreditCode = employerCreditCode; }
  public String getEmployerGroupCreditCode() { return employerGroupCreditCode; }
  public void setEmployerGroupCreditCode(String employerGroupCreditCode) { this.employerGroupCreditCode = employerGroupCreditCode; }
  public String getIndustries() { return industries; }
  public void setIndustries(String industries) { this.industries = industries; }
  public String getDegree() { return degree; }
  public void setDegree(String degree) { this.degree = degree; }
  public String getQualityYears() { return qualityYears; }
  public void setQualityYears(String qualityYears) { this.qualityYears = qualityYears; }
  public String getTrainingQualification() { return trainingQualification; }
  public void setTrainingQualification(String trainingQualification) { this.trainingQualification = trainingQualification; }
  public boolean isLawsFamiliarityDeclared() { return lawsFamiliarityDeclared; }
  public void setLawsFamiliarityDeclared(boolean lawsFamiliarityDeclared) { this.lawsFamiliarityDeclared = lawsFamiliarityDeclared; }
  public boolean isConductDeclared() { return conductDeclared; }
  public void setConductDeclared(boolean conductDeclared) { this.conductDeclared = conductDeclared; }
  public String getRecommenderCode() { return recommenderCode; }
  public void setRecommenderCode(String recommenderCode) { this.recommenderCode = recommenderCode; }
  public String getConflictCreditCodes() { return conflictCreditCodes; }
  public void setConflictCreditCodes(String conflictCreditCodes) { this.conflictCreditCodes = conflictCreditCodes; }
  public Long getVersion() { return version; }
  public void setVersion(Long version) { this.version = version; }
}
