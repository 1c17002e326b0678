package org.qualityaward.expert;

import java.util.List;

/** An expert to add to the pool, as {@code POST /api/experts} takes it; checked against Art 10. */
public record NewExpert(String userId, String name, String employerName, String employerCreditCode,
    List<String> industries, Degree degree, Integer qualityYears, String trainingQualification,
    Boolean lawsFamiliarityDeclared, Boolean conductDeclared, String recommenderCode) {}
