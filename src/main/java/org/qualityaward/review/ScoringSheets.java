package org.qualityaward.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qualityaward.eligibility.ApplicationKind;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The scoring sheets in {@code classpath*:scoring-sheets/*.json}, checked at start. A new version is
 * a new file; the highest version of a kind scores new cases, older versions stay readable for the
 * scores given on them.
 */
@Component
public class ScoringSheets {

  private final List<ScoringSheet> sheets;

  ScoringSheets(ObjectMapper json) throws IOException {
    List<ScoringSheet> loaded = new ArrayList<>();
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:scoring-sheets/*.json")) {
      try (InputStream in = resource.getInputStream()) {
        ScoringSheet sheet = json.readValue(in, ScoringSheet.class);
        List<String> defects = sheet.defects();
        if (!defects.isEmpty()) {
          throw new IllegalStateException("评分表 " + resource.getFilename() + " 有误：" + String.join("；", defects));
        }
        loaded.add(sheet);
      }
    }
    Map<ApplicationKind, List<String>> idsByKind = loaded.stream().collect(Collectors.groupingBy(ScoringSheet::kind,
        Collectors.mapping(ScoringSheet::id, Collectors.collectingAndThen(Collectors.toSet(), List::copyOf))));
    idsByKind.forEach((kind, ids) -> {
      if (ids.size() > 1) {
        throw new IllegalStateException("同一类别 " + kind + " 有多个评分表 " + ids + "：每个类别只能有一个（可有多个版本）");
      }
    });
    this.sheets = List.copyOf(loaded);
  }

  /** The sheet new scores of this kind are given on: the highest version. */
  public ScoringSheet current(ApplicationKind kind) {
    return sheets.stream().filter(s -> s.kind() == kind).max(Comparator.comparingInt(ScoringSheet::version))
        .orElseThrow(() -> new IllegalStateException("没有适用于 " + kind + " 的评分表"));
  }

  /** Every version of the kind's sheet, for an edition's plan to choose from. */
  public List<ScoringSheet> versions(ApplicationKind kind) {
    return sheets.stream().filter(s -> s.kind() == kind).toList();
  }

  /** The kind's sheet of a version an edition's plan chose. */
  public ScoringSheet version(ApplicationKind kind, int version) {
    return versions(kind).stream().filter(s -> s.version() == version).findFirst()
        .orElseThrow(() -> new IllegalStateException("没有适用于 " + kind + " 的第" + version + "版评分表"));
  }

  public ScoringSheet get(String id, int version) {
    return sheets.stream().filter(s -> s.id().equals(id) && s.version() == version).findFirst()
        .orElseThrow(() -> new IllegalStateException("评分表 " + id + " 第" + version + "版不存在"));
  }
}
