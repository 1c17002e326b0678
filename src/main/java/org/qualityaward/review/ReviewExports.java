package org.qualityaward.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.ApplicationOutcome;
import org.springframework.stereotype.Component;

/** XLSX the office hands to the leading group: the ranking sheet and each panel report (Art 18-20). */
@Component
class ReviewExports {

  static final List<String> RANKING_HEADERS = List.of("类别", "名次", "申报编号", "申报组织/个人", "资料评审得分",
      "现场评审得分", "累计得分", "建议等次", "并列组", "已取消资格", "最终结果", "千分制得分", "理由");

  private final Rankings rankings;
  private final Scoring scoring;
  private final ScoringSheets sheets;
  private final ApplicationCases cases;

  ReviewExports(Rankings rankings, Scoring scoring, ScoringSheets sheets, ApplicationCases cases) {
    this.rankings = rankings;
    this.scoring = scoring;
    this.sheets = sheets;
    this.cases = cases;
  }

  byte[] ranking(Long editionId) {
    Rankings.View view = rankings.ranking(editionId);
    // Streamed: XSSF's in-memory model of a 1,000-case ranking cost most of the request (issue 16).
    try (Workbook book = new SXSSFWorkbook(200)) { // close() deletes its temporary file
      Sheet sheet = book.createSheet("综合评价排名");
      header(book, sheet.createRow(0), RANKING_HEADERS);
      int at = 1;
      for (Rankings.Entry e : view.cases()) {
        Row row = sheet.createRow(at++);
        row.createCell(0).setCellValue(Ranking.kindLabel(e.kind()));
        row.createCell(1).setCellValue(e.rank());
        row.createCell(2).setCellValue(e.applicationNumber());
        row.createCell(3).setCellValue(e.applicantName());
        number(row, 4, e.documentScore());
        number(row, 5, e.onsiteScore());
        number(row, 6, e.cumulativeScore());
        row.createCell(7).setCellValue(e.level() == null ? "并列，待领导小组决定" : e.level().label());
        row.createCell(8).setCellValue(e.tieGroup() == null ? "" : e.tieGroup());
        row.createCell(9).setCellValue(e.disqualified() ? "是" : "否");
        row.createCell(10).setCellValue(e.finalOutcome() == null ? "" : ApplicationOutcome.valueOf(e.finalOutcome()).label());
        number(row, 11, e.scaledScore());
        row.createCell(12).setCellValue(e.reasonText());
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] panelReport(Long applicationId, ReviewStage stage) {
    PanelReport report = scoring.panelReport(applicationId, stage);
    Application application = cases.get(applicationId);
    ScoringSheet scoringSheet = sheets.get(report.getSheetId(), report.getSheetVersion());
    List<MemberScore> memberScores = scoring.scoresOf(applicationId, stage);
    try (Workbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet(stage.reportName());
      String[][] facts = {
          {"申报编号", application.getApplicationNumber()},
          {"申报组织/个人", application.getApplicantName()},
          {"类别", Ranking.kindLabel(application.getKind())},
          {"评审阶段", stage.label() + "（" + stage.article() + "）"},
          {"评分表", scoringSheet.name() + "（" + scoringSheet.id() + " 第" + scoringSheet.version() + "版，满分 "
              + scoringSheet.total().toPlainString() + "）"},
          {"评审组长", report.getLeaderUserId()},
          {"计分方法", report.getMethod().label()},
          {"成员均分", report.getMeanScore().toPlainString()},
          {"评审组得分", report.getPanelScore().toPlainString()},
          {"偏离阈值", report.getDeviationShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%"},
          {"合议意见", report.getConsensusNote() == null ? "" : report.getConsensusNote()},
          {"通过时间", report.getAcceptedAt().toString()}};
      int at = 0;
      for (String[] fact : facts) {
        Row row = sheet.createRow(at++);
        row.createCell(0).setCellValue(fact[0]);
        row.createCell(1).setCellValue(fact[1]);
      }
      at++;
      List<String> headers = new ArrayList<>(List.of("评审专家"));
      scoringSheet.categories().forEach(c -> headers.add(c.name() + "（" + c.max().toPlainString() + "）"));
      headers.addAll(List.of("总分", "偏离超过阈值"));
      header(book, sheet.createRow(at++), headers);
      for (PanelReport.Member member : report.getMembers()) {
        Row row = sheet.createRow(at++);
        row.createCell(0).setCellValue(member.getExpertUserId());
        MemberScore score = memberScores.stream().filter(s -> s.getExpertUserId().equals(member.getExpertUserId()))
            .findFirst().orElseThrow();
        for (int i = 0; i < score.getItems().size(); i++) {
          number(row, 1 + i, score.getItems().get(i).getScore());
        }
        number(row, 1 + scoringSheet.categories().size(), member.getTotal());
        row.createCell(2 + scoringSheet.categories().size()).setCellValue(member.isFlagged() ? "是" : "否");
      }
      Sheet remarks = book.createSheet("评语");
      header(book, remarks.createRow(0), List.of("评审专家", "评分类目", "得分", "评语"));
      int r = 1;
      for (MemberScore score : memberScores) {
        for (MemberScore.Item item : score.getItems()) {
          Row row = remarks.createRow(r++);
          row.createCell(0).setCellValue(score.getExpertUserId());
          row.createCell(1).setCellValue(scoringSheet.category(item.getCategoryCode())
              .map(ScoringSheet.Category::name).orElse(item.getCategoryCode()));
          number(row, 2, item.getScore());
          row.createCell(3).setCellValue(item.getRemark());
        }
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bold titles and fixed widths (autoSize needs fonts a server may lack). */
  private static void header(Workbook book, Row row, List<String> titles) {
    CellStyle style = book.createCellStyle();
    Font bold = book.createFont();
    bold.setBold(true);
    style.setFont(bold);
    for (int i = 0; i < titles.size(); i++) {
      row.createCell(i).setCellValue(titles.get(i));
      row.getCell(i).setCellStyle(style);
      row.getSheet().setColumnWidth(i, 18 * 256);
    }
  }

  private static void number(Row row, int column, BigDecimal value) {
    row.createCell(column).setCellValue(value.doubleValue());
  }

  private static byte[] bytes(Workbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }
}
