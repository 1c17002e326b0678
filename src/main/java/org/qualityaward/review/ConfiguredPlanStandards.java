package org.qualityaward.review;

import java.util.Set;
import java.util.stream.Collectors;
import org.qualityaward.edition.PlanFigures;
import org.qualityaward.edition.PlanStandards;
import org.qualityaward.eligibility.ApplicationKind;
import org.springframework.stereotype.Component;

/** An edition's plan is checked against and starts from {@code qa.review.*} and the scoring sheets. */
@Component
class ConfiguredPlanStandards implements PlanStandards {

  private final ReviewProperties properties;
  private final ScoringSheets sheets;

  ConfiguredPlanStandards(ReviewProperties properties, ScoringSheets sheets) {
    this.properties = properties;
    this.sheets = sheets;
  }

  @Override
  public Ceilings ceilings() {
    ReviewProperties.Quotas quotas = properties.quotas();
    return new Ceilings(quotas.organizationAwards(), quotas.individualAwards(), quotas.nominations());
  }

  @Override
  public PlanFigures defaults() {
    ReviewProperties.Quotas quotas = properties.quotas();
    return new PlanFigures(null, quotas.organizationAwards(), quotas.individualAwards(), quotas.nominations(),
        properties.minimumScores().award(), properties.minimumScores().nomination(), properties.panelSize(),
        properties.weights().document(), properties.weights().onsite(),
        sheets.current(ApplicationKind.ORGANIZATION).version(), sheets.current(ApplicationKind.INDIVIDUAL).version());
  }

  @Override
  public Set<Integer> sheetVersions(boolean organization) {
    return sheets.versions(organization ? ApplicationKind.ORGANIZATION : ApplicationKind.INDIVIDUAL).stream()
        .map(ScoringSheet::version).collect(Collectors.toSet());
  }
}
