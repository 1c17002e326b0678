package org.qualityaward.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personal data at rest (个人信息保护法: 最小必要, 加密存储): AES-256-GCM with a random 12-byte IV per value,
 * stored as {@code v1:<base64(iv | ciphertext | tag)>}, so a changed or swapped byte fails to decrypt instead of
 * reading as someone else's number. Two encryptions of one value differ, so lookups by equality use
 * {@link #lookupHash}, an HMAC-SHA256. Both keys are derived from the one configured secret
 * ({@code qa.personal-data.key}, see {@link PersonalDataSettings}): the hashes stored beside the ciphertexts
 * say nothing about the encryption key.
 */
public final class PersonalDataCipher {

  /** The format of what {@link #encrypt} writes; another algorithm or key later gets {@code v2:}. */
  static final String VERSION = "v1:";
  static final int SECRET_BYTES = 32;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec lookupKey;
  private final String fingerprint;
  private final SecureRandom random = new SecureRandom();

  public PersonalDataCipher(byte[] secret) {
    if (secret.length != SECRET_BYTES) {
      throw new IllegalArgumentException("个人信息密钥应为 32 字节（key must be 32 bytes, is " + secret.length + "）");
    }
    this.encryptionKey = new SecretKeySpec(derive(secret, "encryption"), "AES");
    this.lookupKey = new SecretKeySpec(derive(secret, "lookup"), "HmacSHA256");
    this.fingerprint = Base64.getEncoder().encodeToString(derive(secret, "fingerprint"));
  }

  /**
   * Tells this key from another without revealing it or the keys derived from it (base64, 44 characters):
   * what {@link PersonalDataKeyCheck} records in the database.
   */
  public String keyFingerprint() {
    return fingerprint;
  }

  /** {@code v1:} and the base64 of IV, ciphertext and tag; null stays null. */
  public String encrypt(String plaintext) {
    if (plaintext == null) {
      return null;
    }
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
          .put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
    }
  }

  /** The plaintext of what {@link #encrypt} wrote; anything else, altered or under another key is refused. */
  public String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(VERSION)) {
      throw unreadable();
    }
    try {
      byte[] sealed = Base64.getDecoder().decode(stored.substring(VERSION.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
      return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw unreadable();
    }
  }

  /** The same value always gives the same hash (base64, 44 characters): what equality lookups compare. */
  public String lookupHash(String plaintext) {
    return plaintext == null ? null
        : Base64.getEncoder().encodeToString(hmac(lookupKey, plaintext.getBytes(StandardCharsets.UTF_8)));
  }

  /** HKDF-Expand-like: the secret is already 32 random bytes, each purpose gets its own key from it. */
  private static byte[] derive(byte[] secret, String purpose) {
    return hmac(new SecretKeySpec(secret, "HmacSHA256"),
        ("qa-personal-data/" + purpose).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java 17 runtime", e);
    }
  }

  private static IllegalStateException unreadable() {
    return new IllegalStateException("个人信息密文无法解密：已被改动，或不是用当前密钥 qa.personal-data.key 加密的"
        + "（personal data cannot be decrypted: altered, or not encrypted with the configured key）");
  }
}
