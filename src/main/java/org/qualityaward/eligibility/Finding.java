package org.qualityaward.eligibility;

/** The outcome of one rule: its code (DESIGN §4), the article it applies, and why. */
public record Finding(String rule, String article, boolean passed, String message) {}
