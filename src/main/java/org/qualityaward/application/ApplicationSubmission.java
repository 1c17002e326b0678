package org.qualityaward.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.eligibility.EvidenceMark;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.eligibility.OrganizationProfile;

/**
 * An application as {@code POST /api/applications} takes it (DESIGN §7); the Tasklist start form
 * is mapped onto the same record so both paths share one validation. {@code conditions} holds the
 * statement of each condition people judge, by point: {@code {"11(3)": "…"}} ({@link ConditionPoints}).
 */
public record ApplicationSubmission(
    @NotNull(message = "必须指定届次 editionId") Long editionId,
    @NotNull(message = "必须指定申报类别 kind（ORGANIZATION 或 INDIVIDUAL）") ApplicationKind kind,
    @NotBlank(message = "必须指定推荐单位编码（第十六条）") String recommenderCode,
    @Valid OrganizationProfile organization,
    @Valid IndividualProfile individual,
    @NotNull(message = "必须填写申报声明（第十六条）") @Valid Declarations declarations,
    @Size(max = 20000, message = "自我评价摘要不能超过 20000 字") String selfAssessment,
    @Valid List<@NotNull(message = "材料不能为空") EvidenceMark> evidence,
    Map<String, String> conditions) {

  List<EvidenceMark> evidenceOrEmpty() {
    return evidence == null ? List.of() : evidence;
  }
}
