package org.qualityaward.upload;

/** An upload that passed {@link UploadedFiles#check}: its cleaned name, the type its content is, the bytes. */
public record UploadedFile(String name, FileType type, byte[] content) {}
