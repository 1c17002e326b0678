package org.qualityaward.publicity.web;

import java.time.LocalDateTime;

/**
 * {@code GET /api/objections/{receiptNumber}/objector}: who filed an objection (Art 21: real name and
 * contact), for its handlers only; the objection tasks link here.
 */
record ObjectorView(String receiptNumber, String objectorName, String contact, LocalDateTime filedAt) {
}
