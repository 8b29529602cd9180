package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.rows;
import static io.github.fulianrules.xlsx.Workbooks.withPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A workbook with several mistakes is refused once with all of them, each at its cell, in Chinese or
 * English by the locale asked for; the messages come from a bundle with every key in both languages.
 */
class EveryMistakeTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static WorkbookException refusal(byte[] workbook, Locale locale) {
        return catchThrowableOfType(WorkbookException.class,
                () -> DistrictWorkbook.readContents(workbook, "青溪区.xlsx", locale));
    }

    /** Three mistakes on three sheets: a gender not in the list, a formula, a date with a time of day. */
    private static byte[] threeMistakes() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("组织", rows(List.of("编号", "层级", "名称"), List.of("d", "区妇联", "青溪区妇联")));
        sheets.put("人员", rows(List.of("编号", "姓名", "性别"), List.of("p1", "李娟", "女"), List.of("p2", "王芳", "F")));
        sheets.put("职务", rows(List.of("人员编号", "组织编号", "职务"), List.of("p1", "d", new Workbooks.Formula("\"主席\""))));
        sheets.put("活动", rows(List.of("编号", "类型", "对象编号", "日期"),
                // 2018-03-05 09:30: day 43164 and 9.5 hours of 24
                List.of("a1", "蹲点", "p1", new BigDecimal("43164.3958333333"))));
        return withPeriod(sheets);
    }

    @Test
    void threeMistakesOnThreeSheetsAreReportedInOneRunInEnglish() throws Exception {
        WorkbookException e = refusal(threeMistakes(), Locale.ENGLISH);

        assertThat(e.getMessage()).isEqualTo("""
                青溪区.xlsx!人员!C3: 性别: unknown value "F" (expected 女, 男)
                青溪区.xlsx!职务!C2: 职务: a formula is not accepted in an input cell ("=\\"主席\\""): type the value itself
                青溪区.xlsx!活动!D2: 日期: a date with a time of day (2018-03-05 09:30): enter the day only""");
        assertThat(e.workbookProblems()).extracting(WorkbookException.Problem::place)
                .containsExactly("青溪区.xlsx!人员!C3", "青溪区.xlsx!职务!C2", "青溪区.xlsx!活动!D2");
        assertThat(e.stopped()).isFalse();
        assertThat(e.sheet()).isEqualTo("人员");
        assertThat(e.cell()).isEqualTo("C3");
    }

    @Test
    void theSameMistakesInChineseWithTheWorkbooksOwnSheetAndColumnNames() throws Exception {
        WorkbookException e = refusal(threeMistakes(), ZH);

        assertThat(e.getMessage()).isEqualTo("""
                青溪区.xlsx!人员!C3: 性别: 未知的取值 "F"（应为 女、男）
                青溪区.xlsx!职务!C2: 职务: 输入单元格不接受公式（"=\\"主席\\""）：请直接填写取值
                青溪区.xlsx!活动!D2: 日期: 日期带有时刻（2018-03-05 09:30）：只填日期""");
        assertThat(e.problem()).isEqualTo("未知的取值 \"F\"（应为 女、男）");
        assertThat(e.message(Locale.ENGLISH)).as("the same problems in the other language")
                .startsWith("青溪区.xlsx!人员!C3: 性别: unknown value \"F\" (expected 女, 男)\n");
    }

    @Test
    void aWorkbookWithManyMistakesStopsAtAHundredAndSaysSo() throws Exception {
        List<List<Object>> people = new ArrayList<>();
        people.add(new ArrayList<>(List.of("编号", "性别")));
        for (int i = 1; i <= 150; i++) {
            people.add(new ArrayList<>(List.of("p" + i, "F")));
        }
        WorkbookException e = refusal(withPeriod(Map.of("人员", people)), ZH);

        assertThat(e.workbookProblems()).hasSize(WorkbookException.MAX_PROBLEMS);
        assertThat(e.stopped()).isTrue();
        List<String> lines = e.getMessage().lines().toList();
        assertThat(lines).hasSize(WorkbookException.MAX_PROBLEMS + 1);
        assertThat(lines.get(99)).startsWith("青溪区.xlsx!人员!B101: 性别: ");
        assertThat(lines.get(100)).isEqualTo("青溪区.xlsx: 已发现 100 个问题，停止读取；请先改正这些问题，再检查其余部分");
    }

    @Test
    void aSpaceAtTheEdgeOfAnIdIsNamedAtItsCell() throws Exception {
        byte[] wb = withPeriod(Map.of(
                "人员", rows(List.of("编号", "性别"), List.of("p1 ", "女"), List.of(" p2", "女"), List.of(" p3 ", "女")),
                "职务", rows(List.of("人员编号", "组织编号", "职务"), List.of("p1", "d ", "主席"))));

        assertThat(refusal(wb, ZH).getMessage()).isEqualTo("""
                青溪区.xlsx!人员!A2: 编号: 编号 "p1 " 末尾有空格：请删除，否则引用该编号的记录找不到它
                青溪区.xlsx!人员!A3: 编号: 编号 " p2" 开头有空格：请删除，否则引用该编号的记录找不到它
                青溪区.xlsx!人员!A4: 编号: 编号 " p3 " 开头和末尾都有空格：请删除，否则引用该编号的记录找不到它
                青溪区.xlsx!职务!B2: 组织编号: 编号 "d " 末尾有空格：请删除，否则引用该编号的记录找不到它""");
        assertThat(refusal(wb, Locale.ENGLISH).workbookProblems().get(0).line(Locale.ENGLISH)).isEqualTo("青溪区.xlsx!人员!A2: 编号: "
                + "the id \"p1 \" ends with a space: delete it, or the records that refer to this id will not find it");
    }

    @Test
    void spacesInANameAreKept() throws Exception {
        byte[] wb = withPeriod(Map.of("人员", rows(List.of("编号", "姓名"), List.of("p1", " 李娟 "))));

        assertThat(DistrictWorkbook.readContents(wb, "青溪区.xlsx", ZH).data().people().get(0).name()).isEqualTo(" 李娟 ");
    }

    @Test
    void aTimeOfDayWithSecondsShowsThem() throws Exception {
        // 45717 is 2025-03-01; 0.5 + 1/86400 is 12:00:01
        BigDecimal serial = new BigDecimal(45717).add(new BigDecimal("0.5")).add(BigDecimal.ONE.divide(new BigDecimal(86400),
                12, java.math.RoundingMode.HALF_UP));
        byte[] wb = withPeriod(Map.of("活动", rows(List.of("编号", "日期"), List.of("a1", serial))));

        assertThat(refusal(wb, ZH).problem()).isEqualTo("日期带有时刻（2025-03-01 12:00:01）：只填日期");
    }

    @Test
    void anOpenDocumentSpreadsheetGetsOneLineSayingToSaveItAsXlsx() throws Exception {
        byte[] ods = openDocument();

        assertThat(refusal(ods, ZH).getMessage())
                .isEqualTo("青溪区.xlsx: 这是 OpenDocument 电子表格（.ods）：请另存为 Excel 工作簿（.xlsx）");
        assertThat(refusal(ods, Locale.ENGLISH).getMessage())
                .isEqualTo("青溪区.xlsx: an OpenDocument spreadsheet (.ods): save it as an Excel workbook (.xlsx)");
        assertThat(new XlsxFormat().recognises(ods)).as("handed to the workbook reader, which says what to do").isTrue();
    }

    @Test
    void anOldExcelWorkbookGetsOneLineSayingToSaveItAsXlsx() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThat(refusal(xls, ZH).getMessage())
                .isEqualTo("青溪区.xlsx: 这是 Excel 97-2003 工作簿（.xls）或设有密码的工作簿：请另存为不设密码的 Excel 工作簿（.xlsx）");
    }

    /** An .ods as LibreOffice writes it: first an unpacked {@code mimetype} entry. */
    private static byte[] openDocument() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void everyMessageHasBothLanguagesWithTheSamePlaceholders() {
        assertThat(Message.keys("zh")).isEqualTo(Message.keys("en")).isNotEmpty();
        Pattern placeholder = Pattern.compile("\\{\\d+}");
        for (String key : Message.keys("en")) {
            String en = Message.of(key, "{0}", "{1}", "{2}").in(Locale.ENGLISH);
            String zh = Message.of(key, "{0}", "{1}", "{2}").in(ZH);
            assertThat(placeholders(placeholder.matcher(zh))).as(key).isEqualTo(placeholders(placeholder.matcher(en)));
        }
    }

    @Test
    void noChineseMessageHoldsAnEnglishSentence() {
        // Names of programs and formats, parts of the file and the values a cell may hold stay as they are.
        Pattern allowed = Pattern.compile("Excel|OpenDocument|ActiveX|xl/\\w+\\.xml|\\.xlsx?|\\.ods|YYYY-MM-DD|TRUE|FALSE|\\{\\d}");
        for (String key : Message.keys("zh")) {
            String zh = allowed.matcher(Message.of(key, "{0}", "{1}", "{2}").in(ZH)).replaceAll("");
            assertThat(zh).as(key).doesNotContainPattern("[A-Za-z]{2,}");
        }
    }

    private static List<String> placeholders(Matcher m) {
        return m.results().map(r -> r.group()).sorted().toList();
    }
}
