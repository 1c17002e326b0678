package org.qualityaward.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.ShippedSettings;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * The Measures' figures that forms, pages and the texts the code builds quote are the figures the
 * settings enforce (issue 13, item 6; the years of Art 11, 12 are {@code eligibility.QuotedYearsTest}).
 * Floors the Measures fix and a setting may only raise (不少于5个工作日, 3名（含3名）以上) may be
 * quoted and must equal the shipped setting; exact figures an operator may change (quotas, prize money,
 * validity and ban years) are never written into a form or page: the server says them from its
 * settings or records (the ranking's reasons, the commendation, 有效期至, the ban's first allowed day).
 */
class QuotedFiguresTest {

  private static final Pattern PUBLICITY_DAYS = Pattern.compile("不少于(\\d+)个工作日");
  private static final Pattern PANEL_SIZE = Pattern.compile("(\\d+)名（含\\d+名）以上");
  /** Art 6 quotas, Art 23 prize money, Art 33 validity, Art 32 ban: said only from the settings. */
  private static final Pattern SETTING_FIGURES = Pattern.compile(
      "不超过\\s*\\d+\\s*个|名额（\\d+个）|\\d+\\s*万元|\\d{4,}\\s*元|有效期为?\\s*\\d+\\s*年|\\d+\\s*年(?:内不得|禁止申报)");
  private static final Pattern FALLBACK = Pattern.compile("\\$\\{(qa\\.[a-z0-9.\\-]+):([^}]*)}");
  private static final Pattern JAVA_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  private final Binder shipped = ShippedSettings.binder();

  @Test
  @DisplayName("Art 16, 17, 18, 21: every 「不少于N个工作日」 a form, page or text quotes is the shipped minimum of a"
      + " publicity, and the period the processes publish is not shorter")
  void publicityDays() {
    int minimum = setting("qa.publicity.minimum-working-days");
    Map<String, List<String>> quoted = quotes(PUBLICITY_DAYS);

    quoted.forEach((file, quotes) -> quotes.forEach(q ->
        assertThat(figure(PUBLICITY_DAYS, q)).as(file + ": " + q).isEqualTo(minimum)));
    assertThat(quoted).containsKeys("onsite-list.form", "recommender-review.form", "timeline.html");
    assertThat(setting("qa.publicity.working-days")).isGreaterThanOrEqualTo(minimum);
  }

  @Test
  @DisplayName("Art 10: every 「N名（含N名）以上」 quoted is the shipped panel size")
  void panelSize() {
    int panelSize = setting("qa.review.panel-size");
    Map<String, List<String>> quoted = quotes(PANEL_SIZE);

    quoted.forEach((file, quotes) -> quotes.forEach(q ->
        assertThat(figure(PANEL_SIZE, q)).as(file + ": " + q).isEqualTo(panelSize)));
    assertThat(quoted).containsKeys("PlanRules.java", "plan-draft.form");
  }

  @Test
  @DisplayName("Art 6, 23, 32, 33: no form, page or text writes in a quota, prize money, validity or ban years;"
      + " they come from the settings when shown")
  void settingFiguresAreNotWrittenIn() {
    assertThat(quotes(SETTING_FIGURES)).isEmpty();
  }

  @Test
  @DisplayName("Art 6, 10, 16-18, 21, 23, 32: the code's fallback for a setting (${qa.…:default}) is the value"
      + " application.yaml ships, so the rule and the figure shown cannot drift apart")
  void fallbacksAreTheShippedSettings() {
    Map<String, String> fallbacks = new TreeMap<>();
    for (Path file : files(Path.of("src/main/java"))) {
      Matcher m = FALLBACK.matcher(read(file));
      while (m.find()) {
        String key = m.group(1);
        String fallback = m.group(2);
        fallbacks.put(key, fallback);
        shipped.bind(key, String.class).ifBound(value ->
            assertThat(fallback).as(file.getFileName() + ": " + key).isEqualTo(value));
      }
    }
    assertThat(fallbacks).containsEntry("qa.commendation.prize-money.organization", "200000")
        .containsEntry("qa.commendation.prize-money.individual", "50000")
        .containsEntry("qa.publicity.working-days", "5")
        .containsEntry("qa.revocation.ban-years", "5");
    assertThat(setting("qa.commendation.prize-money.organization")).isEqualTo(200_000);
    assertThat(setting("qa.commendation.prize-money.individual")).isEqualTo(50_000);
  }

  private int setting(String key) {
    return shipped.bind(key, Integer.class).orElseThrow(() -> new AssertionError(key + " 未在 application.yaml 中设置"));
  }

  private static int figure(Pattern pattern, String quote) {
    Matcher m = pattern.matcher(quote);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /**
   * Matches per file name in the forms, the page templates and the string literals of the main code
   * (comments are not shown to anyone).
   */
  private static Map<String, List<String>> quotes(Pattern pattern) {
    Map<String, List<String>> quoted = new TreeMap<>();
    for (Path dir : List.of(Path.of("forms"), Path.of("src/main/resources/templates"), Path.of("src/main/java"))) {
      for (Path file : files(dir)) {
        Matcher m = pattern.matcher(file.toString().endsWith(".java") ? literals(read(file)) : read(file));
        while (m.find()) {
          quoted.computeIfAbsent(file.getFileName().toString(), f -> new ArrayList<>()).add(m.group());
        }
      }
    }
    return quoted;
  }

  private static String literals(String java) {
    StringBuilder text = new StringBuilder();
    for (String line : java.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
        continue;
      }
      Matcher m = JAVA_STRING.matcher(line);
      while (m.find()) {
        text.append(m.group()).append('\n');
      }
    }
    return text.toString();
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
