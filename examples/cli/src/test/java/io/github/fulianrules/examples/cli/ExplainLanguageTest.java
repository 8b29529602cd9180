package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} on the sample district as an analyst reads it, in Chinese and in English: the
 * subjects by name and id, the facts that decided as sentences (no record as Java prints it), and
 * the data finding a check was left to.
 */
class ExplainLanguageTest {
    private static final String SAMPLE = "../sample/district.json";
    /** A record as Java prints it: {@code Tally[subjectId=qx, …]}, {@code Param[name=…]}. */
    private static final String RECORD_DUMP = "[A-Z][A-Za-z]+\\[[a-zA-Z]+=";
    /** Three English words in a row. */
    private static final String ENGLISH_WORDS = "[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}";

    private static String explain(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "explain";
        System.arraycopy(args, 0, command, 1, args.length);
        CliRun run = CliRun.of(command);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    /** The text without what stays as written in either language: rule names (quoted), DRL conditions and file places. */
    private static String withoutNamesAndCode(String zh) {
        return zh.replaceAll("“[^”]*”", "“”").replaceAll("(?m)：.*\\(.*\\)$", "：")
                .replaceAll("[\\w./-]+\\.drl:\\d+(:\\d+)?", "");
    }

    @Test
    void aShareOfTheDistrictIsExplainedInSentencesInChineseAndInEnglish() {
        String zh = explain(SAMPLE, "FL-2.1b", "qx", "--lang", "zh");
        String en = explain(SAMPLE, "FL-2.1b", "qx", "--lang", "en");

        assertThat(zh).startsWith("FL-2.1b：青溪区妇联（qx）未达标。实测 13/40，要求 40%；由规则“FL-2.1b ")
                .contains("  判定所依据的事实：\n")
                .contains("    - 参数 executiveShareMin 为 40%（条款 二(二)1）\n")
                .contains("    - 青溪区妇联（qx）的执委会委员共 40 人\n")
                .contains("    - 青溪区妇联（qx）的执委会委员中女性优秀代表 13 人\n")
                .doesNotContainPattern(RECORD_DUMP).doesNotContain("Tally").doesNotContain("Param");
        assertThat(withoutNamesAndCode(zh)).doesNotContainPattern(ENGLISH_WORDS);
        assertThat(en).startsWith("FL-2.1b on 青溪区妇联 (qx): not met. Measured 13/40, required 40%; decided by rule \"FL-2.1b ")
                .contains("    - the parameter executiveShareMin is 40% (clause 二(二)1)\n")
                .contains("    - 青溪区妇联 (qx) has 40 counted as executive-committee member\n")
                .doesNotContainPattern(RECORD_DUMP);
    }

    @Test
    void aCadresDaysAreExplainedWithHerNameAndId() {
        String zh = explain(SAMPLE, "FL-3.1a", "p-0003", "--lang", "zh");
        String en = explain(SAMPLE, "FL-3.1a", "p-0003", "--lang", "en");

        assertThat(zh).startsWith("FL-3.1a：马丽华（p-0003）未达标。实测 75，要求 90；")
                .contains("    - 考核期为 2025-01-01 至 2025-12-31\n")
                .contains("    - 马丽华（p-0003）登记为青溪区妇联（qx）领导干部\n")
                .contains("    - 参数 daysPerMonth 为 30 天")
                .contains("    - 马丽华（p-0003）考核期内深入基层调研和开展妇女工作共 75 天\n")
                .doesNotContainPattern(RECORD_DUMP);
        assertThat(withoutNamesAndCode(zh)).doesNotContainPattern(ENGLISH_WORDS);
        assertThat(en).startsWith("FL-3.1a on 马丽华 (p-0003): not met. Measured 75, required 90;")
                .contains("    - days of grassroots research and women's work of 马丽华 (p-0003) in the period: 75\n")
                .doesNotContainPattern(RECORD_DUMP);
    }

    @Test
    void aCheckLeftToADataFindingSaysWhichAndWhy(@TempDir Path dir) throws IOException {
        Path district = dir.resolve("district.json");
        Files.writeString(district, Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8)
                .replace("\"name\": \"东湖街道妇联\", \"parentId\": \"qx\", \"residentWomen\": 45000",
                        "\"name\": \"东湖街道妇联\", \"parentId\": \"qx\""), StandardCharsets.UTF_8);

        String zh = explain(district.toString(), "FL-4.1e", "qx-dh", "--lang", "zh");
        String en = explain(district.toString(), "FL-4.1e", "qx-dh", "--lang", "en");
        String every = explain(district.toString(), "FL-4.1e", "--lang", "zh");

        assertThat(zh.lines().limit(2)).containsExactly("FL-4.1e 对东湖街道妇联（qx-dh）的检查交给了数据问题：",
                "    - MISSING_POPULATION：东湖街道妇联未登记辖区常住妇女人口，无法判断 FL-4.1e");
        assertThat(withoutNamesAndCode(zh)).doesNotContainPattern(ENGLISH_WORDS).doesNotContainPattern(RECORD_DUMP);
        assertThat(en).startsWith("FL-4.1e on 东湖街道妇联 (qx-dh) was left to a data finding:\n    - MISSING_POPULATION: ");
        assertThat(every).contains("FL-4.1e：柳岸街道妇联（qx-la）达标。")
                .contains("FL-4.1e 对东湖街道妇联（qx-dh）的检查交给了数据问题：\n    - MISSING_POPULATION：");
    }
}
