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
        assertThat(findings.get(0)).startsWith("要求编号,条款,类别,对象类型,对象编号,对象名称,实测,要求,差距,问题");
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
