package org.qualityaward.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled holiday calendar ends with 2026; honours live 5 years and longer. Tests that move the
 * clock into later years point {@code qa.calendar.folder} at a folder of generated years in which only
 * weekends are off (no holidays, no make-up days) — test data, never shipped.
 */
public final class TestCalendars {

  private TestCalendars() {}

  /** A fresh temporary folder with weekend-only years {@code from..to}. */
  public static String weekendsOnly(int from, int to) {
    try {
      Path folder = Files.createTempDirectory("qa-test-calendar");
      for (int year = from; year <= to; year++) {
        Files.writeString(folder.resolve(year + ".json"), "{\"year\": " + year
            + ", \"papers\": [\"测试数据：仅周末休息\"], \"days\": []}");
      }
      folder.toFile().deleteOnExit();
      return folder.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
