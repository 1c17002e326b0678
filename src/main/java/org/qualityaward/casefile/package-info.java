/**
 * The case file (案卷) at {@code /cases/{applicationNumber}} (issue 12): everything the case's records say,
 * for the people who work on the case and while they do, every opening logged, trade-secret files behind a
 * panel member's confidentiality undertaking (Art 16, 29).
 */
package org.qualityaward.casefile;
