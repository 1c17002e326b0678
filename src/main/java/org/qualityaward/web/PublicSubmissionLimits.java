package org.qualityaward.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the {@link SubmissionRateLimiter} to every {@link PublicSubmission} handler: an anonymous
 * call over the limit is answered {@code 429 Too Many Requests} as an RFC 9457 problem with {@code
 * Retry-After} (seconds) and nothing is stored. The client is the request's remote address; behind a
 * reverse proxy set {@code server.forward-headers-strategy} so that is the caller's address.
 */
@Configuration(proxyBeanMethods = false)
class PublicSubmissionLimits implements WebMvcConfigurer {

  private final SubmissionRateLimiter limiter;
  private final ObjectMapper json;

  PublicSubmissionLimits(
      @Value("${qa.public-submissions.per-client-per-minute:3}") int perClientPerMinute,
      @Value("${qa.public-submissions.per-client-per-hour:10}") int perClientPerHour,
      @Value("${qa.public-submissions.global-per-minute:60}") int globalPerMinute,
      ObjectMapper json) {
    this.limiter = new SubmissionRateLimiter(
        new SubmissionRateLimiter.Limits(perClientPerMinute, perClientPerHour, globalPerMinute), Clock.systemUTC());
    this.json = json;
  }

  @Bean
  SubmissionRateLimiter submissionRateLimiter() {
    return limiter;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
          throws Exception {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(PublicSubmission.class)
            || request.getUserPrincipal() != null) {
          return true;
        }
        Optional<Duration> wait = limiter.tryAcquire(request.getRemoteAddr());
        if (wait.isEmpty()) {
          return true;
        }
        long seconds = wait.get().toSeconds();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
            "提交过于频繁，请 " + seconds + " 秒后再试（too many submissions, retry after " + seconds + " s）");
        problem.setTitle("提交过于频繁");
        problem.setType(URI.create("about:blank"));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
        return false;
      }
    }).addPathPatterns("/api/**");
  }
}
