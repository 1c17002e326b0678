package org.qualityaward.publicity;

/** Answer of a filed objection: keep the receipt number to follow it up. */
public record ObjectionReceipt(String receiptNumber, Long objectionId) {
}
