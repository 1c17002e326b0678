package org.qualityaward.application;

import java.time.LocalDateTime;
import org.qualityaward.eligibility.ApplicationKind;

/** One line of the office's case register: what the list shows of a case, without its profile or files. */
record CaseRow(Long id, String applicationNumber, String applicantName, ApplicationKind kind,
    String recommenderCode, ApplicationStage stage, ApplicationOutcome outcome, LocalDateTime submittedAt) {}
