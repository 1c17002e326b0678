package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the forms and pages tell applicants is what the rules enforce. */
class QuotedYearsTest {

  /** 须满5年（第十一条第二项）, 运营5年以上（第十一条…）, 5年以上（第十二条…）. */
  private static final Pattern QUOTED_YEARS =
      Pattern.compile("(\\d+)年(?:以上)?[^（]{0,2}（第十[一二]条");

  @Test
  @DisplayName("Art 11(2), 12(2): every form and applicant page that quotes the years quotes the rules' five")
  void formsAndPagesQuoteTheRulesYears() throws IOException {
    List<String> quoted = new ArrayList<>();
    for (Path dir : List.of(Path.of("forms"), Path.of("src/main/resources/templates"))) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Matcher m = QUOTED_YEARS.matcher(Files.readString(file));
          while (m.find()) {
            quoted.add(file.getFileName() + ": " + m.group());
            assertThat(Integer.parseInt(m.group(1))).as(file + ": " + m.group()).isEqualTo(FiveYears.YEARS);
          }
        }
      }
    }
    // the start form and the applicant pages' profile fields (the guided form's and the correction's) both
    // quote Art 11(2) and Art 12
    assertThat(quoted).anyMatch(q -> q.startsWith("application-start.form") && q.contains("第十一条"))
        .anyMatch(q -> q.startsWith("application-start.form") && q.contains("第十二条"))
        .anyMatch(q -> q.startsWith("fields.html") && q.contains("第十一条"))
        .anyMatch(q -> q.startsWith("fields.html") && q.contains("第十二条"));
  }
}
