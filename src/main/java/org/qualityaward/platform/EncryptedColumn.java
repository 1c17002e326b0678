package org.qualityaward.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * {@code @Convert(converter = EncryptedColumn.class)}: the column holds the {@link PersonalDataCipher}
 * ciphertext, the entity the plaintext. Hibernate gets it from Spring, with the cipher.
 */
@Converter
public class EncryptedColumn implements AttributeConverter<String, String> {

  private final PersonalDataCipher cipher;

  public EncryptedColumn(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public String convertToDatabaseColumn(String plaintext) {
    return cipher.encrypt(plaintext);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return cipher.decrypt(stored);
  }
}
