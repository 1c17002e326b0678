package org.qualityaward.expert;

import java.util.List;

/**
 * An expert to add to the pool, as {@code POST /api/experts} takes it; checked against Art 10.
 * {@code employerGroupCreditCode}: the group (集团) the employer belongs to, if any; {@code conflictCreditCodes}:
 * organisations the expert declared a conflict with (former employers, clients, relatives' firms). Both keep
 * the expert off those organisations' panels (Art 29: 公平公正).
 */
public record NewExpert(String userId, String name, String employerName, String employerCreditCode,
    String employerGroupCreditCode, List<String> industries, Degree degree, Integer qualityYears,
    String trainingQualification, Boolean lawsFamiliarityDeclared, Boolean conductDeclared, String recommenderCode,
    List<String> conflictCreditCodes) {

  public NewExpert {
    conflictCreditCodes = conflictCreditCodes == null ? List.of() : List.copyOf(conflictCreditCodes);
  }
}
