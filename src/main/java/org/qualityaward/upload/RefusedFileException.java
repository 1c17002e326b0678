package org.qualityaward.upload;

/** An upload refused by {@link UploadedFiles#check}; the message names the file and the rule, in Chinese. */
public class RefusedFileException extends RuntimeException {

  RefusedFileException(String message) {
    super(message);
  }
}
