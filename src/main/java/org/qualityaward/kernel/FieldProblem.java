package org.qualityaward.kernel;

/** One problem with one field of a request: the field's JSON path and a message naming the rule. */
public record FieldProblem(String field, String message) {}
