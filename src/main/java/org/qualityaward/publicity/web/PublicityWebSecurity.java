package org.qualityaward.publicity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The public part of the publicity API (DESIGN §7: "public, no login"): only these three endpoints,
 * stateless, no CSRF token (no session or cookie is used). Everything else is left to the
 * identity feature's filter chain.
 */
@Configuration
public class PublicityWebSecurity {

  @Bean
  @Order(10)
  SecurityFilterChain publicityPublicApi(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(new OrRequestMatcher(
            path.matcher(HttpMethod.GET, "/api/publicities"),
            path.matcher(HttpMethod.POST, "/api/publicities/*/objections"),
            path.matcher(HttpMethod.GET, "/api/objections/*")))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }
}
