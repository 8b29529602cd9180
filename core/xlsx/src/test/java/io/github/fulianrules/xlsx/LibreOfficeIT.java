package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.facts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the tool writes, opened by a real spreadsheet program: headless LibreOffice converts the
 * template, the sample workbook and a report, and the cells it reads back are checked. Runs in the
 * {@code libreoffice} profile, active where {@code /usr/bin/soffice} exists (Debian package
 * {@code libreoffice-calc}); each test that passes adds a line to {@code target/libreoffice-it.ran},
 * which CI checks for, so that the test cannot silently not run there.
 */
class LibreOfficeIT {
    /** CSV export of every sheet, UTF-8, cells as shown: one file per sheet, {@code NAME-SHEET.csv}. */
    private static final String ALL_SHEETS_AS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

    private static Path dir;
    private static Path target;

    @BeforeAll
    static void workDirectory() throws IOException {
        target = Path.of(System.getProperty("marker.dir", "target"));
        dir = Files.createDirectories(target.resolve("libreoffice-it"));
    }

    /** Runs soffice headless with a profile of its own (other soffice processes on the machine are left alone). */
    private static void soffice(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("soffice finished in 5 minutes").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }

    private static List<String> csv(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static void passed(String test) throws IOException {
        Files.writeString(target.resolve("libreoffice-it.ran"), test + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void libreOfficeReadsTheTemplatesSheetsAndHeaders() throws Exception {
        Path template = dir.resolve("台账模板.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            DistrictWorkbook.template("zh", out);
        }

        soffice("--convert-to", ALL_SHEETS_AS_CSV, template.getFileName().toString());

        assertThat(csv(dir.resolve("台账模板-人员.csv")).get(0))
                .isEqualTo("编号,姓名,性别,优秀代表,所在党政领导班子,所在社区两委,职级,实职");
        assertThat(csv(dir.resolve("台账模板-考核期.csv")).get(0)).isEqualTo("名称,开始日期,结束日期");
        assertThat(csv(dir.resolve("台账模板-选项.csv")).get(1)).startsWith("是,");
        assertThat(String.join("\n", csv(dir.resolve("台账模板-说明.csv")))).contains("常住妇女人数,,整数,二(四)1");
        passed("template");
    }

    @Test
    void aWorkbookSavedByLibreOfficeReadsAsTheSameDistrict() throws Exception {
        DistrictData sample = Workbooks.sample();
        Path ours = dir.resolve("sample.xlsx");
        try (OutputStream out = Files.newOutputStream(ours)) {
            DistrictWorkbook.write(sample, "青溪区", "zh", out);
        }
        Path saved = Files.createDirectories(dir.resolve("saved"));

        // Opened and saved again by LibreOffice: its own shared strings, styles, dates and validations.
        soffice("--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved.toString(), ours.getFileName().toString());

        Path resaved = saved.resolve("sample.xlsx");
        assertThat(facts(DistrictWorkbook.read(resaved))).isEqualTo(facts(sample));
        assertThat(Workbooks.part(Files.readAllBytes(resaved), "xl/worksheets/sheet4.xml")).contains("<dataValidation ");
        passed("resaved sample");
    }

    @Test
    void libreOfficeShowsTheReportsCells() throws Exception {
        FulianRules engine = FulianRules.bundled();
        Report report = engine.evaluate(Workbooks.sample());
        Path xlsx = dir.resolve("报告.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            ReportWorkbook.write(report, engine.catalogue(), "zh", out);
        }

        soffice("--convert-to", ALL_SHEETS_AS_CSV, xlsx.getFileName().toString());

        List<String> findings = csv(dir.resolve("报告-发现.csv"));
        assertThat(findings).hasSize(report.findings().size() + 1);
        assertThat(findings.get(0)).startsWith("要求编号,条款,类别,已豁免,对象类型,对象编号,对象名称,实测,要求,差距,问题");
        var first = report.findings().get(0);
        assertThat(findings.get(1)).startsWith(first.requirementId() + "," + first.clause() + ",");
        List<String> scorecard = csv(dir.resolve("报告-记分卡.csv"));
        assertThat(scorecard).hasSize(report.scorecard().overall().requirements().size() + 2);
        String fl41e = scorecard.stream().filter(l -> l.startsWith("FL-4.1e,")).findFirst().orElseThrow();
        var score = report.scorecard().overall().requirements().get("FL-4.1e");
        assertThat(fl41e).endsWith("," + score.checked() + "," + score.met() + "," + score.waived() + ","
                + score.unmet() + "," + String.format(java.util.Locale.ROOT, "%.1f%%", score.ratePercent()));
        assertThat(csv(dir.resolve("报告-按组织.csv"))).anyMatch(l -> l.contains(",qx-qh,"));
        passed("report");

        picture(xlsx);
    }

    /**
     * The report printed by LibreOffice (to PDF): every page across (landscape), and on the pages of
     * the 发现 sheet each finding's 问题 and 整改建议 on the page of its subject, the findings in order:
     * the sheet is printed one page wide, so that a row is never cut between pages.
     */
    @Test
    void theReportWorkbookPrintsAcrossWithEachFindingWhole() throws Exception {
        FulianRules engine = FulianRules.bundled();
        Report report = engine.evaluate(Workbooks.sample());
        Path xlsx = dir.resolve("打印.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            ReportWorkbook.write(report, engine.catalogue(), "zh", out);
        }

        soffice("--convert-to", "pdf", xlsx.getFileName().toString());

        Path pdf = dir.resolve("打印.pdf");
        List<String> sizes = run("pdfinfo", "-f", "1", "-l", "9999", pdf.toString()).lines()
                .filter(l -> l.matches("Page +\\d+ size:.*")).toList();
        assertThat(sizes).isNotEmpty();
        for (String size : sizes) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("size: +([\\d.]+) x ([\\d.]+)").matcher(size);
            assertThat(m.find()).as(size).isTrue();
            assertThat(Double.parseDouble(m.group(1))).as("landscape: %s", size).isGreaterThan(Double.parseDouble(m.group(2)));
        }
        // Pages as pdftotext lays them out, without spaces: a wrapped cell's first line stays whole.
        List<String> pages = java.util.Arrays.stream(run("pdftotext", "-layout", pdf.toString(), "-").split("\f"))
                .map(p -> p.replaceAll("\\s+", "")).toList();
        // The words of each page with where they stand: the text of a column, its cells' lines in order.
        List<List<Word>> words = words(run("pdftotext", "-bbox", pdf.toString(), "-"));
        int page = 0;
        for (var f : report.findings()) {
            String message = compact(f.message() == null ? null : f.message().in("zh"));
            String remedy = compact(f.remedy() == null ? null : f.remedy().in("zh"));
            int from = page;
            while (page < pages.size() && !(pages.get(page).contains(f.subjectId())
                    && pages.get(page).contains(message.substring(0, Math.min(6, message.length())))
                    && pages.get(page).contains(remedy.substring(0, Math.min(6, remedy.length())))
                    && column(words.get(page), "问题", "整改建议").contains(message)
                    && column(words.get(page), "整改建议", "强度").contains(remedy))) {
                page++;
            }
            assertThat(page).as("a page from %d with %s's subject %s, 问题 %s and 整改建议 %s, whole", from + 1,
                    f.requirementId(), f.subjectId(), message, remedy).isLessThan(pages.size());
            assertThat(pages.get(page)).as("the header row on page %d", page + 1).contains("要求编号条款类别已豁免");
        }
        passed("printed report");
    }

    /** A text without spaces. */
    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    /** A word of a PDF page and where it starts. */
    private record Word(double x, double y, String text) {
    }

    /** The words of each page of {@code pdftotext -bbox} output. */
    private static List<List<Word>> words(String bbox) {
        List<List<Word>> pages = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\"[^>]*>([^<]*)</word>").matcher(bbox);
        while (m.find()) {
            if (m.group(1) == null) {
                pages.add(new ArrayList<>());
            } else {
                pages.get(pages.size() - 1).add(new Word(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        m.group(3).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")));
            }
        }
        return pages;
    }

    /**
     * The text of the column headed {@code header} on a page, up to the column headed {@code next},
     * line by line from the top (words less than 2 points apart in height on one line, left to
     * right), without spaces: a wrapped cell's lines one after the other.
     */
    private static String column(List<Word> page, String header, String next) {
        double from = page.stream().filter(w -> w.text().equals(header)).mapToDouble(Word::x).findFirst().orElse(-1);
        double to = page.stream().filter(w -> w.text().equals(next)).mapToDouble(Word::x).findFirst().orElse(-1);
        List<Word> column = page.stream().filter(w -> w.x() >= from - 0.5 && w.x() < to - 0.5 && !w.text().equals(header))
                .sorted(java.util.Comparator.comparingDouble(Word::y)).toList();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < column.size(); ) {
            double top = column.get(i).y();
            int end = i;
            while (end < column.size() && column.get(end).y() - top < 2) {
                end++;
            }
            column.subList(i, end).stream().sorted(java.util.Comparator.comparingDouble(Word::x)).forEach(w -> s.append(w.text()));
            i = end;
        }
        return s.toString();
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** The report's first page as LibreOffice prints it, as a PNG for the README, where pdftoppm is installed. */
    private static void picture(Path xlsx) throws Exception {
        soffice("--convert-to", "pdf", xlsx.getFileName().toString());
        if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    dir.resolve("报告.pdf").toString(), target.resolve("report-workbook").toString())
                    .redirectErrorStream(true).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(target.resolve("report-workbook.png")).exists();
        }
    }
}
