package org.qualityaward.expert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qualityaward.kernel.FieldProblem;

/**
 * The expert pool as a spreadsheet (README, 评审专家库 import template): one expert per row from row 2, the
 * columns of {@link Column} in that order. The export has the same columns and then the pool's own (status,
 * Art 10 as the record stands, ratings), which an import ignores, so an export can be edited and imported.
 */
final class ExpertSheets {

  /** The template's columns: title, the field of NewExpert it fills, and its rule for the 说明 sheet. */
  enum Column {
    USER_ID("用户名", "userId", "必填；系统中已有、且在“评审专家”组的用户名（评审任务分派给该用户）"),
    NAME("姓名", "name", "必填"),
    EMPLOYER("工作单位", "employerName", "必填"),
    EMPLOYER_CREDIT_CODE("工作单位统一社会信用代码", "employerCreditCode", "必填；18位，用于评审回避（第二十九条）"),
    EMPLOYER_GROUP("所属集团统一社会信用代码", "employerGroupCreditCode",
        "可空；工作单位属于集团的填集团的代码，该集团及其成员单位的申报不抽取此专家（第二十九条）"),
    INDUSTRIES("行业代码", "industries", "必填；GB/T 4754 代码，如 C34，多个用“、”或逗号分隔（第十条：评审组须含行业专家）"),
    DEGREE("文化程度", "degree", "必填；博士研究生、硕士研究生、大学本科、大学专科或其他；须大学专科及以上（第十条第（二）项 大学及大学以上文化程度）"),
    QUALITY_YEARS("质量管理或专业技术工作年限", "qualityYears", "必填；整数，不少于5（第十条第（三）项）"),
    TRAINING("专业培训及取得的资格", "trainingQualification", "必填（第十条：经过专业培训并取得相关资格）"),
    LAWS("熟悉质量、经济法律法规", "lawsFamiliarityDeclared", "必填“是”（第十条第（一）项）"),
    CONDUCT("作风正派、清正廉洁", "conductDeclared", "必填“是”（第十条第（四）项）"),
    RECOMMENDER("曾服务的推荐单位代码", "recommenderCode", "可空；见 GET /api/recommenders，该单位推荐的申报不抽取此专家"),
    CONFLICTS("声明回避的单位统一社会信用代码", "conflictCreditCodes",
        "可空；本人声明有利害关系的单位（原工作单位、咨询服务对象等），多个用“、”或逗号分隔；这些单位及其集团的申报不抽取此专家（第二十九条）");

    private final String title;
    private final String field;
    private final String rule;

    Column(String title, String field, String rule) {
      this.title = title;
      this.field = field;
      this.rule = rule;
    }

    public String title() {
      return title;
    }

    public String rule() {
      return rule;
    }

    /** The column's letter as the spreadsheet shows it (A, B, …). */
    public String letter() {
      return String.valueOf((char) ('A' + ordinal()));
    }

    /** The column of a field problem ({@code industries[2]} is the industries column); null for none. */
    static Column ofField(String field) {
      String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
      return Arrays.stream(values()).filter(c -> c.field.equals(base)).findFirst().orElse(null);
    }
  }

  /**
   * One data row as read: its number in the sheet (as the spreadsheet shows it), the expert, the record's version
   * the export carried (null in a row typed into the template), what could not be read.
   */
  record SheetRow(int number, NewExpert expert, Long version, List<FieldProblem> unreadable) {}

  /**
   * The export's last column: the version of each record as exported, so that importing the file back refuses a
   * record someone changed in between instead of overwriting it. An import reads it wherever it stands.
   */
  static final String VERSION_TITLE = "记录版本（导入时核对，请勿修改）";
  static final String VERSION_FIELD = "version";

  private static final String YES = "是";
  private static final String NO = "否";

  private ExpertSheets() {}

  /** The empty template with its 说明 sheet. */
  static byte[] template() {
    try (Workbook book = new XSSFWorkbook()) {
      header(book, book.createSheet("评审专家").createRow(0), List.of());
      Sheet notes = book.createSheet("说明");
      notes.createRow(0).createCell(0).setCellValue("每行一名专家，自第2行起；列的顺序不可改变。导入时逐行检查，任何一行有误则整份文件不导入。");
      notes.setColumnWidth(0, 30 * 256);
      notes.setColumnWidth(1, 90 * 256);
      for (Column column : Column.values()) {
        Row row = notes.createRow(column.ordinal() + 2);
        row.createCell(0).setCellValue(column.title);
        row.createCell(1).setCellValue(column.rule);
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pool in the template's layout, then status, Art 10 as the record stands and the ratings' verdict. */
  static byte[] export(List<Expert> experts, Set<Long> ratedOut) {
    try (Workbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("评审专家");
      header(book, sheet.createRow(0), List.of("状态", "符合第十条", "因评价暂停抽取", VERSION_TITLE));
      int next = 1;
      for (Expert e : experts) {
        Row row = sheet.createRow(next++);
        List<String> values = List.of(e.getUserId(), e.getName(), e.getEmployerName(), e.getEmployerCreditCode(),
            nullToEmpty(e.getEmployerGroupCreditCode()), String.join("、", e.getIndustries()), e.getDegree().label(),
            String.valueOf(e.getQualityYears()), e.getTrainingQualification(),
            e.isLawsFamiliarityDeclared() ? YES : NO, e.isConductDeclared() ? YES : NO,
            nullToEmpty(e.getRecommenderCode()), String.join("、", e.getConflictCreditCodes()),
            e.isActive() ? "启用" : "停用",
            ExpertConditions.meetArticle10(e) ? YES : NO, ratedOut.contains(e.getId()) ? YES : NO,
            String.valueOf(e.getVersion()));
        for (int i = 0; i < values.size(); i++) {
          row.createCell(i).setCellValue(values.get(i));
        }
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The data rows of the first sheet; blank rows are skipped. A file that is not a spreadsheet, or whose title
   * row is not the template's, is refused as a whole.
   */
  static List<SheetRow> read(InputStream in) {
    Workbook book;
    try {
      book = WorkbookFactory.create(in);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableSheetException("文件不是 Excel（XLSX）工作簿，请使用下载的模板");
    }
    try (book) {
      DataFormatter text = new DataFormatter(Locale.CHINA);
      Sheet sheet = book.getSheetAt(0);
      Row titles = sheet.getRow(0);
      for (Column column : Column.values()) {
        String title = titles == null ? "" : cell(text, titles, column);
        if (!column.title.equals(title)) {
          throw new UnreadableSheetException("第1行第%s列应为“%s”，而不是“%s”：请使用下载的模板，不要改变列的顺序"
              .formatted(column.letter(), column.title, title));
        }
      }
      int versionColumn = -1;
      for (Cell title : titles) {
        if (VERSION_TITLE.equals(text.formatCellValue(title).strip())) {
          versionColumn = title.getColumnIndex();
        }
      }
      List<SheetRow> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row != null && Arrays.stream(Column.values()).anyMatch(c -> !cell(text, row, c).isEmpty())) {
          rows.add(sheetRow(text, row, versionColumn));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Codes as a person lists them: separated by 、, commas, semicolons or spaces. */
  static List<String> codeList(String text) {
    return text == null ? List.of()
        : Arrays.stream(text.strip().split("[、,，;；\\s]+")).filter(code -> !code.isEmpty()).toList();
  }

  private static SheetRow sheetRow(DataFormatter text, Row row, int versionColumn) {
    List<FieldProblem> unreadable = new ArrayList<>();
    Long version = null;
    Cell versionCell = versionColumn < 0 ? null : row.getCell(versionColumn);
    String versionText = versionCell == null ? "" : text.formatCellValue(versionCell).strip();
    if (!versionText.isEmpty()) {
      try {
        version = Long.valueOf(versionText);
      } catch (NumberFormatException e) {
        unreadable.add(new FieldProblem(VERSION_FIELD, "“%s”不是导出时的记录版本：请重新导出后修改".formatted(versionText)));
      }
    }
    String degreeText = cell(text, row, Column.DEGREE);
    Degree degree = Arrays.stream(Degree.values()).filter(d -> d.label().equals(degreeText)).findFirst().orElse(null);
    if (degree == null && !degreeText.isEmpty()) {
      unreadable.add(new FieldProblem(Column.DEGREE.field, "“%s”不是可选的文化程度：%s".formatted(degreeText,
          String.join("、", Arrays.stream(Degree.values()).map(Degree::label).toList()))));
    }
    Integer years = null;
    String yearsText = cell(text, row, Column.QUALITY_YEARS);
    if (!yearsText.isEmpty()) {
      try {
        years = Integer.valueOf(yearsText);
      } catch (NumberFormatException e) {
        unreadable.add(new FieldProblem(Column.QUALITY_YEARS.field, "“%s”不是整数年限".formatted(yearsText)));
      }
    }
    NewExpert expert = new NewExpert(cell(text, row, Column.USER_ID), cell(text, row, Column.NAME),
        cell(text, row, Column.EMPLOYER), cell(text, row, Column.EMPLOYER_CREDIT_CODE),
        emptyToNull(cell(text, row, Column.EMPLOYER_GROUP)), codeList(cell(text, row, Column.INDUSTRIES)),
        degree, years, cell(text, row, Column.TRAINING), yes(text, row, Column.LAWS, unreadable),
        yes(text, row, Column.CONDUCT, unreadable), emptyToNull(cell(text, row, Column.RECOMMENDER)),
        codeList(cell(text, row, Column.CONFLICTS)));
    return new SheetRow(row.getRowNum() + 1, expert, version, unreadable);
  }

  private static Boolean yes(DataFormatter text, Row row, Column column, List<FieldProblem> unreadable) {
    String value = cell(text, row, column);
    if (!value.isEmpty() && !value.equals(YES) && !value.equals(NO)) {
      unreadable.add(new FieldProblem(column.field, "应填“是”或“否”，而不是“%s”".formatted(value)));
    }
    return value.equals(YES);
  }

  private static String cell(DataFormatter text, Row row, Column column) {
    Cell cell = row.getCell(column.ordinal());
    return cell == null ? "" : text.formatCellValue(cell).strip();
  }

  private static String emptyToNull(String text) {
    return text.isEmpty() ? null : text;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  /** The template's titles, then {@code more}: bold, frozen, fixed widths (autoSize needs fonts a server may lack). */
  private static void header(Workbook book, Row row, List<String> more) {
    CellStyle style = book.createCellStyle();
    Font bold = book.createFont();
    bold.setBold(true);
    style.setFont(bold);
    List<String> titles = new ArrayList<>(Arrays.stream(Column.values()).map(Column::title).toList());
    titles.addAll(more);
    for (int i = 0; i < titles.size(); i++) {
      row.createCell(i).setCellValue(titles.get(i));
      row.getCell(i).setCellStyle(style);
      row.getSheet().setColumnWidth(i, 20 * 256);
    }
    row.getSheet().createFreezePane(0, 1);
  }

  private static byte[] bytes(Workbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }

  /** A file the import cannot read at all (not a workbook, not the template's columns). */
  static final class UnreadableSheetException extends RuntimeException {
    UnreadableSheetException(String message) {
      super(message);
    }
  }
}
