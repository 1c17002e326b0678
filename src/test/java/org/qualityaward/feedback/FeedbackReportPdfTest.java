package org.qualityaward.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The PDF writer and the font rules on their own, without the engine. */
class FeedbackReportPdfTest {

  private static final String NOTO_CFF = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

  @Test
  @DisplayName("both stages, long comments wrapped onto further pages, a character without a glyph as □")
  void rendersBothStages() throws IOException {
    FeedbackReportPdf writer = new FeedbackReportPdf(new ReportFont(new FeedbackReportProperties(null)));
    String longText = "持续改进的方法已在各业务单元展开，".repeat(60);
    List<FeedbackReports.CategoryFeedback> categories = List.of(
        new FeedbackReports.CategoryFeedback("领导", "110", "76%–100%", longText, "高层领导的绩效评价\n尚未覆盖社会责任 \uD83D\uDE00"),
        new FeedbackReports.CategoryFeedback("结果", "400", "51%–75%", "质量指标处于行业前列", "缺少与标杆的对比"));
    FeedbackReports.Content content = new FeedbackReports.Content("BDQA-2027-0001", "保定某精密机械有限公司", "组织",
        "2027年度保定市政府质量奖", List.of(
            new FeedbackReports.StageResult("资料评审", "第十八条", "2027年5月6日", "76%–100%", "资料评审完成，进入现场评审（第十九条）", categories),
            new FeedbackReports.StageResult("现场评审", "第十九条", "2027年6月8日", "51%–75%", "现场评审完成，进入综合评价（第二十条）", categories)),
        null, "提名奖", "2027年6月8日");

    byte[] pdf = writer.render(content);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      String text = new PDFTextStripper().getText(document);
      String flat = text.replaceAll("\\s+", "");
      assertThat(flat).contains("二、资料评审：各类目意见").contains("三、现场评审：各类目意见")
          .contains("进入现场评审").contains("最终结果：提名奖").doesNotContain("现场评审：未")
          .contains("尚未覆盖社会责任□").contains("得分区间：51%–75%");
      assertThat(text).contains("高层领导的绩效评价\n");
    }
  }

  @Test
  @DisplayName("a missing font file or a CFF-outline font (Noto CJK) is refused with what to install or set")
  void refusesUnusableFonts() {
    assertThatThrownBy(() -> new ReportFont(new FeedbackReportProperties("/nonexistent/font.ttc")).open())
        .isInstanceOf(ReportFont.FontUnavailableException.class)
        .hasMessageContaining("/nonexistent/font.ttc 不存在").hasMessageContaining("fonts-wqy-microhei")
        .hasMessageContaining("qa.feedback-report.font");
    Assumptions.assumeTrue(new File(NOTO_CFF).isFile(), "fonts-noto-cjk not installed");
    assertThatThrownBy(() -> new ReportFont(new FeedbackReportProperties(NOTO_CFF)).open())
        .isInstanceOf(ReportFont.FontUnavailableException.class)
        .hasMessageContaining("不是含中文字形的 TrueType 轮廓字体");
  }
}
