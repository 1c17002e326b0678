package org.qualityaward.expert;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** GB/T 4754 codes in one column, comma separated ("C34,C36"): they are only ever read as a whole. */
@Converter
class IndustryCodesConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> codes) {
    return codes == null ? "" : String.join(",", codes);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
  }
}
