package org.qualityaward.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * HOLDER, Art 33: the award is valid for 5 years and renewed by re-evaluation after it expires, so a
 * holder of a valid award does not apply anew. A nomination does not bar applying for the award: Art 33's
 * renewal leads to 继续获得市政府质量奖 with its 水晶鼎 (the award's, Art 24), so it is the award's path; a
 * nominee climbs by applying in a later edition, and nothing in the Measures bars that.
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
    List<HeldHonour> awards = valid.stream().filter(HeldHonour::award).toList();
    if (awards.isEmpty() && !valid.isEmpty()) {
      return passed("%s：提名奖不妨碍申报市政府质量奖（第三条、第三十三条）"
          .formatted(Describe.all(valid, HeldHonour::describe)));
    }
    return awards.isEmpty()
        ? passed("申报截止日 %s 申报人未持有有效期内的市政府质量奖".formatted(deadline))
        : failed(
            "%s，申报截止日 %s 仍在有效期内：应在期满后申请复评，不得重新申报"
                .formatted(Describe.all(awards, HeldHonour::describe), deadline));
  }
}
