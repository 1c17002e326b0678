package org.qualityaward.feedback;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Chinese font the feedback reports embed. PDFBox embeds and subsets TrueType outlines (glyf), not
 * CFF ones (Noto CJK's .ttc), so the font must be a TrueType-outline .ttf or .ttc that has Chinese
 * glyphs: {@code qa.feedback-report.font}, else the first of {@link #DEFAULTS} found. A missing or
 * unusable font refuses the report with a message saying what to install or set; the application
 * itself starts anyway (and says so in its log and in its health, {@link FeedbackReportsHealthIndicator}).
 */
@Component
class ReportFont {

  private static final Logger log = LoggerFactory.getLogger(ReportFont.class);

  /** Debian's fonts-wqy-microhei, fonts-wqy-zenhei and fonts-arphic-uming. */
  static final List<String> DEFAULTS = List.of(
      "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
      "/usr/share/fonts/truetype/arphic/uming.ttc");

  /** A code point every Chinese report needs (报). */
  private static final int PROBE = 0x62A5;

  private final String configured;

  /** What the last look found (the start, a report, the health looking again), so no restart is needed. */
  private volatile Availability availability;

  ReportFont(FeedbackReportProperties properties) {
    this.configured = properties.font() == null || properties.font().isBlank() ? null : properties.font().strip();
    try (Opened font = open()) {
      log.info("feedback reports embed the font {} ({})", font.font().getName(), font.path());
    } catch (FontUnavailableException | IOException e) {
      log.warn("feedback reports are unavailable until a font is found: {}", e.getMessage());
    }
  }

  /** Whether the last look (the start, a report, a health check) found a font: which one, or why none. */
  record Availability(String font, String path, String reason, Instant lookedAt) {
    boolean available() {
      return reason == null;
    }
  }

  Availability availability() {
    return availability;
  }

  /** Looks for the font again, as a report would, and says what it found. */
  Availability lookAgain() {
    try (Opened ignored = open()) {
      // found: open() noted which
    } catch (FontUnavailableException | IOException e) {
      // none: open() noted why
    }
    return availability;
  }

  /** An opened font file; keep it open until the document that embeds it is saved (subsetting reads it). */
  record Opened(String path, TrueTypeFont font, AutoCloseable source) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        source.close();
      } catch (IOException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }

  /** The configured font, or the first usable default; refused with what to do when there is none. */
  Opened open() throws IOException {
    try {
      Opened opened = firstUsable();
      availability = new Availability(opened.font().getName(), opened.path(), null, Instant.now());
      return opened;
    } catch (FontUnavailableException | IOException e) {
      availability = new Availability(null, null, e.getMessage() != null ? e.getMessage() : e.toString(), Instant.now());
      throw e;
    }
  }

  private Opened firstUsable() throws IOException {
    List<String> candidates = configured != null ? List.of(configured) : DEFAULTS;
    List<String> reasons = new ArrayList<>();
    for (String path : candidates) {
      File file = new File(path);
      if (!file.isFile()) {
        reasons.add(path + " 不存在");
        continue;
      }
      Opened opened = tryOpen(file, reasons);
      if (opened != null) {
        return opened;
      }
    }
    throw new FontUnavailableException("反馈报告无法生成：没有可嵌入的中文 TrueType 字体（" + String.join("；", reasons)
        + "）。请安装 fonts-wqy-microhei（apt-get install fonts-wqy-microhei），或将 qa.feedback-report.font"
        + "（环境变量 QA_FEEDBACK_REPORT_FONT）设为一个含中文字形、TrueType 轮廓的 .ttf/.ttc 文件"
        + "（Noto CJK 等 CFF 轮廓字体无法嵌入）");
  }

  private static Opened tryOpen(File file, List<String> reasons) throws IOException {
    if (file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
      TrueTypeCollection collection = new TrueTypeCollection(file);
      TrueTypeFont[] found = new TrueTypeFont[1];
      collection.processAllFonts(font -> {
        if (found[0] == null && usable(font)) {
          found[0] = font;
        }
      });
      if (found[0] != null) {
        return new Opened(file.getPath(), found[0], collection);
      }
      collection.close();
    } else {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
      if (usable(font)) {
        return new Opened(file.getPath(), font, font);
      }
      font.close();
    }
    reasons.add(file.getPath() + " 不是含中文字形的 TrueType 轮廓字体");
    return null;
  }

  private static boolean usable(TrueTypeFont font) throws IOException {
    return font.getTableMap().containsKey("glyf") && font.getUnicodeCmapLookup(false) != null
        && font.getUnicodeCmapLookup(false).getGlyphId(PROBE) > 0;
  }

  /** No usable font: the report cannot be made until one is installed or configured. */
  static class FontUnavailableException extends RuntimeException {
    FontUnavailableException(String message) {
      super(message);
    }
  }
}
