package org.qualityaward.revocation;

import java.time.LocalDate;

/**
 * A public notice of a revoked honour (Art 30: 并在媒体上予以公布), as {@code GET
 * /api/revocations/announcements} and the notice board show it. {@code kind} is the holder's
 * {@code ApplicationKind} name, {@code level} the award level in Chinese, {@code article} the ground's
 * article (Art 30(n)) and {@code grounds} its Chinese wording; {@code bannedUntil} is the first day
 * the holder may apply again (Art 32).
 */
record RevocationAnnouncement(Long revocationId, String holderName, String kind, String level,
    LocalDate awardedOn, LocalDate revokedOn, String ground, String article, String grounds, LocalDate bannedUntil) {}
