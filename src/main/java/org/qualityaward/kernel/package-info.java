/**
 * The domain's refusals, shared by every feature: invalid input with its field problems (or input
 * the rules do not admit), an unknown record, a conflict with what is stored, an act the caller may
 * not do. No HTTP here; the web edge ({@code web.ApiExceptionHandler}) answers them as problems, the
 * forms module as form refusals.
 */
package org.qualityaward.kernel;
