package org.qualityaward.feedback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Writes a feedback report as a PDF with Apache PDFBox 3 (chosen over OpenPDF: Apache-licensed, it
 * embeds TrueType CJK fonts as subsetted CID fonts with a ToUnicode map, so the text can be searched
 * and copied, and the same library reads the report back in the tests). A4, one column, text wrapped
 * character by character as Chinese is; a character the font lacks is printed as □.
 */
@Component
class FeedbackReportPdf {

  private static final float MARGIN = 56;
  private static final float TITLE = 18;
  private static final float HEADING = 13;
  private static final float SUBHEADING = 11.5f;
  private static final float BODY = 10.5f;
  private static final String NO_LINE_START = "，。、；：！？）」』”’%,.;:!?)";

  private final ReportFont fonts;

  FeedbackReportPdf(ReportFont fonts) {
    this.fonts = fonts;
  }

  byte[] render(FeedbackReports.Content content) {
    try (ReportFont.Opened opened = fonts.open(); PDDocument document = new PDDocument()) {
      PDType0Font font = PDType0Font.load(document, opened.font(), true);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("反馈报告 " + content.applicationNumber());
      info.setCreator("保定市政府质量奖评选管理系统");
      info.setCreationDate(Calendar.getInstance());
      Writer out = new Writer(document, font);
      write(out, content);
      out.close();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("反馈报告生成失败：" + e.getMessage(), e);
    }
  }

  private static void write(Writer out, FeedbackReports.Content c) throws IOException {
    out.paragraph("保定市政府质量奖 反馈报告", TITLE, 0);
    out.gap(6);
    out.paragraph("届次：" + c.editionName(), BODY, 0);
    out.paragraph("申报编号：" + c.applicationNumber() + "　　申报类别：" + c.kindLabel(), BODY, 0);
    out.paragraph("申报主体：" + c.applicantName(), BODY, 0);
    out.paragraph("评选结果：" + c.outcome(), BODY, 0);
    out.gap(4);
    out.paragraph("本报告依据《保定市政府质量奖评选管理办法》第十八条、第十九条，由评审组在独立评分后形成的一致意见写成。"
        + "各类目只给出评审组得分所在的区间（占该类目满分的百分比），不列任何评审专家的姓名和个人评分。", BODY, 0);
    out.gap(8);

    out.paragraph("一、各阶段结果", HEADING, 0);
    for (FeedbackReports.StageResult stage : c.stages()) {
      out.paragraph(stage.title() + "（" + stage.article() + "）：评审报告形成于 " + stage.acceptedOn()
          + "；评审组总分区间 " + stage.totalBand() + "；" + stage.conclusion() + "。", BODY, 12);
    }
    if (c.onsiteNote() != null) {
      out.paragraph(c.onsiteNote(), BODY, 12);
    }
    out.paragraph("最终结果：" + c.outcome() + "。", BODY, 12);

    int number = 2;
    for (FeedbackReports.StageResult stage : c.stages()) {
      out.gap(8);
      out.paragraph(chinese(number++) + "、" + stage.title() + "：各类目意见", HEADING, 0);
      if (stage.categories().isEmpty()) {
        out.paragraph("本阶段评审报告形成时尚未按类目记录一致意见。", BODY, 12);
        continue;
      }
      for (FeedbackReports.CategoryFeedback category : stage.categories()) {
        out.gap(4);
        out.paragraph(category.name() + "（满分 " + category.maximum() + " 分）　得分区间：" + category.band(),
            SUBHEADING, 0);
        out.paragraph("优势：" + category.strengths(), BODY, 12);
        out.paragraph("改进机会：" + category.opportunities(), BODY, 12);
      }
    }
    out.gap(10);
    out.paragraph("保定市质量强市战略领导小组办公室（市质强办）　" + c.issuedOn(), BODY, 0);
  }

  private static String chinese(int n) {
    return String.valueOf("零一二三四五六七八九十".charAt(Math.min(n, 10)));
  }

  /** Lines top to bottom, a new page when one is full. */
  private static final class Writer {
    private final PDDocument document;
    private final PDType0Font font;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream stream;
    private float y;

    Writer(PDDocument document, PDType0Font font) throws IOException {
      this.document = document;
      this.font = font;
      newPage();
    }

    void gap(float points) {
      y -= points;
    }

    /** A paragraph at {@code indent} from the margin, wrapped to the width, each line on the page it fits. */
    void paragraph(String text, float size, float indent) throws IOException {
      float leading = size * 1.6f;
      for (String line : wrap(printable(text), size, width - indent)) {
        if (y - leading < MARGIN) {
          newPage();
        }
        y -= leading;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN + indent, y);
        stream.showText(line);
        stream.endText();
      }
    }

    /** Breaks at any character (Chinese has no spaces), keeping explicit line breaks. */
    private List<String> wrap(String text, float size, float available) throws IOException {
      List<String> lines = new ArrayList<>();
      for (String part : text.split("\n", -1)) {
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < part.length(); ) {
          int cp = part.codePointAt(i);
          String ch = new String(Character.toChars(cp));
          float w = font.getStringWidth(ch) / 1000 * size;
          // a closing punctuation mark never starts a line (避头点): it hangs at the end of this one
          if (used + w > available && !line.isEmpty() && NO_LINE_START.indexOf(cp) < 0) {
            lines.add(line.toString());
            line.setLength(0);
            used = 0;
          }
          line.append(ch);
          used += w;
          i += Character.charCount(cp);
        }
        lines.add(line.toString());
      }
      return lines;
    }

    /** Tabs and other control characters as spaces, characters without a glyph as □. */
    private String printable(String text) {
      StringBuilder out = new StringBuilder();
      String normalized = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
      normalized.codePoints().forEach(cp -> {
        if (cp == '\n') {
          out.append('\n');
        } else if (Character.isISOControl(cp)) {
          out.append(' ');
        } else if (hasGlyph(cp)) {
          out.appendCodePoint(cp);
        } else {
          out.append(hasGlyph('□') ? '□' : '?');
        }
      });
      return out.toString();
    }

    private boolean hasGlyph(int cp) {
      try {
        font.encode(new String(Character.toChars(cp)));
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = page.getMediaBox().getHeight() - MARGIN;
    }

    void close() throws IOException {
      stream.close();
    }
  }
}
