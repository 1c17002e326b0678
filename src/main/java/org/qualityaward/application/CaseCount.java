package org.qualityaward.application;

/** How many cases of an edition are at a stage with an outcome (null while they run). */
public record CaseCount(ApplicationStage stage, ApplicationOutcome outcome, long count) {}
