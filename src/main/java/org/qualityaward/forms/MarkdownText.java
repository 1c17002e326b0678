package org.qualityaward.forms;

/**
 * Text from users (a file name) inside the Markdown of a Tasklist form's text component. form-js
 * puts a variable into the Markdown as it is, renders it and keeps tags like {@code <img>} and
 * links; a backslash before every ASCII punctuation character (CommonMark: any of them may be
 * escaped) makes the whole value literal text: no HTML, no link, no emphasis, no list.
 */
public final class MarkdownText {

  private MarkdownText() {
  }

  public static String of(String text) {
    return text.replaceAll("[!-/:-@\\[-`{-~]", "\\\\$0");
  }
}
