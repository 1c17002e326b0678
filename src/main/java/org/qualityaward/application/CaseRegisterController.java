package org.qualityaward.application;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.recommender.Recommender;
import org.qualityaward.recommender.Recommenders;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case register page (/manager/cases) and its export: the office's and the leading group's list of
 * every case (Art 8, 9); who may open it is identity.SecurityConfig's /manager chain. Each row links to
 * the case file (casefile, /cases/{number}).
 */
@Controller
@RequestMapping("/manager/cases")
class CaseRegisterController {

  private static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final CaseRegister register;
  private final CaseDeadlines deadlines;
  private final EditionService editions;
  private final Recommenders recommenders;
  private final WorkingDayCalendar calendar;

  CaseRegisterController(CaseRegister register, CaseDeadlines deadlines, EditionService editions,
      Recommenders recommenders, WorkingDayCalendar calendar) {
    this.register = register;
    this.deadlines = deadlines;
    this.editions = editions;
    this.recommenders = recommenders;
    this.calendar = calendar;
  }

  /** The request's filter and order, as the form and the links carry them. */
  record Query(Long edition, ApplicationStage stage, ApplicationKind kind, String unit, ApplicationOutcome outcome,
      String q, CaseOrder sort, boolean desc) {

    CaseFilter filter() {
      return new CaseFilter(edition, stage, kind, blankToNull(unit), outcome, blankToNull(q));
    }

    /** This list ordered by {@code order} (a CaseOrder's name); the current order's link turns its direction. */
    public String sortLink(String order) {
      CaseOrder by = CaseOrder.valueOf(order);
      return link("/manager/cases", by, by == sort && !desc).build().toUriString();
    }

    public String pageLink(int page) {
      return link("/manager/cases", sort, desc).queryParam("page", page).build().toUriString();
    }

    public String exportLink() {
      return link("/manager/cases/export.xlsx", sort, desc).build().toUriString();
    }

    /** The arrow shown beside the column the list is ordered by. */
    public String arrow(String order) {
      return CaseOrder.valueOf(order) != sort ? "" : desc ? " ↓" : " ↑";
    }

    private UriComponentsBuilder link(String path, CaseOrder order, boolean descending) {
      UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
      add(link, "edition", edition);
      add(link, "stage", stage);
      add(link, "kind", kind);
      add(link, "unit", blankToNull(unit));
      add(link, "outcome", outcome);
      add(link, "q", blankToNull(q));
      link.queryParam("sort", order);
      if (descending) {
        link.queryParam("desc", true);
      }
      return link.encode(StandardCharsets.UTF_8);
    }

    private static void add(UriComponentsBuilder link, String name, Object value) {
      if (value != null) {
        link.queryParam(name, value);
      }
    }
  }

  /** One line as the page and the export show it. */
  record Line(CaseRow row, String unitName, LocalDateTime nextDeadline, boolean overdue) {}

  @GetMapping
  String register(@RequestParam(required = false) Long edition, @RequestParam(required = false) ApplicationStage stage,
      @RequestParam(required = false) ApplicationKind kind, @RequestParam(required = false) String unit,
      @RequestParam(required = false) ApplicationOutcome outcome, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "NUMBER") CaseOrder sort, @RequestParam(defaultValue = "false") boolean desc,
      @RequestParam(defaultValue = "1") int page, Model model) {
    Query query = new Query(edition, stage, kind, unit, outcome, q, sort, desc);
    CaseRegister.Page found = register.find(query.filter(), sort, desc, page - 1, PAGE_SIZE);
    model.addAttribute("query", query);
    model.addAttribute("found", found);
    model.addAttribute("lines", lines(found.rows(), unitNames()));
    model.addAttribute("editions", editions.all().stream()
        .sorted(Comparator.comparing(Edition::getYear).reversed()).toList());
    model.addAttribute("stages", ApplicationStage.values());
    model.addAttribute("kinds", ApplicationKind.values());
    model.addAttribute("outcomes", ApplicationOutcome.values());
    model.addAttribute("units", recommenders.all());
    return "manager/cases";
  }

  /**
   * The filtered list, in the page's order, as an XLSX sheet: written row by row as the database hands them
   * over (a streaming workbook keeps only a window of rows in memory), with the same columns as the page.
   */
  @GetMapping("/export.xlsx")
  void export(@RequestParam(required = false) Long edition, @RequestParam(required = false) ApplicationStage stage,
      @RequestParam(required = false) ApplicationKind kind, @RequestParam(required = false) String unit,
      @RequestParam(required = false) ApplicationOutcome outcome, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "NUMBER") CaseOrder sort, @RequestParam(defaultValue = "false") boolean desc,
      HttpServletResponse response) throws IOException {
    Query query = new Query(edition, stage, kind, unit, outcome, q, sort, desc);
    Map<String, String> units = unitNames();
    response.setContentType(XLSX);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename("申报案件登记表.xlsx", StandardCharsets.UTF_8).build().toString());
    SXSSFWorkbook book = new SXSSFWorkbook(200);
    try (OutputStream out = response.getOutputStream()) {
      Sheet sheet = book.createSheet("申报案件");
      header(book, sheet.createRow(0), List.of("申报编号", "申报单位/个人", "类别", "推荐单位", "阶段", "结果", "下一办理期限", "提交时间"));
      int[] next = {1};
      register.forEachBatch(query.filter(), sort, desc, batch -> lines(batch, units).forEach(l -> {
        Row line = sheet.createRow(next[0]++);
        CaseRow row = l.row();
        line.createCell(0).setCellValue(row.applicationNumber());
        line.createCell(1).setCellValue(row.applicantName());
        line.createCell(2).setCellValue(row.kind().label());
        line.createCell(3).setCellValue(l.unitName());
        line.createCell(4).setCellValue(row.stage().label());
        line.createCell(5).setCellValue(row.outcome() == null ? "" : row.outcome().label());
        line.createCell(6).setCellValue(l.nextDeadline() == null ? "" : DAY.format(l.nextDeadline()));
        line.createCell(7).setCellValue(row.submittedAt() == null ? "" : MINUTE.format(row.submittedAt()));
      }));
      book.write(out);
    } finally {
      book.dispose();
      book.close();
    }
  }

  /** The rows with their unit's name and next deadline (one look-up for all of them). */
  private List<Line> lines(List<CaseRow> rows, Map<String, String> units) {
    Map<String, LocalDateTime> next = deadlines.nextOf(rows.stream().map(CaseRow::applicationNumber).toList());
    LocalDateTime now = calendar.now();
    return rows.stream().map(row -> {
      LocalDateTime due = next.get(row.applicationNumber());
      return new Line(row, units.getOrDefault(row.recommenderCode(), nullToEmpty(row.recommenderCode())), due,
          due != null && due.isBefore(now));
    }).toList();
  }

  private Map<String, String> unitNames() {
    return recommenders.all().stream().collect(Collectors.toMap(Recommender::getCode, Recommender::getName));
  }

  /** Bold titles, a frozen title row and fixed widths (autoSize needs fonts a server may lack). */
  private static void header(SXSSFWorkbook book, Row row, List<String> titles) {
    CellStyle style = book.createCellStyle();
    Font bold = book.createFont();
    bold.setBold(true);
    style.setFont(bold);
    for (int i = 0; i < titles.size(); i++) {
      row.createCell(i).setCellValue(titles.get(i));
      row.getCell(i).setCellStyle(style);
      row.getSheet().setColumnWidth(i, (i == 1 || i == 3 ? 32 : 18) * 256);
    }
    row.getSheet().createFreezePane(0, 1);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
