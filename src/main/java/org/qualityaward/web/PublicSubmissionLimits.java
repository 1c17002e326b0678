package org.qualityaward.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
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

  PublicSubmissionLimits(
      @Value("${qa.public-submissions.per-client-per-minute:3}") int perClientPerMinute,
      @Value("${qa.public-submissions.per-client-per-hour:10}") int perClientPerHour,
      @Value("${qa.public-submissions.global-per-minute:60}") int globalPerMinute) {
    this.limiter = new SubmissionRateLimiter(
        new SubmissionRateLimiter.Limits(perClientPerMinute, perClientPerHour, globalPerMinute), Clock.systemUTC());
  }

  @Bean
  SubmissionRateLimiter submissionRateLimiter() {
    return limiter;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!limited(request, handler)) {
          return true;
        }
        limiter.waitBefore(SubmissionRateLimiter.client(request.getRemoteAddr())).ifPresent(wait -> {
          throw new TooManySubmissionsException(wait);
        });
        return true;
      }

      @Override
      public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
          Exception failure) {
        if (!limited(request, handler) || response.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
          return;
        }
        limiter.record(SubmissionRateLimiter.client(request.getRemoteAddr()), response.getStatus() < 400);
      }
    }).addPathPatterns("/api/**", "/notices/**");
  }

  /** A public submission by someone not logged in. */
  private static boolean limited(HttpServletRequest request, Object handler) {
    return handler instanceof HandlerMethod method && method.hasMethodAnnotation(PublicSubmission.class)
        && request.getUserPrincipal() == null;
  }
}
