package org.qualityaward.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One reason why one candidate was not eligible; an expert may be excluded for several. */
@Embeddable
record DrawExclusion(
    @Column(name = "expert_id") Long expertId,
    @Enumerated(EnumType.STRING) @Column(name = "reason") ExclusionReason reason) {}
