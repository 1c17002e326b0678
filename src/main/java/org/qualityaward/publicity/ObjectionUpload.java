package org.qualityaward.publicity;

import java.util.List;
import java.util.Locale;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.upload.RefusedFileException;
import org.qualityaward.upload.UploadedFile;
import org.qualityaward.upload.UploadedFiles;

/**
 * A file attached to an objection (field {@code attachment}): what {@link UploadedFiles} takes (a
 * PDF, JPG, PNG, DOCX or XLSX file by its content, under a matching extension, a PDF without
 * scripts) and at most {@link #MAX_BYTES}. Checked once, when the form is read.
 */
public final class ObjectionUpload {

  /** 10 MB; the servlet's multipart limit ({@code spring.servlet.multipart.max-file-size}) is above it. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  public static final String FIELD = "attachment";

  private final UploadedFile file;
  private final List<FieldProblem> problems;

  public ObjectionUpload(String originalName, byte[] content) {
    UploadedFile checked = null;
    FieldProblem problem;
    try {
      checked = UploadedFiles.check(originalName, content);
      problem = checked.content().length > MAX_BYTES ? new FieldProblem(FIELD, "附件「" + checked.name() + "」大小为 "
          + megabytes(checked.content().length) + "，超过 " + megabytes(MAX_BYTES) + " 的上限") : null;
    } catch (RefusedFileException e) {
      problem = new FieldProblem(FIELD, e.getMessage());
    }
    this.file = problem == null ? checked : null;
    this.problems = problem == null ? List.of() : List.of(problem);
  }

  /** Every problem with this file, under the field {@code attachment}; empty if it may be stored. */
  public List<FieldProblem> problems() {
    return problems;
  }

  /** The checked file; only for an upload whose {@link #problems()} are empty. */
  public UploadedFile file() {
    if (file == null) {
      throw new IllegalStateException("附件未通过检查（attachment refused）: " + problems);
    }
    return file;
  }

  public static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
