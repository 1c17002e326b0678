package org.qualityaward.edition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the office decides when it opens an edition: its year, name and deadline, and optionally the
 * plan's figures (any left out take the configured ones) the leading group is to approve (Art 8(1), 15).
 */
public record NewEdition(
    @NotNull(message = "必须填写届次年度") @Min(value = 2000, message = "年度不能早于 2000") @Max(value = 2100, message = "年度不能晚于 2100")
    Integer year,
    @NotBlank(message = "必须填写届次名称") @Size(max = 200, message = "名称不能超过 200 字")
    String name,
    @NotNull(message = "必须填写申报截止日期（第十五条）")
    LocalDate applicationDeadline,
    PlanFigures plan) {

  /** An edition whose plan starts from the configured figures. */
  public NewEdition(Integer year, String name, LocalDate applicationDeadline) {
    this(year, name, applicationDeadline, null);
  }

  /** The plan as asked, with the deadline of the edition and the configured figures where left out. */
  PlanFigures planOr(PlanFigures defaults) {
    PlanFigures asked = plan == null ? defaults : plan.orElse(defaults);
    return new PlanFigures(applicationDeadline, asked.organizationAwards(), asked.individualAwards(),
        asked.nominations(), asked.awardMinimum(), asked.nominationMinimum(), asked.panelSize(),
        asked.documentWeight(), asked.onsiteWeight(), asked.organizationSheetVersion(),
        asked.individualSheetVersion());
  }
}
