package org.qualityaward.timeline;

import static java.util.Comparator.naturalOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Geometry of the Gantt chart the timeline page draws as inline SVG (no script): one row per stage, a
 * planned bar from the start to the end of the planned last day and an actual bar from the start to
 * the actual end (or to now while it runs). Coordinates are in the SVG's viewBox, which the browser
 * scales to the page width.
 */
record TimelineChart(int width, int height, List<Bar> bars, List<Tick> ticks, double todayX) {

  static final int WIDTH = 1000;
  static final int LABEL_WIDTH = 170;
  static final int RIGHT_MARGIN = 40;
  static final int AXIS_HEIGHT = 28;
  static final int ROW_HEIGHT = 30;
  private static final int MAX_TICKS = 6;

  /** Null coordinates mean the bar is not drawn; {@code cssClass} is the state's name in lower case. */
  record Bar(String label, double y, Double plannedX, Double plannedWidth, Double actualX, Double actualWidth,
      String cssClass) {}

  record Tick(double x, String label) {}

  /** The chart of the stages that have started, or null when none has. */
  static TimelineChart of(List<StageRow> rows, LocalDateTime now) {
    LocalDateTime from = rows.stream().map(StageRow::start).filter(Objects::nonNull).min(naturalOrder())
        .map(start -> start.toLocalDate().atStartOfDay()).orElse(null);
    if (from == null) {
      return null;
    }
    // known planned ends of stages not yet started (the deadline) widen the axis, so today is seen against them
    LocalDateTime to = rows.stream()
        .flatMap(r -> Stream.of(r.plannedEnd() == null ? null : r.plannedEnd().plusDays(1).atStartOfDay(),
            r.start() == null ? null : r.actualEnd() == null ? now : r.actualEnd()))
        .filter(Objects::nonNull).max(naturalOrder()).orElseThrow();
    to = to.toLocalDate().plusDays(1).atStartOfDay();
    Scale scale = new Scale(from, to);
    List<Bar> bars = new ArrayList<>();
    double y = AXIS_HEIGHT;
    for (StageRow row : rows) {
      Double plannedX = null;
      Double plannedWidth = null;
      Double actualX = null;
      Double actualWidth = null;
      if (row.start() != null) {
        actualX = scale.x(row.start());
        actualWidth = Math.max(2, scale.x(row.actualEnd() == null ? now : row.actualEnd()) - actualX);
        LocalDateTime plannedUntil = plannedUntil(row);
        if (plannedUntil != null) {
          plannedX = actualX;
          plannedWidth = Math.max(2, scale.x(plannedUntil) - actualX);
        }
      }
      bars.add(new Bar(row.label(), y, plannedX, plannedWidth, actualX, actualWidth,
          row.state().name().toLowerCase().replace('_', '-')));
      y += ROW_HEIGHT;
    }
    return new TimelineChart(WIDTH, (int) y + 4, bars, ticks(scale, from.toLocalDate(), to.toLocalDate()),
        scale.x(now));
  }

  private static LocalDateTime plannedUntil(StageRow row) {
    return row.start() == null || row.plannedEnd() == null ? null : row.plannedEnd().plusDays(1).atStartOfDay();
  }

  private static List<Tick> ticks(Scale scale, LocalDate from, LocalDate to) {
    long days = Duration.between(from.atStartOfDay(), to.atStartOfDay()).toDays();
    long step = Math.max(1, (days + MAX_TICKS - 1) / MAX_TICKS);
    List<Tick> ticks = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(step)) {
      ticks.add(new Tick(scale.x(day.atStartOfDay()), day.toString()));
    }
    return ticks;
  }

  private record Scale(LocalDateTime from, LocalDateTime to) {
    double x(LocalDateTime time) {
      double span = Duration.between(from, to).toMinutes();
      double at = Duration.between(from, time).toMinutes();
      double x = LABEL_WIDTH + Math.max(0, Math.min(1, at / span)) * (WIDTH - LABEL_WIDTH - RIGHT_MARGIN);
      return Math.round(x * 10) / 10.0; // a tenth of a unit is finer than a pixel at any page width
    }
  }
}
