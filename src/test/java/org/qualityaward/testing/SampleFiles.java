package org.qualityaward.testing;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files for upload tests: what the upload rule recognises by content, not fake bytes. */
public final class SampleFiles {

  private SampleFiles() {
  }

  /** A PDF whose one catalog object carries {@code catalogEntries} (e.g. {@code /OpenAction 3 0 R}). */
  public static byte[] pdf(String catalogEntries) {
    return ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R " + catalogEntries
        + " >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .getBytes(ISO_8859_1);
  }

  public static byte[] pdf() {
    return pdf("");
  }

  /** A PDF 1.5 whose objects are compressed in an object stream with this dictionary. */
  public static byte[] pdfWithObjectStream(String streamDictionary, String objects) {
    byte[] compressed = deflate(("1 0 " + objects).getBytes(ISO_8859_1));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.writeBytes(("%PDF-1.5\n3 0 obj\n<< " + streamDictionary + " /Length " + compressed.length
        + " >>\nstream\r\n").getBytes(ISO_8859_1));
    pdf.writeBytes(compressed);
    pdf.writeBytes("\nendstream\nendobj\nstartxref\n0\n%%EOF\n".getBytes(ISO_8859_1));
    return pdf.toByteArray();
  }

  public static byte[] jpeg() {
    return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
        0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
  }

  public static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
  }

  public static byte[] docx() {
    return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
  }

  public static byte[] xlsx() {
    return zip("_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml");
  }

  /** A ZIP with these entries, each holding a line of XML. */
  public static byte[] zip(String... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><x/>".getBytes(UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater();
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }
}
