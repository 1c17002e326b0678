package org.qualityaward.complaint;

import java.util.Set;
import org.qualityaward.platform.HistoryWithout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a complainant and the office write about a complaint — the grounds, whom it concerns, the findings —
 * may name the complainant or a person, or give a phone number. The forms show and take them as task
 * variables, which end with the task; our complaint record keeps them, the engine's history never does.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintTexts {

  @Bean
  HistoryWithout complaintTextsOutOfHistory() {
    return HistoryWithout.variablesOf(ComplaintModel.PROCESS_KEY, Set.of("grounds", "concerning", "findings"));
  }
}
