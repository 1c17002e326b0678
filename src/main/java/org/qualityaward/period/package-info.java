/**
 * Periods no one can cut short (issue 15 item 2): a timer that ends a period (publicity, intake,
 * validity, return-visit and renewal deadlines) takes effect only once the period is over by the
 * engine's clock, however its job is triggered; an early attempt re-arms the timer and is recorded
 * in the audit log.
 */
package org.qualityaward.period;
