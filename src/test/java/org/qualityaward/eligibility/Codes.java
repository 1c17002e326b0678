package org.qualityaward.eligibility;

/**
 * Computes valid test codes independently of the production code, straight from the standards,
 * so the validators are checked against a second implementation.
 */
final class Codes {

  private static final String USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private Codes() {}

  /** A valid credit code from characters 1–8 and the 8-character organisation code body. */
  static String creditCode(String first8, String organisationBody) {
    String first17 = first8 + organisationBody + organisationCheck(organisationBody);
    return first17 + usccCheck(first17);
  }

  /** GB 11714: C9 = 11 − Σ(value × weight) mod 11, 10 → X, 11 → 0; A=10 … Z=35. */
  static char organisationCheck(String body) {
    int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += value * w[i];
    }
    int c9 = 11 - sum % 11;
    return c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9);
  }

  /** GB 32100: weights 3^i mod 31, C18 = 31 − Σ mod 31 (31 → 0). */
  static char usccCheck(String first17) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += USCC.indexOf(first17.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return USCC.charAt((31 - sum % 31) % 31);
  }

  /** A valid resident ID number from its first 17 digits (ISO 7064 MOD 11-2). */
  static String idNumber(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = (1 << (17 - i)) % 11;
      sum += (first17.charAt(i) - '0') * weight;
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  static String replaceAt(String code, int position, char c) {
    return code.substring(0, position - 1) + c + code.substring(position);
  }
}
