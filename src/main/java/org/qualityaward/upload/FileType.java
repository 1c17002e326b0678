package org.qualityaward.upload;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file types an upload may be, each with the extensions that may name it and the type it is served as. */
public enum FileType {
  PDF("PDF", "application/pdf", "pdf"),
  JPEG("JPG", "image/jpeg", "jpg", "jpeg"),
  PNG("PNG", "image/png", "png"),
  DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String label;
  private final String contentType;
  private final List<String> extensions;

  FileType(String label, String contentType, String... extensions) {
    this.label = label;
    this.contentType = contentType;
    this.extensions = List.of(extensions);
  }

  /** How people call the type: 「PDF」, 「JPG」. */
  public String label() {
    return label;
  }

  /** What a download of it is served as, whatever the uploader's browser claimed. */
  public String contentType() {
    return contentType;
  }

  /** The extension a file of this type gets when its name had none left after cleaning. */
  String extension() {
    return extensions.get(0);
  }

  static Optional<FileType> ofExtension(String extension) {
    String lower = extension.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extensions.contains(lower)).findFirst();
  }
}
