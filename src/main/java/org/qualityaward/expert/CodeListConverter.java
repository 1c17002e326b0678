package org.qualityaward.expert;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Codes in one column, comma separated (GB/T 4754 industries "C34,C36", credit codes): they are only ever read
 * as a whole.
 */
@Converter
class CodeListConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> codes) {
    return codes == null ? "" : String.join(",", codes);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
  }
}
