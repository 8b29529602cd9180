package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * One language for a whole run, Chinese or English: the help of every command, the usage errors,
 * the lines the commands print. The bundles hold every sentence in both.
 */
class CliLanguageTest {
    private static final Map<String, String> ZH = Map.of("LANG", "zh_CN.UTF-8");
    private static final Map<String, String> EN = Map.of("LANG", "C");
    /** A Chinese character or full-width punctuation. */
    private static final Pattern CHINESE = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
    /** A word: letters, with what a code, a file name or an option carries inside it. */
    private static final Pattern WORD = Pattern.compile("[-.]*[A-Za-z][A-Za-z0-9@/._=|+-]*");
    /** Names, not English: products and formats a Chinese reader reads as they are. */
    private static final Set<String> NAMES = Set.of("fulian-rules", "Excel", "JUnit", "Ctrl-C", "JSON lines", "id");

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(env, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theLanguageIsTheArgumentsElseTheLocalesElseEnglish() {
        assertThat(Language.of(List.of("check", "f.json"), Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Language.ZH);
        assertThat(Language.of(List.of(), Map.of("LC_ALL", "zh_TW.UTF-8", "LANG", "C"))).isEqualTo(Language.ZH);
        assertThat(Language.of(List.of(), Map.of("LC_ALL", "", "LANG", "C.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.of(List.of(), Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8"))).isEqualTo(Language.EN);
        java.util.Locale before = java.util.Locale.getDefault();
        try {   // neither LC_ALL nor LANG, as on Windows: the JVM's own locale
            java.util.Locale.setDefault(java.util.Locale.US);
            assertThat(Language.of(List.of(), Map.of())).isEqualTo(Language.EN);
            java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
            assertThat(Language.of(List.of(), Map.of())).isEqualTo(Language.ZH);
            assertThat(Language.of(List.of(), Map.of("LANG", "C"))).isEqualTo(Language.EN);
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertThat(Language.of(List.of("check", "f.json", "--lang", "en"), ZH)).isEqualTo(Language.EN);
        assertThat(Language.of(List.of("--lang=ZH", "check", "f.json"), EN)).isEqualTo(Language.ZH);
        // A value that is no language is picocli's to refuse, in the locale's language; after -- nothing is an option.
        assertThat(Language.of(List.of("check", "--lang", "fr"), ZH)).isEqualTo(Language.ZH);
        assertThat(Language.of(List.of("check", "--", "--lang", "en"), ZH)).isEqualTo(Language.ZH);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everySentenceIsInBothLanguagesWithTheSamePlaceholders(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties zh = load(bundle + "_zh.properties");

        assertThat(zh.stringPropertyNames()).as(bundle).isEqualTo(en.stringPropertyNames());
        assertThat(load(bundle + "_en.properties")).as("English is the base bundle").isEmpty();
        List<String> notChinese = new ArrayList<>();
        List<String> notEnglish = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            String chinese = zh.getProperty(key);
            if (!CHINESE.matcher(chinese).find() && !isCode(chinese)) {
                notChinese.add(key + " = " + chinese);
            }
            if (CHINESE.matcher(english).find()) {
                notEnglish.add(key + " = " + english);
            }
            if (bundle.endsWith("Messages") && placeholders(english) != placeholders(chinese)) {
                placeholders.add(key);
            }
        }
        assertThat(notChinese).as("zh values without a Chinese word").isEmpty();
        assertThat(notEnglish).as("en values with Chinese").isEmpty();
        assertThat(placeholders).as("keys whose {n} differ between the languages").isEmpty();
    }

    static Stream<String> bundles() {
        return Stream.of(Language.MESSAGES, Language.HELP).map(b -> b.substring(b.lastIndexOf('.') + 1));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Language.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** A value that is a code alone (a label, a heading's line breaks): no prose to put in Chinese. */
    private static boolean isCode(String value) {
        return value.replace("%n", "").isBlank();
    }

    /** How many arguments {@code pattern} takes: its highest {@code {n}} and one. */
    private static int placeholders(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    /** Every command's name: the root's and its subcommands'. */
    static Stream<String> commands() {
        return Stream.concat(Stream.of(""), Main.COMMANDS.stream()
                .map(c -> c.getAnnotation(Command.class).name()));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theHelpOfEveryCommandIsChineseUnderAChineseLocale(String command) {
        Run run = run(ZH, command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"});

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("用法：fulian-rules").contains("选项：").contains("显示本帮助后退出。")
                .contains("输出的语言").doesNotContain("Usage").doesNotContain("Options");
        assertThat(englishWords(run.out(), allowed(command))).as(run.out()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theHelpOfEveryCommandIsEnglishUnderTheCLocale(String command) {
        Run run = run(EN, command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"});

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: fulian-rules").contains("Options:").contains("Show this help message and exit.");
        assertThat(CHINESE.matcher(run.out()).find()).as(run.out()).isFalse();
    }

    @Test
    void langAnywhereOnTheLineDecidesTheHelpsLanguage() {
        assertThat(run(EN, "check", "--help", "--lang", "zh").out()).startsWith("用法：");
        assertThat(run(ZH, "--lang=en", "check", "--help").out()).startsWith("Usage:");
    }

    @Test
    void exitCodesAreHeadedWhereACommandHasThem() {
        assertThat(run(ZH, "check", "--help").out()).contains("退出码：");
        assertThat(run(ZH, "lint", "--help").out()).doesNotContain("退出码：");
        assertThat(run(EN, "lint", "--help").out()).doesNotContain("Exit codes:");
    }

    /** The words of {@code text} that are neither Chinese, nor a name, nor what the command line itself says. */
    private static List<String> englishWords(String text, Set<String> allowed) {
        List<String> english = new ArrayList<>();
        // Picocli wraps long lines, at a full stop too: a file name broken after its dot is one word.
        String rest = text.replaceAll("\\.\\R\\s+", ".").replaceAll("\\s+", " ");
        for (String name : NAMES) {
            rest = rest.replace(name, " ");
        }
        Matcher m = WORD.matcher(rest);
        while (m.find()) {
            String word = m.group().replaceAll("[.]$", "");
            // A metavariable or an acronym (FILE, JSON, UTF-8), an option, a file, path or code (.jsonl, FL-2.3c), a value to type.
            boolean code = word.length() < 2 || word.equals(word.toUpperCase(Locale.ROOT))
                    || word.matches("[-.].*|.*[@/._=|+].*") || allowed.contains(word);
            if (!code) {
                english.add(word);
            }
        }
        return english;
    }

    /**
     * What a command's help may show as it is: the commands' names and the values its options take
     * (their labels' parts), which a reader types.
     */
    private static Set<String> allowed(String command) {
        Set<String> allowed = new HashSet<>(commands().filter(c -> !c.isEmpty()).toList());
        List<Class<?>> classes = new ArrayList<>(List.of(Main.class, RuleSetOption.class));
        classes.addAll(Main.COMMANDS);
        for (Class<?> c : classes) {
            for (var field : c.getDeclaredFields()) {
                Option option = field.getAnnotation(Option.class);
                Parameters parameters = field.getAnnotation(Parameters.class);
                String label = option != null ? option.paramLabel() : parameters != null ? parameters.paramLabel() : "";
                allowed.addAll(List.of(label.split("[|=]")));
            }
        }
        allowed.addAll(List.of("text", "json", "html", "csv", "xlsx", "sarif", "junit", "violation", "warning", "never",
                "requirement", "subject", "new", "full", "small"));
        return allowed;
    }

    @Test
    void usageErrorsAreInTheRunsLanguage() {
        Run noCommandZh = run(ZH);
        Run noCommandEn = run(EN);
        Run unknownZh = run(ZH, "chek");
        Run missingZh = run(ZH, "build", "rules");
        Run invalidZh = run(ZH, "check", "d.json", "--format", "xml");
        Run invalidEn = run(EN, "check", "d.json", "--format", "xml");
        Run formatZh = run(ZH, "test", "scenarios", "--format", "xml");

        assertThat(noCommandZh.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(noCommandZh.err()).startsWith("需要给出一个命令，例如 check FILE\n用法：fulian-rules");
        assertThat(noCommandEn.err()).startsWith("a command is needed, e.g. check FILE\nUsage: fulian-rules");
        assertThat(unknownZh.err()).startsWith("未知的选项或参数：'chek'\n是否想输入：check");
        assertThat(missingZh.err()).startsWith("缺少必需的选项或参数：--out\n用法：fulian-rules build");
        assertThat(invalidZh.err()).startsWith("--format 的值“xml”无效（应为 text|json|html|csv|xlsx）\n用法：");
        assertThat(invalidEn.err()).startsWith("Invalid value for option '--format'").contains("Usage: fulian-rules check");
        assertThat(formatZh.err()).startsWith("--format 只能是 text 或 junit，不能是 xml\n用法：");
        assertThat(List.of(unknownZh, missingZh, invalidZh, invalidEn, formatZh)).allSatisfy(r ->
                assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT));
    }

    @Test
    void theCommandsLinesAreInTheRunsLanguage(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("mine.txt"), "kept");

        Run exportZh = run(ZH, "export", rules.toString());
        Run exportEn = run(EN, "export", rules.toString());
        Run setZh = run(ZH, "impact", "d.json", "--set", "communityExecutiveFloor");
        Run timeoutZh = run(ZH, "rules", "--timeout", "0");
        Run timeoutEn = run(EN, "rules", "--timeout", "0");
        Run xlsxZh = run(ZH, "check", "d.json", "--format", "xlsx");
        Run noFileZh = run(ZH, "diff", dir.resolve("before.jsonl").toString(), dir.resolve("after.jsonl").toString());

        assertThat(exportZh.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(exportZh.err()).startsWith("fulian-rules：" + rules + " 中已有文件，导出会覆盖它们");
        assertThat(exportEn.err()).startsWith("fulian-rules: " + rules + " holds files already");
        assertThat(setZh.err()).isEqualTo("fulian-rules：--set communityExecutiveFloor：应为 名称=值，例如 communityExecutiveFloor=17\n");
        assertThat(timeoutZh.err()).isEqualTo("fulian-rules：--timeout 至少为 1 秒：0\n");
        assertThat(timeoutEn.err()).isEqualTo("fulian-rules: --timeout must be at least 1 second: 0\n");
        assertThat(xlsxZh.err()).startsWith("--format xlsx 写出的是工作簿：请给 --out FILE.xlsx\n用法：");
        assertThat(noFileZh.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(noFileZh.err()).startsWith(dir.resolve("before.jsonl").toString()).contains("没有这个文件");
        assertThat(Main.exhausted(new OutOfMemoryError(), Language.ZH)).startsWith("fulian-rules：内存不足");
    }
}
