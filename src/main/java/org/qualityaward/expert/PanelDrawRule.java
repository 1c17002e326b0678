package org.qualityaward.expert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Drawing a panel for one case and stage (Art 10, 18, 19). Deterministic for a given seed,
 * candidate list, request, panel size and kept members, so a stored draw can be re-run:
 * <ol>
 *   <li>every candidate (sorted by expert id) is checked for the exclusion reasons, in the order of
 *       {@link ExclusionReason}; the others are eligible, in id order;</li>
 *   <li>fewer eligible experts than the panel size, or none of the case's industry, is a
 *       {@link PanelCannotBeFormedException} naming what is missing — never a smaller panel;</li>
 *   <li>members to keep (a redraw keeps the previous panel) stay, in their order, except those who declared a
 *       conflict for the case: each holds a task of the panel, so one who became ineligible since (deactivated,
 *       rated out) stays a member too until the office replaces them; a redraw adds exactly one expert;</li>
 *   <li>with {@code new Random(seed)}: if no member is of the case's industry, the industry seat is
 *       drawn first, uniformly among the eligible industry experts; then the remaining seats,
 *       uniformly among the eligible experts not yet drawn;</li>
 *   <li>the leader (组长负责制) is the first member of the case's industry, i.e. in a fresh draw the
 *       first one drawn; without an industry the first member.</li>
 * </ol>
 * Industries match on the GB/T 4754 major class (letter + 2 digits): an expert for C34 or C3411
 * serves a C341 case.
 */
final class PanelDrawRule {

  /** Art 10: 3名（含3名）以上的评审员. */
  static final int MINIMUM_PANEL_SIZE = 3;

  private PanelDrawRule() {}

  record Result(List<DrawExclusion> exclusions, List<Long> memberIds, Long leaderId) {}

  static Result draw(DrawRequest request, int panelSize, List<DrawCandidate> candidates,
      List<Long> keep, long seed) {
    if (panelSize < MINIMUM_PANEL_SIZE) {
      throw new IllegalArgumentException("评审组人数 %d 少于第十条规定的 3 名".formatted(panelSize));
    }
    List<DrawExclusion> exclusions = new ArrayList<>();
    List<DrawCandidate> eligible = new ArrayList<>();
    // the applicant's side (the organisation, its group), against which each expert's side is compared
    Set<String> applicantSide = codes(request.applicantCreditCode(), request.applicantGroupCreditCode());
    candidates.stream().sorted(Comparator.comparing(DrawCandidate::expertId)).forEach(candidate -> {
      List<ExclusionReason> reasons = reasons(request, applicantSide, candidate);
      reasons.forEach(reason -> exclusions.add(new DrawExclusion(candidate.expertId(), reason)));
      if (reasons.isEmpty()) {
        eligible.add(candidate);
      }
    });
    Predicate<DrawCandidate> ofIndustry = c -> request.industry() == null || covers(c.industries(), request.industry());
    List<DrawCandidate> members = new ArrayList<>();
    for (Long id : keep) {
      if (!request.alsoExcludedExpertIds().contains(id)) {
        candidates.stream().filter(c -> c.expertId().equals(id)).findFirst().ifPresent(members::add);
      }
    }
    requireEnough(request, panelSize, candidates.size(), eligible, members, ofIndustry);

    Random random = new Random(seed);
    if (members.stream().noneMatch(ofIndustry)) {
      members.add(pick(random, eligible, ofIndustry.and(c -> !members.contains(c))));
    }
    while (members.size() < panelSize) {
      members.add(pick(random, eligible, c -> !members.contains(c)));
    }
    Long leader = members.stream().filter(ofIndustry).findFirst().orElseThrow().expertId();
    return new Result(List.copyOf(exclusions), members.stream().map(DrawCandidate::expertId).toList(), leader);
  }

  /** Same major class (门类 letter + 大类 2 digits) of GB/T 4754. */
  static boolean covers(List<String> expertIndustries, String caseIndustry) {
    String wanted = majorClass(caseIndustry);
    return expertIndustries.stream().anyMatch(code -> majorClass(code).equals(wanted));
  }

  private static String majorClass(String code) {
    String normalized = code.trim().toUpperCase(Locale.ROOT);
    return normalized.length() > 3 ? normalized.substring(0, 3) : normalized;
  }

  private static List<ExclusionReason> reasons(DrawRequest request, Set<String> applicantSide,
      DrawCandidate candidate) {
    List<ExclusionReason> reasons = new ArrayList<>();
    String employer = candidate.employerCreditCode();
    if (employer != null && employer.equals(request.applicantCreditCode())) {
      reasons.add(ExclusionReason.EMPLOYED_BY_APPLICANT);
    }
    Set<String> expertSide = codes(employer, candidate.employerGroupCreditCode());
    boolean sameGroup = codes(request.applicantGroupCreditCode()).stream().anyMatch(expertSide::contains)
        || codes(candidate.employerGroupCreditCode()).stream().anyMatch(applicantSide::contains);
    if (sameGroup && !reasons.contains(ExclusionReason.EMPLOYED_BY_APPLICANT)) {
      reasons.add(ExclusionReason.EMPLOYED_BY_APPLICANT_GROUP);
    }
    if (candidate.recommenderCode() != null && candidate.recommenderCode().equals(request.recommenderCode())) {
      reasons.add(ExclusionReason.SERVED_RECOMMENDER);
    }
    if (request.alsoExcludedExpertIds().contains(candidate.expertId())
        || candidate.conflictCreditCodes().stream().anyMatch(applicantSide::contains)) {
      reasons.add(ExclusionReason.DECLARED_CONFLICT);
    }
    if (!candidate.active()) {
      reasons.add(ExclusionReason.INACTIVE);
    }
    if (!candidate.meetsArticle10()) {
      reasons.add(ExclusionReason.CONDITIONS_NOT_MET);
    }
    if (candidate.ratedOut()) {
      reasons.add(ExclusionReason.RATED_OUT);
    }
    return reasons;
  }

  private static Set<String> codes(String... codes) {
    return Arrays.stream(codes).filter(code -> code != null && !code.isBlank()).collect(Collectors.toSet());
  }

  /** The members kept by a redraw and the eligible experts free to join must fill the panel and its industry seat. */
  private static void requireEnough(DrawRequest request, int panelSize, int poolSize, List<DrawCandidate> eligible,
      List<DrawCandidate> kept, Predicate<DrawCandidate> ofIndustry) {
    List<String> missing = new ArrayList<>();
    List<DrawCandidate> free = eligible.stream().filter(c -> !kept.contains(c)).toList();
    if (kept.size() + free.size() < panelSize) {
      missing.add("可用专家 %d 名，少于评审组最少 %d 名".formatted(kept.size() + free.size(), panelSize));
    }
    if (request.industry() != null && kept.stream().noneMatch(ofIndustry) && free.stream().noneMatch(ofIndustry)) {
      missing.add("无 %s 行业专家".formatted(majorClass(request.industry())));
    }
    if (!missing.isEmpty()) {
      throw new PanelCannotBeFormedException(
          "无法为申报 %d 组成%s组（第十条：评审组由3名（含3名）以上评审员组成，其中含行业专家）：%s（专家库 %d 名，其中 %d 名回避、未启用、不符合条件或考核未通过）"
              .formatted(request.applicationId(), request.stage().label(), String.join("；", missing), poolSize,
                  poolSize - eligible.size()));
    }
  }

  private static DrawCandidate pick(Random random, List<DrawCandidate> eligible, Predicate<DrawCandidate> open) {
    List<DrawCandidate> choices = eligible.stream().filter(open).toList();
    return choices.get(random.nextInt(choices.size()));
  }
}
