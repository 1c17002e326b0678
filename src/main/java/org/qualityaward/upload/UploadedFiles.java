package org.qualityaward.upload;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every upload must be: a PDF, JPG, PNG, DOCX or XLSX file by its content (its first bytes,
 * for DOCX and XLSX the parts of the ZIP), named with an extension of that type, and a PDF without
 * scripts or automatic actions. The client's name is cleaned before it is stored or shown, and the
 * client's Content-Type is never trusted: the type comes from the content.
 */
public final class UploadedFiles {

  /** Enough for any real title; longer names are cut, keeping the extension. */
  static final int MAX_NAME_LENGTH = 100;

  /** Stands in for a name that nothing was left of. */
  private static final String NO_NAME = "附件";

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /** Invisible characters: controls (U+0000–U+001F, U+007F…), bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the like. */
  private static final Set<Integer> INVISIBLE = Set.of((int) Character.CONTROL, (int) Character.FORMAT,
      (int) Character.LINE_SEPARATOR, (int) Character.PARAGRAPH_SEPARATOR, (int) Character.SURROGATE);

  private static final String ALLOWED = Arrays.stream(FileType.values()).map(FileType::label)
      .collect(Collectors.joining("、"));

  private UploadedFiles() {
  }

  /**
   * The file as it may be stored, or {@link RefusedFileException} saying which rule it breaks.
   *
   * @param originalName the name the client sent, perhaps with a path or control characters
   */
  public static UploadedFile check(String originalName, byte[] content) {
    String name = cleanName(originalName);
    String shown = name.isEmpty() ? NO_NAME : name;
    if (content == null || content.length == 0) {
      throw refused(shown, "是空文件，请重新选择");
    }
    Optional<FileType> named = name.isEmpty() ? Optional.empty() : FileType.ofExtension(extension(name));
    if (!name.isEmpty() && named.isEmpty()) {
      throw refused(shown, "的格式不受支持：仅接受 " + ALLOWED + " 文件（扩展名 .pdf、.jpg、.jpeg、.png、.docx、.xlsx）");
    }
    FileType type = detect(content).orElseThrow(() -> refused(shown,
        "的内容不是 " + ALLOWED + " 文件（按文件内容识别，不看扩展名）"));
    if (named.isPresent() && named.get() != type) {
      throw refused(shown, "的内容是 " + type.label() + " 文件，与扩展名 ." + extension(name) + " 不符");
    }
    if (type == FileType.PDF) {
      PdfActiveContent.problem(content).ifPresent(problem -> {
        throw refused(shown, problem + "，不予接收；请用“打印为 PDF”另存一份后重新上传");
      });
    }
    return new UploadedFile(name.isEmpty() ? NO_NAME + "." + type.extension() : name, type, content);
  }

  /**
   * The name without any path (a browser may send {@code C:\fakepath\…}), invisible characters,
   * leading dots and surrounding blanks, at most {@link #MAX_NAME_LENGTH} characters; may be empty.
   */
  static String cleanName(String originalName) {
    if (originalName == null) {
      return "";
    }
    String lastPart = originalName.substring(
        Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1);
    String visible = lastPart.codePoints().filter(c -> !INVISIBLE.contains(Character.getType(c)))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    // a leading dot hides the file where it is saved
    return shorten(visible.replaceFirst("^[.\\s]+", "").strip());
  }

  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
      return name;
    }
    String extension = extension(name);
    String suffix = extension.isEmpty() || extension.length() > 10 ? "" : "." + extension;
    String base = name.substring(0, name.length() - suffix.length());
    return base.substring(0, base.offsetByCodePoints(0, MAX_NAME_LENGTH - suffix.length())).strip() + suffix;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static Optional<FileType> detect(byte[] content) {
    if (startsWith(content, PDF)) {
      return Optional.of(FileType.PDF);
    }
    if (startsWith(content, JPEG)) {
      return Optional.of(FileType.JPEG);
    }
    if (startsWith(content, PNG)) {
      return Optional.of(FileType.PNG);
    }
    return startsWith(content, ZIP) ? OfficeZip.type(content) : Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  private static RefusedFileException refused(String name, String rule) {
    return new RefusedFileException("文件「" + name + "」" + rule);
  }
}
