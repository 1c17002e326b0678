package org.qualityaward.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method anyone may call without login to submit something (objections,
 * complaints): anonymous calls pass the {@link SubmissionRateLimiter} first, over the limit they
 * are answered 429 with {@code Retry-After}. Logged-in callers (office staff entering spot-check
 * results) are known and not limited.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicSubmission {}
