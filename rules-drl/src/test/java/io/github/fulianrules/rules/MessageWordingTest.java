package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.BasicService;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.GroupSetting;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.rulesupport.SubjectType;
import io.github.fulianrules.scenario.Scenario;
import io.github.fulianrules.scenario.ScenarioFiles;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every message and remedy the bundled rules write over the whole scenario suite reads as text a civil
 * servant would sign: no constant of the input format (an enum value, a field name) inside the Chinese
 * or the English, no "null", no placeholder left unfilled, no doubled or empty punctuation, Chinese
 * quotation marks and punctuation in Chinese. Ids of the scenario's records, names, requirement IDs,
 * parameter names, dates and numbers may appear.
 */
class MessageWordingTest {
    private static final Path RULES_DIR = Path.of("src/main/resources/io/github/fulianrules/rules");
    /** A run of ASCII letters, digits and the characters ids and dates are made of. */
    private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z0-9_@:.\\-]*[A-Za-z][A-Za-z0-9_@:.\\-]*");
    private static final Pattern REQUIREMENT_ID = Pattern.compile("FL-\\d\\.\\d[a-z]");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z]+[A-Z][A-Za-z]*");
    private static final Pattern ZH_DOUBLED = Pattern.compile("([，。、：；！？])\\1|）\\s*（|（）|“”|\\s[，。、：；）”]|[（“]\\s|  ");
    private static final Pattern EN_DOUBLED = Pattern.compile("\\)\\s*\\(|\\(\\)|,,|\\.\\.|::|;;|\\s[,.;:)]|\\(\\s|  |\"\"");
    private static final Pattern ZH_ASCII_PUNCTUATION = Pattern.compile("[\"(),;:!?]");

    private static final Set<String> CONSTANTS = Stream.of(ActivityType.values(), BasicService.values(), Gender.values(),
                    GroupSetting.values(), Have.values(), Level.values(), Rank.values(), Role.values(),
                    UnitType.values(), Strength.values(), SubjectType.values())
            .flatMap(Stream::of).map(Enum::name).collect(Collectors.toSet());

    private static final List<Rendered> RENDERED = new ArrayList<>();

    /** One finding of one scenario, with the words that may appear in it as they are. */
    private record Rendered(Scenario scenario, Finding finding, Set<String> allowed) {
        String where() {
            return scenario.source() + " \"" + scenario.name() + "\": " + finding.requirementId()
                    + (finding.code() == null ? "" : " " + finding.code()) + " on " + finding.subjectId();
        }
    }

    @BeforeAll
    static void renderTheSuite() throws IOException {
        FulianRules engine = Engines.bundled();
        Set<String> parameters = engine.catalogue().parameters().stream().map(Parameter::name).collect(Collectors.toSet());
        for (Scenario s : ScenarioFiles.load(ScenarioSuiteTest.SCENARIOS)) {
            FulianRules rules = s.parameters().isEmpty() ? engine : engine.withParameters(s.parameters());
            Set<String> allowed = new HashSet<>(parameters);
            collectIdsAndNames(s.given(), allowed);
            for (Finding f : rules.evaluate(s.given()).findings()) {
                RENDERED.add(new Rendered(s, f, allowed));
            }
        }
    }

    /** The values of the scenario's ids, references and names: a message may show them as they are. */
    private static void collectIdsAndNames(DistrictData given, Set<String> allowed) {
        for (Object fact : (Iterable<Object>) given.facts()::iterator) {
            RecordComponent[] components = fact.getClass().getRecordComponents();
            for (RecordComponent c : components == null ? new RecordComponent[0] : components) {
                String field = c.getName();
                if (field.equals("id") || field.endsWith("Id") || field.equals("name")
                        || field.equals("leadershipTeamOf") || field.equals("twoCommitteesOf")) {
                    Object value;
                    try {
                        value = c.getAccessor().invoke(fact);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    if (value instanceof String text) {
                        allowed.add(text);
                        Matcher words = ASCII_WORD.matcher(text);
                        while (words.find()) {
                            allowed.add(words.group());
                        }
                    }
                }
            }
        }
    }

    @Test
    void chineseTextHasNoConstantsFieldNamesOrLatinPunctuation() {
        Problems problems = new Problems();
        for (Rendered r : RENDERED) {
            for (String text : List.of(r.finding().message().zh(), r.finding().remedy().zh())) {
                Matcher words = ASCII_WORD.matcher(text);
                while (words.find()) {
                    String word = words.group();
                    if (!r.allowed().contains(word) && !REQUIREMENT_ID.matcher(word).matches()) {
                        problems.add(r, "\"" + word + "\" in " + text);
                    }
                }
                Matcher punctuation = ZH_ASCII_PUNCTUATION.matcher(withoutAllowed(text, r.allowed()));
                if (punctuation.find()) {
                    problems.add(r, "Latin \"" + punctuation.group() + "\" in " + text);
                }
            }
        }
        assertThat(problems.found).isEmpty();
    }

    @Test
    void englishTextHasNoConstantsOrFieldNames() {
        Problems problems = new Problems();
        for (Rendered r : RENDERED) {
            for (String text : List.of(r.finding().message().en(), r.finding().remedy().en())) {
                Matcher words = ASCII_WORD.matcher(text);
                while (words.find()) {
                    String word = words.group();
                    boolean constant = CONSTANT.matcher(word).matches() || CONSTANTS.contains(word);
                    if (!r.allowed().contains(word) && (constant || CAMEL_CASE.matcher(word).matches())) {
                        problems.add(r, "\"" + word + "\" in " + text);
                    }
                }
            }
        }
        assertThat(problems.found).isEmpty();
    }

    @Test
    void noTextSaysNullLeavesAPlaceholderOrDoublesItsPunctuation() {
        Problems problems = new Problems();
        for (Rendered r : RENDERED) {
            Finding f = r.finding();
            for (String text : List.of(f.message().zh(), f.remedy().zh(), f.message().en(), f.remedy().en())) {
                String own = withoutAllowed(text, r.allowed());
                if (own.contains("null") || text.contains("{") || text.contains("}") || text.isBlank()) {
                    problems.add(r, "" + text);
                }
            }
            for (String zh : List.of(f.message().zh(), f.remedy().zh())) {
                if (ZH_DOUBLED.matcher(zh).find()) {
                    problems.add(r, "doubled or empty punctuation in " + zh);
                }
            }
            for (String en : List.of(f.message().en(), f.remedy().en())) {
                if (EN_DOUBLED.matcher(en).find() || en.charAt(0) >= 'a' && en.charAt(0) <= 'z') {
                    problems.add(r, "doubled or empty punctuation, or no capital, in " + en);
                }
            }
        }
        assertThat(problems.found).isEmpty();
    }

    // ---- Revision 3: one reading of the words, in every message ----

    /** A share in a message is rounded half up to one decimal: 2 of 12 is 16.7%, never 16.6%. */
    @Test
    void sharesAreRoundedHalfUpToOneDecimal() {
        Pattern counts = Pattern.compile("(\\d+)/(\\d+)");
        Problems problems = new Problems();
        boolean sawTwoOfTwelve = false;
        for (Rendered r : RENDERED) {
            Finding f = r.finding();
            Matcher m = counts.matcher(String.valueOf(f.measured()));
            if (f.required() == null || !f.required().endsWith("%") || !m.matches() || "0".equals(m.group(2))) {
                continue;
            }
            String percent = new java.math.BigDecimal(m.group(1)).multiply(java.math.BigDecimal.valueOf(100))
                    .divide(new java.math.BigDecimal(m.group(2)), 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString() + "%";
            sawTwoOfTwelve |= "2/12".equals(f.measured());
            for (String text : List.of(f.message().zh(), f.message().en())) {
                if (!text.contains(percent)) {
                    problems.add(r, "not " + percent + " in " + text);
                }
            }
        }
        assertThat(sawTwoOfTwelve).as("the suite renders 2 of 12").isTrue();
        assertThat(problems.found).isEmpty();
    }

    /** Chinese text writes a day 2018年3月5日, never 2018-03-05. */
    @Test
    void chineseTextWritesDaysTheChineseWay() {
        Pattern isoDay = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        Problems problems = new Problems();
        boolean sawADay = false;
        for (Rendered r : RENDERED) {
            for (String text : List.of(r.finding().message().zh(), r.finding().remedy().zh())) {
                if (isoDay.matcher(withoutAllowed(text, r.allowed())).find()) {
                    problems.add(r, "an ISO day in " + text);
                }
                sawADay |= text.matches(".*\\d{4}年\\d{1,2}月\\d{1,2}日.*");
            }
        }
        assertThat(sawADay).as("the suite renders a day in Chinese").isTrue();
        assertThat(problems.found).isEmpty();
    }

    /** A congress exactly a term before the period's end has reached the term (已满), not passed it (超过). */
    @Test
    void aCongressATermBackHasReachedTheTermNotPassedIt() {
        Problems problems = new Problems();
        List<Rendered> congresses = RENDERED.stream().filter(r -> "FL-4.1d".equals(r.finding().requirementId())).toList();
        for (Rendered r : congresses) {
            String zh = r.finding().message().zh();
            String en = r.finding().message().en();
            if (zh.contains("超过") || en.contains("more than")) {
                problems.add(r, "past the term at its boundary in " + zh + " / " + en);
            }
        }
        assertThat(congresses).as("the suite renders FL-4.1d").isNotEmpty();
        assertThat(problems.found).isEmpty();
    }

    /** A remedy says how much: the catalogue names FL-4.2a, FL-2.4b and FL-2.5a, whose remedies restated the norm. */
    @Test
    void remediesSayHowMuch() {
        Problems problems = new Problems();
        Set<String> seen = new TreeSet<>();
        for (Rendered r : RENDERED) {
            Finding f = r.finding();
            if (!Set.of("FL-4.2a", "FL-2.4b", "FL-2.5a").contains(f.requirementId())) {
                continue;
            }
            seen.add(f.requirementId());
            for (String text : List.of(f.remedy().zh(), f.remedy().en())) {
                if (!withoutAllowed(text, r.allowed()).matches(".*\\d.*")) {
                    problems.add(r, "no quantity in " + text);
                }
            }
        }
        assertThat(seen).containsExactly("FL-2.4b", "FL-2.5a", "FL-4.2a");
        assertThat(problems.found).isEmpty();
    }

    /** A count of one is short, never "all in one quarter" (都集中在同一季度). */
    @Test
    void oneVisitIsNotAllInOneQuarter() {
        Problems problems = new Problems();
        for (Rendered r : RENDERED) {
            Finding f = r.finding();
            if ("1".equals(f.measured()) && (f.message().zh().contains("都集中在同一季度") || f.details().contains("ONE_QUARTER"))) {
                problems.add(r, "one visit all in one quarter: " + f.message().zh());
            }
        }
        assertThat(RENDERED).anyMatch(r -> "FL-3.2c".equals(r.finding().requirementId()) && "1".equals(r.finding().measured()));
        assertThat(problems.found).isEmpty();
    }

    /**
     * A target the catalogue assumes (parameters.yaml says "assumed": reformReportsPerYear,
     * partyStudySessionsPerYear, fieldVisitCampaignsPerYear, electionSyncToleranceDays,
     * demonstrationHomesMin) is recommended (建议), never required (要求).
     */
    @Test
    void anAssumedTargetIsRecommendedNotRequired() {
        Set<String> assumed = Set.of("FL-1.1a", "FL-1.2a", "FL-3.2c", "FL-4.2a", "FL-4.4e");
        Problems problems = new Problems();
        Set<String> seen = new TreeSet<>();
        for (Rendered r : RENDERED) {
            Finding f = r.finding();
            if (!assumed.contains(f.requirementId())) {
                continue;
            }
            seen.add(f.requirementId());
            for (String text : List.of(f.message().zh(), f.remedy().zh())) {
                if (text.contains("要求")) {
                    problems.add(r, "要求 in " + text);
                }
            }
            for (String text : List.of(f.message().en(), f.remedy().en())) {
                if (text.contains("required")) {
                    problems.add(r, "required in " + text);
                }
            }
        }
        assertThat(seen).isEqualTo(assumed);
        assertThat(problems.found).isEmpty();
    }

    /** A rule's name names the requirement and the check, not a parameter's current value, which an analyst may change. */
    @Test
    void ruleNamesSayWhatNotHowMuch() {
        Pattern amount = Pattern.compile("\\d|%|per ?cent|\\bat least (one|two|three|four|five|ten|fifteen|twenty|thirty|forty|eighty|ninety)\\b"
                + "|\\b(fifteen|twenty|thirty|forty|eighty|ninety)\\b", Pattern.CASE_INSENSITIVE);
        List<String> named = Engines.bundled().rules().stream().map(r -> REQUIREMENT_ID.matcher(r.name()).replaceAll(""))
                .filter(n -> amount.matcher(n).find()).toList();
        assertThat(named).isEmpty();
    }

    @Test
    void theSuiteRendersEveryMessageAndEveryVariant() throws IOException {
        Properties zh = new Properties();
        try (Reader in = Files.newBufferedReader(RULES_DIR.resolve("messages_zh.properties"), StandardCharsets.UTF_8)) {
            zh.load(in);
        }
        Set<String> missing = new TreeSet<>();
        for (String key : zh.stringPropertyNames()) {
            String[] parts = key.split("\\.(?=message|remedy)", 2);
            if (parts.length < 2) {
                continue;   // a token
            }
            String owner = parts[0];   // FL-4.1a or DATA.CODE
            String variant = parts[1].contains(".") ? parts[1].substring(parts[1].indexOf('.') + 1) : null;
            boolean rendered = RENDERED.stream().map(Rendered::finding).anyMatch(f -> owner.equals(
                    f.code() == null ? f.requirementId() : "DATA." + f.code())
                    && (variant == null || f.details().contains(variant)
                    || variant.equals("SWAP_ONLY") && "100%".equals(f.required())));
            if (!rendered) {
                missing.add(key);
            }
        }
        assertThat(missing).as("message keys no scenario renders").isEmpty();
    }

    /** Problems found, each text once with the first scenario that shows it. */
    private static final class Problems {
        final Map<String, String> found = new LinkedHashMap<>();

        void add(Rendered where, String problem) {
            found.putIfAbsent(problem, where.where());
        }
    }

    /** {@code text} with the allowed words (ids, names) taken out, so that their own characters are not judged. */
    private static String withoutAllowed(String text, Set<String> allowed) {
        String out = text;
        for (String word : allowed.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            out = out.replaceAll("(?<![A-Za-z0-9_@:.\\-])" + Pattern.quote(word) + "(?![A-Za-z0-9_@:\\-])", "");
        }
        return out;
    }
}
