package org.qualityaward.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * DOCX and XLSX are ZIP files (Office Open XML): one with a {@code [Content_Types].xml} part and a
 * {@code word/} part is a DOCX, with an {@code xl/} part an XLSX. Only the entry names are read, in
 * memory; passing over an entry inflates it, so that is bounded against ZIP bombs.
 */
final class OfficeZip {

  private static final long MAX_INFLATED = 64L * 1024 * 1024;
  private static final int MAX_ENTRIES = 10_000;

  private OfficeZip() {
  }

  static Optional<FileType> type(byte[] zip) {
    boolean contentTypes = false;
    boolean word = false;
    boolean xl = false;
    long inflated = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      for (int count = 0; count < MAX_ENTRIES && (entry = entries.getNextEntry()) != null; count++) {
        contentTypes |= entry.getName().equals("[Content_Types].xml");
        word |= entry.getName().startsWith("word/");
        xl |= entry.getName().startsWith("xl/");
        if (contentTypes && (word || xl)) {
          return Optional.of(word ? FileType.DOCX : FileType.XLSX);
        }
        for (int read; (read = entries.read(buffer)) > 0; ) {
          inflated += read;
          if (inflated > MAX_INFLATED) {
            return Optional.empty();
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // not a readable ZIP (or a name in another encoding): not an Office document we take
    }
    return Optional.empty();
  }
}
