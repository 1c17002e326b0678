package org.qualityaward.publicity.objection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qualityaward.web.FieldProblem;

/**
 * A file attached to an objection (field {@code attachment}): at most {@link #MAX_BYTES}, a PDF,
 * JPG, PNG or DOCX file whose content starts the way that format does, so a renamed executable is
 * refused and what the office opens is what the name says.
 */
public record ObjectionUpload(String fileName, byte[] content) {

  /** 10 MB; the servlet's multipart limit ({@code spring.servlet.multipart.max-file-size}) is above it. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  public static final String FIELD = "attachment";

  /** The accepted formats with their extensions and the bytes their files begin with. */
  public enum Format {
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
        new byte[] {'P', 'K', 3, 4});

    private final String contentType;
    private final List<String> extensions;
    private final byte[] signature;

    Format(String contentType, List<String> extensions, byte[] signature) {
      this.contentType = contentType;
      this.extensions = extensions;
      this.signature = signature;
    }

    public String contentType() {
      return contentType;
    }

    static Optional<Format> ofFileName(String fileName) {
      int dot = fileName.lastIndexOf('.');
      String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    boolean matches(byte[] content) {
      return content.length >= signature.length
          && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
  }

  public ObjectionUpload {
    // browsers may send a path (old Edge: C:\fakepath\…); keep the last segment only
    fileName = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
    content = content == null ? new byte[0] : content;
  }

  /** Every problem with this file, under the field {@code attachment}; empty if it may be stored. */
  public List<FieldProblem> problems() {
    if (content.length == 0) {
      return List.of(new FieldProblem(FIELD, "附件「" + fileName + "」是空文件，请重新选择"));
    }
    if (fileName.isEmpty() || fileName.length() > 200) {
      return List.of(new FieldProblem(FIELD, "附件的文件名应为1至200个字"));
    }
    if (content.length > MAX_BYTES) {
      return List.of(new FieldProblem(FIELD, "附件「" + fileName + "」大小为 " + megabytes(content.length)
          + "，超过 " + megabytes(MAX_BYTES) + " 的上限"));
    }
    Optional<Format> format = Format.ofFileName(fileName);
    if (format.isEmpty()) {
      return List.of(new FieldProblem(FIELD, "附件「" + fileName + "」的格式不受支持：仅接受 PDF、JPG、PNG、DOCX 文件"));
    }
    if (!format.get().matches(content)) {
      return List.of(new FieldProblem(FIELD, "附件「" + fileName + "」的内容与扩展名不符，不是有效的 "
          + format.get().name() + " 文件"));
    }
    return List.of();
  }

  /** The checked format; only for an upload whose {@link #problems()} are empty. */
  Format format() {
    return Format.ofFileName(fileName).filter(f -> f.matches(content))
        .orElseThrow(() -> new IllegalStateException("附件未通过检查（attachment not checked）: " + fileName));
  }

  public static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
