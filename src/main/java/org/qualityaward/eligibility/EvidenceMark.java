package org.qualityaward.eligibility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An evidence attachment and its trade-secret mark (Art 16: 涉及商业秘密的，应当予以注明). */
public record EvidenceMark(@NotBlank @Size(max = 255, message = "材料文件名不能超过255个字符") String fileName, @NotNull Boolean tradeSecret) {}
