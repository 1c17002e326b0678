package org.qualityaward.expert;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualityaward.expert.ExpertSheets.Column;
import org.qualityaward.expert.ExpertSheets.SheetRow;
import org.qualityaward.kernel.FieldProblem;
import org.springframework.stereotype.Service;

/**
 * Imports experts from the template (ExpertSheets): a row whose user is not in the pool adds an expert, a row
 * whose user is corrects that expert's record (so an export, edited, can be imported back, unless the record changed
 * after the export: its version column says so). Every row is checked
 * by the pool's own rules (Art 10, the user, the unit) and against the other rows; a file with any problem stores
 * nothing, one without stores all its rows in one transaction.
 */
@Service
class ExpertImport {

  /** A problem of one cell: the spreadsheet's row number, the column as letter and title, the rule broken. */
  record Problem(int row, String column, String message) {}

  /** What an import did: how many experts it added and corrected, or (nothing stored) every problem found. */
  record Result(int added, int updated, List<Problem> problems) {}

  private final ExpertPool pool;

  ExpertImport(ExpertPool pool) {
    this.pool = pool;
  }

  Result run(InputStream file) {
    List<SheetRow> rows;
    try {
      rows = ExpertSheets.read(file);
    } catch (ExpertSheets.UnreadableSheetException e) {
      return new Result(0, 0, List.of(new Problem(1, "", e.getMessage())));
    }
    if (rows.isEmpty()) {
      return new Result(0, 0, List.of(new Problem(2, "", "文件中没有专家：自第2行起每行填写一名专家")));
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> firstRowOfUser = new HashMap<>();
    for (SheetRow row : rows) {
      List<FieldProblem> found = new ArrayList<>(row.unreadable());
      Set<String> unreadable = row.unreadable().stream().map(FieldProblem::field).collect(Collectors.toSet());
      // a cell that could not be read is reported as such, not again as missing
      pool.problems(row.expert()).stream().filter(p -> !unreadable.contains(p.field())).forEach(found::add);
      String userId = row.expert().userId();
      if (!userId.isEmpty()) {
        Integer earlier = firstRowOfUser.putIfAbsent(userId, row.number());
        if (earlier != null) {
          found.add(new FieldProblem("userId", "用户“%s”已在第%d行，一人一条专家记录".formatted(userId, earlier)));
        }
        changedSinceExport(row).ifPresent(found::add);
      }
      found.forEach(p -> problems.add(new Problem(row.number(), columnOf(p.field()), p.message())));
    }
    if (!problems.isEmpty()) {
      return new Result(0, 0, problems);
    }
    ExpertPool.Imported stored = pool.importAll(rows.stream()
        .map(row -> new ExpertPool.ImportedExpert(row.expert(), row.version())).toList());
    return new Result(stored.added(), stored.updated(), List.of());
  }

  /** A row of an export whose record someone changed after the export: importing it would undo that change. */
  private Optional<FieldProblem> changedSinceExport(SheetRow row) {
    return row.version() == null ? Optional.empty() : pool.ofUser(row.expert().userId())
        .filter(stored -> stored.getVersion() != row.version())
        .map(stored -> new FieldProblem(ExpertSheets.VERSION_FIELD,
            "专家“%s”的记录在导出后已被修改（导出时版本 %d，现为版本 %d）：请重新导出，在新文件中修改后再导入"
                .formatted(row.expert().userId(), row.version(), stored.getVersion())));
  }

  private static String columnOf(String field) {
    if (ExpertSheets.VERSION_FIELD.equals(field)) {
      return ExpertSheets.VERSION_TITLE;
    }
    Column column = Column.ofField(field);
    return column == null ? "" : column.letter() + " " + column.title();
  }
}
