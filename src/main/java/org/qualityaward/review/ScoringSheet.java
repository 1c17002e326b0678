package org.qualityaward.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.kernel.FieldProblem;

/**
 * A versioned scoring sheet (评分表), loaded from {@code scoring-sheets/*.json}: GB/T 19580 for
 * organisations (Art 5), a configurable 100-point sheet for individuals (Art 12(3)(4)).
 */
public record ScoringSheet(String id, int version, ApplicationKind kind, String name, BigDecimal total,
    List<Category> categories) {

  /** Longest strengths or opportunities text of one category, as the forms allow. */
  static final int COMMENT_MAX_LENGTH = 2000;

  public record Category(String code, String name, BigDecimal max) {

    String title() {
      return code + "（" + name + "）";
    }
  }

  public ScoringSheet {
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  public Optional<Category> category(String code) {
    return categories.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** What makes the sheet itself unusable; empty when it is sound. */
  public List<String> defects() {
    List<String> defects = new ArrayList<>();
    if (id == null || id.isBlank()) {
      defects.add("评分表缺少 id");
    }
    if (version < 1) {
      defects.add("版本号须为正整数");
    }
    if (kind == null) {
      defects.add("评分表缺少适用类别 kind");
    }
    if (categories.isEmpty()) {
      defects.add("评分表没有评分类目");
    }
    Set<String> codes = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Category c : categories) {
      if (c.code() == null || c.code().isBlank() || !codes.add(c.code())) {
        defects.add("类目编码缺失或重复：" + c.code());
      }
      if (c.max() == null || c.max().signum() <= 0) {
        defects.add("类目 " + c.code() + " 的满分须大于 0");
      } else {
        sum = sum.add(c.max());
      }
    }
    if (total == null || sum.compareTo(total) != 0) {
      defects.add("各类目满分之和 " + sum.toPlainString() + " 不等于总分 " + (total == null ? "（缺失）" : total.toPlainString()));
    }
    return defects;
  }

  /**
   * Checks one member's scores against the sheet: every category exactly once, 0..max with at most one
   * decimal, a non-blank remark; strengths and opportunities are optional, at most 2000 characters each. Field names are the request's ({@code items[2].score}).
   */
  public List<FieldProblem> check(List<CategoryScore> items, ReviewStage stage) {
    List<FieldProblem> problems = new ArrayList<>();
    String basis = "（" + stage.article() + "：按评审标准打分；评分表 " + id + " 第" + version + "版）";
    List<CategoryScore> given = items == null ? List.of() : items;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      CategoryScore item = given.get(i);
      String at = "items[" + i + "]";
      Optional<Category> category = item == null ? Optional.empty() : category(item.category());
      if (category.isEmpty()) {
        problems.add(new FieldProblem(at + ".category",
            "评分表没有类目 " + (item == null ? null : item.category()) + basis));
        continue;
      }
      Category c = category.get();
      if (!seen.add(c.code())) {
        problems.add(new FieldProblem(at + ".category", c.title() + " 重复评分" + basis));
      }
      if (item.score() == null) {
        problems.add(new FieldProblem(at + ".score", c.title() + " 必须填写得分" + basis));
      } else if (item.score().signum() < 0 || item.score().compareTo(c.max()) > 0) {
        problems.add(new FieldProblem(at + ".score", c.title() + " 得分 " + item.score().toPlainString()
            + " 超出 0 至满分 " + c.max().toPlainString() + " 的范围" + basis));
      } else if (item.score().stripTrailingZeros().scale() > 1) {
        problems.add(new FieldProblem(at + ".score", c.title() + " 得分最多保留 1 位小数：" + item.score().toPlainString()));
      }
      if (item.remark() == null || item.remark().isBlank()) {
        problems.add(new FieldProblem(at + ".remark", c.title() + " 必须填写评语（" + stage.article() + "：形成"
            + stage.reportName() + "）"));
      }
      if (item.strengths() != null && item.strengths().length() > COMMENT_MAX_LENGTH) {
        problems.add(new FieldProblem(at + ".strengths", c.title() + " 的优势不能超过 " + COMMENT_MAX_LENGTH + " 个字"));
      }
      if (item.opportunities() != null && item.opportunities().length() > COMMENT_MAX_LENGTH) {
        problems.add(new FieldProblem(at + ".opportunities", c.title() + " 的改进机会不能超过 " + COMMENT_MAX_LENGTH + " 个字"));
      }
    }
    categories.stream().filter(c -> !seen.contains(c.code())).forEach(c -> problems.add(
        new FieldProblem("items", "缺少 " + c.title() + " 的得分（满分 " + c.max().toPlainString() + "）" + basis)));
    return problems;
  }
}
