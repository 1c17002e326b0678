/**
 * Feedback reports (反馈报告, issue 12): every applicant whose case reached document review (Art 18)
 * receives, when the case ends, a PDF written from the panels' agreed comments — per category the
 * panel's score band, the agreed strengths and opportunities for improvement, and the result of each
 * stage; never an expert's name or an individual score.
 */
package org.qualityaward.feedback;
