package org.qualityaward.honour;

/** Life of an honour: valid for 5 years (Art 33), then expired, or revoked early (Art 30). */
public enum HonourState {
  VALID,
  EXPIRED,
  REVOKED
}
