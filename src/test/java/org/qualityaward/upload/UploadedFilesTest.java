package org.qualityaward.upload;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qualityaward.testing.SampleFiles;

class UploadedFilesTest {

  /** The message of the refusal; fails if the file is taken. */
  private static String refusal(String name, byte[] content) {
    try {
      UploadedFiles.check(name, content);
    } catch (RefusedFileException e) {
      return e.getMessage();
    }
    throw new AssertionError("文件未被拒绝：" + name);
  }

  @Test
  @DisplayName("each type is taken by its content, stored under the type its content is, whatever the extension's case")
  void acceptsEachType() {
    assertThat(UploadedFiles.check("报告.pdf", SampleFiles.pdf()).type()).isEqualTo(FileType.PDF);
    assertThat(UploadedFiles.check("现场照片.JPG", SampleFiles.jpeg()).type()).isEqualTo(FileType.JPEG);
    assertThat(UploadedFiles.check("现场照片.jpeg", SampleFiles.jpeg()).type()).isEqualTo(FileType.JPEG);
    assertThat(UploadedFiles.check("证书.png", SampleFiles.png()).type()).isEqualTo(FileType.PNG);
    assertThat(UploadedFiles.check("说明.docx", SampleFiles.docx()).type()).isEqualTo(FileType.DOCX);
    UploadedFile sheet = UploadedFiles.check("数据.xlsx", SampleFiles.xlsx());
    assertThat(sheet.type()).isEqualTo(FileType.XLSX);
    assertThat(sheet.type().contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(sheet.name()).isEqualTo("数据.xlsx");
    assertThat(sheet.content()).isEqualTo(SampleFiles.xlsx());
  }

  @Test
  @DisplayName("an empty file, or an extension of another type (.exe, .html), is refused naming the file")
  void refusesEmptyAndOtherExtensions() {
    assertThat(refusal("报告.pdf", new byte[0])).isEqualTo("文件「报告.pdf」是空文件，请重新选择");
    assertThat(refusal("tool.exe", new byte[] {'M', 'Z', (byte) 0x90, 0}))
        .isEqualTo("文件「tool.exe」的格式不受支持：仅接受 PDF、JPG、PNG、DOCX、XLSX 文件（扩展名 .pdf、.jpg、.jpeg、.png、.docx、.xlsx）");
    assertThat(refusal("通知.html", "<html><script>alert(1)</script></html>".getBytes(UTF_8)))
        .startsWith("文件「通知.html」的格式不受支持");
    assertThat(refusal("无扩展名", SampleFiles.pdf())).startsWith("文件「无扩展名」的格式不受支持");
  }

  @Test
  @DisplayName("content that is none of the types is refused whatever its name: HTML, an ELF or EXE, a ZIP that is no DOCX")
  void refusesUnknownContent() {
    String notAType = "的内容不是 PDF、JPG、PNG、DOCX、XLSX 文件（按文件内容识别，不看扩展名）";
    assertThat(refusal("通知.pdf", "<!DOCTYPE html><html><body onload=alert(1)>".getBytes(UTF_8)))
        .isEqualTo("文件「通知.pdf」" + notAType);
    assertThat(refusal("程序.pdf", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0})).isEqualTo("文件「程序.pdf」" + notAType);
    assertThat(refusal("setup.docx", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0})).isEqualTo("文件「setup.docx」" + notAType);
    assertThat(refusal("压缩包.docx", SampleFiles.zip("a.txt", "b/c.xml"))).isEqualTo("文件「压缩包.docx」" + notAType);
    assertThat(refusal("无类型.docx", SampleFiles.zip("word/document.xml"))).isEqualTo("文件「无类型.docx」" + notAType);
    byte[] brokenZip = Arrays.copyOf(SampleFiles.docx(), 12);
    assertThat(refusal("损坏.docx", brokenZip)).isEqualTo("文件「损坏.docx」" + notAType);
  }

  @Test
  @DisplayName("a type under another type's extension is refused: a PNG named .pdf, a DOCX named .xlsx, a PDF named .jpg")
  void refusesMismatch() {
    assertThat(refusal("扫描件.pdf", SampleFiles.png())).isEqualTo("文件「扫描件.pdf」的内容是 PNG 文件，与扩展名 .pdf 不符");
    assertThat(refusal("表格.xlsx", SampleFiles.docx())).isEqualTo("文件「表格.xlsx」的内容是 DOCX 文件，与扩展名 .xlsx 不符");
    assertThat(refusal("照片.jpg", SampleFiles.pdf())).isEqualTo("文件「照片.jpg」的内容是 PDF 文件，与扩展名 .jpg 不符");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "JavaScript   | /Names << /JavaScript 5 0 R >>",
      "JS           | /AcroForm << /JS (app.alert\\(1\\)) >>",
      "OpenAction   | /OpenAction 3 0 R",
      "AA           | /AA << /O 4 0 R >>",
      "Launch       | /X << /S /Launch /F (calc.exe) >>",
      "EmbeddedFiles| /Names << /EmbeddedFiles 6 0 R >>",
      "EmbeddedFile | /X << /Type /EmbeddedFile >>",
      "RichMedia    | /X << /Subtype /RichMedia >>",
      "XFA          | /AcroForm << /XFA 7 0 R >>",
      "SubmitForm   | /X << /S /SubmitForm /F (http://x) >>",
      "JavaScript   | /X << /S /J#61vaScript >>",
      "OpenAction   | /Open#41ction 3 0 R",
      "JS           | /#4A#53 <6170702E616C657274283129>"})
  @DisplayName("a PDF with a script or an automatic action is refused, names written with #xx escapes too")
  void refusesActivePdf(String name, String catalogEntries) {
    assertThat(refusal("通知.pdf", SampleFiles.pdf(catalogEntries)))
        .isEqualTo("文件「通知.pdf」含有脚本或自动执行的动作（/" + name + "），不予接收；请用“打印为 PDF”另存一份后重新上传");
  }

  @Test
  @DisplayName("a comment between a short key and its value does not hide it")
  void seesThroughComments() {
    assertThat(refusal("通知.pdf", SampleFiles.pdf("/AA % 自动动作\n 3 0 R"))).contains("（/AA）");
  }

  @Test
  @DisplayName("inside a compressed object stream, too; one that cannot be read is refused as unverifiable")
  void scansObjectStreams() {
    String streamDictionary = "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode";
    assertThat(UploadedFiles.check("压缩.pdf",
        SampleFiles.pdfWithObjectStream(streamDictionary, "<< /Type /Catalog /Pages 2 0 R >>")).type())
        .isEqualTo(FileType.PDF);
    assertThat(refusal("压缩.pdf", SampleFiles.pdfWithObjectStream(streamDictionary,
        "<< /Type /Catalog /OpenAction << /S /JavaScript /JS 9 0 R >> >>")))
        .contains("含有脚本或自动执行的动作（/OpenAction）");
    // a reader needs only /N and /First, written with escapes or not, and passes over junk
    assertThat(refusal("压缩.pdf", SampleFiles.pdfWithObjectStream("/N 1 /Fir#73t 4 /Filter [/Fl] 7 /X { }",
        "<< /AA << /O 5 0 R >> >>"))).contains("（/AA）");
    assertThat(refusal("加密.pdf", SampleFiles.pdfWithObjectStream("/Type /ObjStm /N 1 /First 4 /Filter /LZWDecode",
        "<< >>"))).isEqualTo("文件「加密.pdf」无法完成安全检查（对象流使用了 /LZWDecode 编码），"
            + "不予接收；请用“打印为 PDF”另存一份后重新上传");
    assertThat(refusal("预测.pdf", SampleFiles.pdfWithObjectStream(streamDictionary
        + " /DecodeParms << /Predictor 12 /Columns 5 >>", "<< >>"))).contains("（对象流的解码参数 /DecodeParms 使用了预测）");
  }

  @Test
  @DisplayName("what only looks alike passes: /JSON, /AAA, /JS or /AA in binary data without their value, a string, /OpenAction to a page")
  void acceptsLookalikes() {
    byte[] binary = "%PDF-1.4\n1 0 obj\n<< /Length 13 >>\nstream\n\u00a0/JS\u0000\u00ff/AA (\u0091\nendstream\nendobj\n"
        .getBytes(ISO_8859_1);
    assertThat(UploadedFiles.check("图像.pdf", binary).type()).isEqualTo(FileType.PDF);
    assertThat(UploadedFiles.check("正常.pdf", SampleFiles.pdf("/JSON 1 /AAA 2 /Title (JavaScript) /OpenAction [2 0 R /Fit]")).type())
        .isEqualTo(FileType.PDF);
  }

  @Test
  @DisplayName("stored names lose paths, control and bidi characters and leading dots; long ones keep their extension; none is empty")
  void cleansNames() {
    byte[] pdf = SampleFiles.pdf();
    assertThat(UploadedFiles.check("../../etc/passwd.pdf", pdf).name()).isEqualTo("passwd.pdf");
    assertThat(UploadedFiles.check("C:\\fakepath\\申报材料\\报告.pdf", pdf).name()).isEqualTo("报告.pdf");
    assertThat(UploadedFiles.check("a\u0000b\r\n\tc\u007f\u0085.pdf", pdf).name()).isEqualTo("abc.pdf");
    assertThat(UploadedFiles.check("合同\u202egpj\u202c\u2066x\u2069.pdf", pdf).name()).isEqualTo("合同gpjx.pdf");
    assertThat(UploadedFiles.check(" ..隐藏.pdf ", pdf).name()).isEqualTo("隐藏.pdf");
    assertThat(UploadedFiles.check("..\\..\\", pdf).name()).isEqualTo("附件.pdf");
    assertThat(UploadedFiles.check(null, SampleFiles.png()).name()).isEqualTo("附件.png");
    assertThat(UploadedFiles.check("\u0000\u202e", SampleFiles.docx()).name()).isEqualTo("附件.docx");
    String longName = UploadedFiles.check("很".repeat(150) + ".PDF", pdf).name();
    assertThat(longName).hasSize(UploadedFiles.MAX_NAME_LENGTH).endsWith("很.PDF");
    // the refusal names the file by its cleaned name too
    assertThat(refusal("..\\evil\u202efdp.exe", pdf)).startsWith("文件「evilfdp.exe」的格式不受支持");
  }
}
