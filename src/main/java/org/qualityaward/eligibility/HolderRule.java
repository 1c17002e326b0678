package org.qualityaward.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * HOLDER, Art 33: an honour is valid for 5 years and renewed by re-evaluation after it expires,
 * so a holder of a valid honour does not apply anew. Both levels count: Art 3 makes the
 * nomination award part of 市政府质量奖.
 */
final class HolderRule extends Rule {

  private final HonourRecords honours;

  HolderRule(HonourRecords honours) {
    super("HOLDER", "Art 33");
    this.honours = honours;
  }

  @Override
  Finding check(EligibilityInput input) {
    LocalDate deadline = input.editionDeadline();
    List<HeldHonour> held = ofApplicant(input, honours::ofOrganization, honours::ofPerson);
    List<HeldHonour> valid = held.stream().filter(h -> h.validAt(deadline)).toList();
    return valid.isEmpty()
        ? passed("申报截止日 %s 申报人未持有有效期内的市政府质量奖".formatted(deadline))
        : failed(
            "%s，申报截止日 %s 仍在有效期内：应在期满后申请复评，不得重新申报"
                .formatted(Describe.all(valid, HeldHonour::describe), deadline));
  }
}
