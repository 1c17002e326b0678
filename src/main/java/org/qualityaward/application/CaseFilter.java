package org.qualityaward.application;

import org.qualityaward.eligibility.ApplicationKind;

/**
 * What the case register is narrowed to; a null field does not narrow. {@code search} matches part of the
 * applicant's name or of the application number, or the start of the organisation's credit code.
 */
record CaseFilter(Long editionId, ApplicationStage stage, ApplicationKind kind, String recommenderCode,
    ApplicationOutcome outcome, String search) {}
