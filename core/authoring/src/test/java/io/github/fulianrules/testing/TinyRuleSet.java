package io.github.fulianrules.testing;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.authoring.ModelCompiler;
import io.github.fulianrules.internal.RuleBundle;
import io.github.fulianrules.lint.RuleSetDirectory;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rule set of one requirement, FL-1.1a (reform reports to the district party committee ≥
 * {@code reformReportsPerYear}), small enough to compile in a few seconds: the tests of the
 * authoring tools and of the engine behind them write it to a directory, change one file and load
 * or lint it. {@link #files()} gives the files by name, to be edited before {@link #writeTo}.
 */
public final class TinyRuleSet {
    /** The requirement's rule file. */
    public static final String DRL = "reports.drl";

    public static final String RULE = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            rule "FL-1.1a The district federation reports the reform's progress to the district party committee"
                @requirement("FL-1.1a") @clause("二(一)1") @strength("SHOULD")
            when
                $p : AssessmentPeriod()
                Federation(level == Level.DISTRICT, $id : id)
                Param(name == "reformReportsPerYear", $min : value)
                accumulate(Activity(subjectId == $id, type == ActivityType.REFORM_REPORT, $p.contains(date)); $n : count())
            then
                insertLogical(Assessment.atLeast("FL-1.1a", $id, SubjectType.DISTRICT_FEDERATION, $n, $min));
            end
            """;

    public static final String CATALOGUE = """
            requirements:
              - id: FL-1.1a
                clause: "二(一)1"
                strength: SHOULD
                subject: "district WF"
                sourceWords: "区妇联定期向区委汇报改革工作推进情况"
                check: "reform-progress reports to the district party committee in the period ≥ `reformReportsPerYear`"
            """;

    public static final String PARAMETERS = """
            parameters:
              - name: reformReportsPerYear
                unit: reports
                clause: "二(一)1"
                description: "half-yearly assumed"
                values:
                  - {from: 2018-01-01, value: 2}
            """;

    public static final String MESSAGES_EN = """
            FL-1.1a.message=The district federation reported {measured} {measured|time|times}, fewer than the {required} required
            FL-1.1a.remedy={gap} more {gap|report|reports} needed
            """;

    public static final String MESSAGES_ZH = """
            FL-1.1a.message=区妇联本期向区委汇报 {measured} 次，少于要求的 {required} 次
            FL-1.1a.remedy=还需汇报 {gap} 次
            """;

    private TinyRuleSet() {
    }

    /** The rule set's files by name, in a map the caller may change before writing. */
    public static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DRL, RULE);
        files.put("catalogue.yaml", CATALOGUE);
        files.put("parameters.yaml", PARAMETERS);
        files.put("messages_en.properties", MESSAGES_EN);
        files.put("messages_zh.properties", MESSAGES_ZH);
        return files;
    }

    /** Writes the files (UTF-8) into {@code dir} and returns it. */
    public static Path writeTo(Path dir, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the unchanged rule set into {@code dir}. */
    public static Path writeTo(Path dir) {
        return writeTo(dir, files());
    }

    /** The engine of {@code files}, written into {@code dir} and compiled. */
    public static FulianRules engine(Path dir, Map<String, String> files) {
        return FulianRules.builder().rulesFrom(writeTo(dir, files)).build();
    }

    /**
     * The engine of {@code files}, written into {@code dir} and compiled, though lint refuses them:
     * loaded as a bundle made by hand, which only the verifier checks. For the explanations of
     * mistakes that no directory or built bundle would load with.
     */
    public static FulianRules engineLintRefuses(Path dir, Map<String, String> files) {
        RuleSetDirectory read = RuleSetDirectory.read(writeTo(dir, files));
        Map<String, byte[]> bundled = new TreeMap<>(read.files());
        read.sources().forEach(s -> bundled.put(s.file(), s.text().getBytes(StandardCharsets.UTF_8)));
        Path jar = dir.resolveSibling(dir.getFileName() + ".jar");
        try {
            new RuleBundle(ModelCompiler.compile(dir, read.sources()), bundled).write(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FulianRules.builder().rulesFrom(jar).build();
    }

    /** The engine of the unchanged rule set, written into {@code dir} and compiled. */
    public static FulianRules engine(Path dir) {
        return engine(dir, files());
    }

    /** A district of 2025 whose federation {@code d} made {@code reports} reform reports in the year. */
    public static DistrictData district(int reports) {
        DistrictData.Builder district = DistrictData.builder(AssessmentPeriod.year(2025))
                .add(new Federation("d", Level.DISTRICT, "区妇联", null, 100_000));
        for (int i = 0; i < reports; i++) {
            district.add(new Activity("a" + i, ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 3, 1 + i), null));
        }
        return district.build();
    }
}
