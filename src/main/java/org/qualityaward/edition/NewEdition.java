package org.qualityaward.edition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the office decides when it issues an edition's notice (Art 15). */
public record NewEdition(
    @NotNull(message = "必须填写届次年度") @Min(value = 2000, message = "年度不能早于 2000") @Max(value = 2100, message = "年度不能晚于 2100")
    Integer year,
    @NotBlank(message = "必须填写届次名称") @Size(max = 200, message = "名称不能超过 200 字")
    String name,
    @NotNull(message = "必须填写申报截止日期（第十五条）")
    LocalDate applicationDeadline) {}
