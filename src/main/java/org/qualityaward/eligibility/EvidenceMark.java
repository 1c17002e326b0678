package org.qualityaward.eligibility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An evidence attachment and its trade-secret mark (Art 16: 涉及商业秘密的，应当予以注明). */
public record EvidenceMark(@NotBlank String fileName, @NotNull Boolean tradeSecret) {}
