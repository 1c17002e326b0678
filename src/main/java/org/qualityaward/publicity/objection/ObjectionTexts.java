package org.qualityaward.publicity.objection;

import java.util.Set;
import org.qualityaward.platform.HistoryWithout;
import org.qualityaward.publicity.ObjectionModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What objectors and handlers write about an objection — the grounds, the attachment's name, the findings,
 * the conclusion and the answer to the objector — may name the objector or give a phone number. The
 * forms show and take them as task variables, which end with the task; our objection record keeps them,
 * the engine's history never does.
 */
@Configuration(proxyBeanMethods = false)
class ObjectionTexts {

  @Bean
  HistoryWithout objectionTextsOutOfHistory() {
    return HistoryWithout.variablesOf(ObjectionModel.PROCESS_KEY,
        Set.of("grounds", "objectionAttachmentLink", "findings", "comment", "answer"));
  }
}
