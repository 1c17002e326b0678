package org.qualityaward.casefile;

import java.util.List;
import org.qualityaward.application.Application;
import org.springframework.stereotype.Component;

/** The self-assessment as applications store it today: one text, shown as one section. */
@Component
class StoredSelfAssessment implements SelfAssessmentSections {

  @Override
  public List<Section> of(Application application) {
    String text = application.getSelfAssessment();
    return text == null || text.isBlank() ? List.of() : List.of(new Section("自评报告", null, text));
  }
}
