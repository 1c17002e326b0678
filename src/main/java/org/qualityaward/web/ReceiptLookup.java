package org.qualityaward.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method anyone may call without login to read what a receipt number opens (an
 * objection's or a complaint's state and answer, which may name the one who filed it): an anonymous
 * caller whose lookups found nothing too often is answered 429 with {@code Retry-After}, so the check
 * codes cannot be guessed by trying. Lookups that find their receipt do not count.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReceiptLookup {}
