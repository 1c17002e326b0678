package org.qualityaward.review;

/**
 * The panel's agreed comments on one category of the sheet (评审组一致意见：优势 / 改进机会), written by
 * the leader from the members' comments; the applicant reads them in the feedback report.
 */
public record AgreedComments(String category, String strengths, String opportunities) {}
