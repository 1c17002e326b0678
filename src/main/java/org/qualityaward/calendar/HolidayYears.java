package org.qualityaward.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a year's calendar: {@code <folder>/<year>.json} first (the office's drop-in, overriding
 * the release), then the bundled {@code classpath:calendar/holiday-cn/<year>.json}.
 */
final class HolidayYears {

  private static final Logger log = LoggerFactory.getLogger(HolidayYears.class);
  private static final String BUNDLED = "calendar/holiday-cn/";

  private final Path folder;
  // A published year is kept for good (a correction needs a restart); unknown or unpublished
  // years are looked up again every time, so a job retry sees a file dropped in meanwhile.
  private final Map<Integer, HolidayYear> published = new ConcurrentHashMap<>();
  // The release's own files never change: parse each once, so asking about an unpublished
  // year costs only a file-exists check in the folder.
  private final Map<Integer, Optional<HolidayYear>> bundled = new ConcurrentHashMap<>();

  HolidayYears(Path folder) {
    this.folder = folder;
  }

  /** The year's published calendar, or {@link CalendarYearNotPublishedException}. */
  HolidayYear get(int year) {
    HolidayYear known = published.get(year);
    if (known != null) {
      return known;
    }
    HolidayYear loaded = fromFolder(year).or(() -> fromRelease(year))
        .filter(HolidayYear::published)
        .orElseThrow(() -> new CalendarYearNotPublishedException(year));
    if (published.putIfAbsent(year, loaded) == null) {
      log.info("Calendar year {} loaded from {}", year, loaded.source());
    }
    return published.get(year);
  }

  private Optional<HolidayYear> fromFolder(int year) {
    Path file = folder.resolve(year + ".json").toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(HolidayYear.parse(year, file.toString(), in));
    } catch (IOException e) {
      throw new CalendarDataException(file.toString(), "无法读取（cannot be read）: " + e, e);
    }
  }

  private Optional<HolidayYear> fromRelease(int year) {
    return bundled.computeIfAbsent(year, y -> {
      String resource = BUNDLED + y + ".json";
      try (InputStream in = HolidayYears.class.getClassLoader().getResourceAsStream(resource)) {
        return in == null ? Optional.empty()
            : Optional.of(HolidayYear.parse(y, "classpath:" + resource, in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
