package org.qualityaward.publicity;

import java.time.LocalDateTime;
import org.qualityaward.publicity.objection.ObjectionState;

/**
 * {@code GET /api/objections/{receiptNumber}}: what the objector may see. No name or contact
 * (the receipt number is public); {@code substantiated} and {@code answer} only once concluded.
 */
public record ObjectionStatusView(String receiptNumber, Long publicityId, String publicityTitle,
    Long applicationId, String candidateName, LocalDateTime filedAt, ObjectionState state,
    Boolean substantiated, String answer, LocalDateTime concludedAt) {
}
