package org.qualityaward.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the {@link SubmissionRateLimiter} to every {@link PublicSubmission} handler (the API and the
 * public notice board): an anonymous call over the limit is refused with {@link
 * TooManySubmissionsException} before the handler runs, so nothing is stored; what the handler answered
 * decides what it counts (not a field error, 400; towards the shared limit only what was stored); the API answers it
 * {@code 429 Too Many Requests} as an RFC 9457 problem with {@code Retry-After} (seconds), the notice
 * board as a page. The client is the request's remote address; behind a reverse proxy set {@code
 * server.forward-headers-strategy} so that is the caller's address.
 */
@Configuration(proxyBeanMethods = false)
class PublicSubmissionLimits implements WebMvcConfigurer {

  private final SubmissionRateLimiter limiter;
  /** Lookups that found nothing, per client only (counted as never stored): guessing check codes. */
  private final SubmissionRateLimiter misses;

  PublicSubmissionLimits(
      @Value("${qa.public-submissions.per-client-per-minute:3}") int perClientPerMinute,
      @Value("${qa.public-submissions.per-client-per-hour:10}") int perClientPerHour,
      @Value("${qa.public-submissions.global-per-minute:60}") int globalPerMinute,
      @Value("${qa.receipt-lookups.misses-per-client-per-minute:10}") int missesPerMinute,
      @Value("${qa.receipt-lookups.misses-per-client-per-hour:30}") int missesPerHour) {
    this.limiter = new SubmissionRateLimiter(
        new SubmissionRateLimiter.Limits(perClientPerMinute, perClientPerHour, globalPerMinute), Clock.systemUTC());
    this.misses = new SubmissionRateLimiter(
        new SubmissionRateLimiter.Limits(missesPerMinute, missesPerHour, Integer.MAX_VALUE), Clock.systemUTC());
  }

  @Bean
  SubmissionRateLimiter submissionRateLimiter() {
    return limiter;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new Limited(PublicSubmission.class, limiter, TooManySubmissionsException::new,
        (status, failure) -> {
          // an exception no handler answered leaves the status as it was: not stored
          boolean stored = failure == null && status < 400;
          return new GiveBack(status == HttpServletResponse.SC_BAD_REQUEST, !stored);
        })).addPathPatterns("/api/**", "/notices/**");
    // counted as a miss when it came in; a lookup that found its receipt gives it back
    registry.addInterceptor(new Limited(ReceiptLookup.class, misses, TooManyLookupsException::new,
        (status, failure) -> failure == null && status != HttpServletResponse.SC_NOT_FOUND
            ? new GiveBack(true, true) : new GiveBack(false, false))).addPathPatterns("/api/**", "/notices/**");
  }

  /** What a call gives back to its limiter once answered: its place in the client's and in the shared count. */
  private record GiveBack(boolean forClient, boolean forEverybody) {
  }

  /**
   * Counts an anonymous call to a handler marked with {@code marker} as it comes in (refusing it over the limit before
   * the handler runs, so parallel calls cannot all pass) and gives back what {@code giveBack} says by its answer.
   */
  private record Limited(Class<? extends Annotation> marker, SubmissionRateLimiter limiter,
      Function<Duration, TooManySubmissionsException> refusal,
      BiFunction<Integer, Exception, GiveBack> giveBack) implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
      if (anonymous(request, handler)) {
        limiter.tryAcquire(SubmissionRateLimiter.client(request.getRemoteAddr())).ifPresent(wait -> {
          throw refusal.apply(wait);
        });
      }
      return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
        Exception failure) {
      if (anonymous(request, handler)) {
        GiveBack back = giveBack.apply(response.getStatus(), failure);
        limiter.release(SubmissionRateLimiter.client(request.getRemoteAddr()), back.forClient(), back.forEverybody());
      }
    }

    private boolean anonymous(HttpServletRequest request, Object handler) {
      return handler instanceof HandlerMethod method && method.hasMethodAnnotation(marker)
          && request.getUserPrincipal() == null;
    }
  }
}
