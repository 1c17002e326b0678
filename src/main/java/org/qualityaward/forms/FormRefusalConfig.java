package org.qualityaward.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class FormRefusalConfig {

  @Bean
  FilterRegistrationBean<FormRefusalFilter> formRefusal(ObjectMapper objectMapper) {
    FilterRegistrationBean<FormRefusalFilter> registration = new FilterRegistrationBean<>(new FormRefusalFilter(objectMapper));
    registration.setName("form-refusal");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // after Spring's request context filter, which carries the engine's refusal to this filter
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 110);
    return registration;
  }
}
