package org.qualityaward.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The leader's consolidation of a panel (组长负责制, Art 18, 19): the panel score and the members
 * whose total is too far from the mean of all members.
 */
final class PanelConsolidation {

  /** MEAN of all totals, or TRIMMED_MEAN (highest and lowest dropped) for panels of 5 or more. */
  public enum Method {
    MEAN("算术平均"),
    TRIMMED_MEAN("去掉一个最高分和一个最低分后平均");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public static final int TRIMMED_MEAN_MINIMUM = 5;

  /** panelScore and mean are rounded to 2 decimals; applied says which method was really used. */
  public record Result(BigDecimal panelScore, BigDecimal mean, Method applied, List<String> flagged) {}

  private final Method method;
  private final BigDecimal deviationShare;

  public PanelConsolidation(Method method, BigDecimal deviationShare) {
    this.method = method;
    this.deviationShare = deviationShare;
  }

  /** Totals by member (user id), in the order to report flagged members. */
  public Result consolidate(Map<String, BigDecimal> totals) {
    if (totals.isEmpty()) {
      throw new IllegalArgumentException("no member totals");
    }
    BigDecimal sum = sum(totals.values());
    BigDecimal n = BigDecimal.valueOf(totals.size());
    // |t - sum/n| > share * sum/n, multiplied by n: exact, so exactly 15% is not flagged
    BigDecimal allowed = deviationShare.multiply(sum);
    List<String> flagged = new ArrayList<>();
    totals.forEach((member, total) -> {
      if (total.multiply(n).subtract(sum).abs().compareTo(allowed) > 0) {
        flagged.add(member);
      }
    });
    BigDecimal mean = sum.divide(n, 2, RoundingMode.HALF_UP);
    if (method == Method.TRIMMED_MEAN && totals.size() >= TRIMMED_MEAN_MINIMUM) {
      List<BigDecimal> sorted = totals.values().stream().sorted().toList();
      List<BigDecimal> inner = sorted.subList(1, sorted.size() - 1);
      BigDecimal trimmed = sum(inner).divide(BigDecimal.valueOf(inner.size()), 2, RoundingMode.HALF_UP);
      return new Result(trimmed, mean, Method.TRIMMED_MEAN, flagged);
    }
    return new Result(mean, mean, Method.MEAN, flagged);
  }

  private static BigDecimal sum(Collection<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
