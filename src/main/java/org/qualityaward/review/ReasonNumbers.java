package org.qualityaward.review;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ranking's reasons in a list a form shows: each case carries its reason's number and each reason's words
 * are written once below (a form's text field holds 4000 characters, and many cases share a reason).
 */
public final class ReasonNumbers {

  private final Map<String, Integer> numbers = new LinkedHashMap<>();

  /** 〔n〕 for the case's reason, numbered in the order first met. */
  public String of(Rankings.Entry entry) {
    return "〔" + numbers.computeIfAbsent(entry.reasonText(), words -> numbers.size() + 1) + "〕";
  }

  /** Appends every reason met once, under the heading; nothing when no case was listed. */
  public void appendTo(StringBuilder text, String heading) {
    if (!numbers.isEmpty()) {
      text.append("\n").append(heading).append("：\n");
      numbers.forEach((words, number) -> text.append("〔").append(number).append("〕").append(words).append("\n"));
    }
  }
}
