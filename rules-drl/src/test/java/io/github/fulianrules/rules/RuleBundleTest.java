package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.authoring.ModelCompiler;
import io.github.fulianrules.FulianRules;
import io.github.fulianrules.ReloadableRules;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.build.BundleBuilder;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.RuleBundle;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule bundles: a rule set built once into a jar loads without compiling and gives the reports of
 * its directory; a bundle edited after {@code build} is refused, by its hash, and a bundle whose
 * hash was made again over code the verifier refuses is refused by the verifier, at the line of
 * the DRL the bundle carries.
 */
class RuleBundleTest {
    @TempDir
    static Path exported;
    @TempDir
    static Path built;
    private static Path bundle;

    @BeforeAll
    static void buildTheExportedRules() throws IOException {
        FulianRules.exportBundledRules(exported);
        bundle = built.resolve("my-rules.jar");
        BundleBuilder.Built result = BundleBuilder.build(exported, bundle);
        assertThat(result.rules()).isEqualTo(Engines.bundled().rules().size());
        assertThat(result.sha256()).hasSize(64);
    }

    private static DistrictData district() {
        return DistrictData.builder(AssessmentPeriod.year(2025)).add(new Federation("d", Level.DISTRICT, "区妇联", null, null))
                .build();
    }

    /** A copy of {@link #bundle} with each entry's bytes passed through {@code edit} (by name). */
    private static Path edited(Path to, Map<String, UnaryOperator<byte[]>> edits) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(bundle); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        edits.forEach((name, edit) -> entries.put(name, edit.apply(entries.getOrDefault(name, new byte[0]))));
        try (OutputStream out = Files.newOutputStream(to); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return to;
    }

    @Test
    void aBundleLoadsWithoutCompilingAndGivesTheReportOfItsDirectory() {
        FulianRules fromBundle = FulianRules.builder().rulesFrom(bundle).build();

        assertThat(fromBundle.ruleSetName()).isEqualTo(bundle.toString());
        assertThat(fromBundle.rules()).isEqualTo(Engines.bundled().rules());
        assertThat(fromBundle.evaluate(district()).findings()).isEqualTo(Engines.bundled().evaluate(district()).findings());
        assertThat(ReloadableRules.from(bundle).evaluate(district()).findings())
                .isEqualTo(Engines.bundled().evaluate(district()).findings());
    }

    @Test
    void aBundleEditedAfterBuildIsRefused(@TempDir Path dir) throws IOException {
        String aClass;
        try (InputStream in = Files.newInputStream(bundle); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e = zip.getNextEntry();
            while (!e.getName().endsWith(".class")) {
                e = zip.getNextEntry();
            }
            aClass = e.getName();
        }
        Path classEdited = edited(dir.resolve("class.jar"), Map.of(aClass, bytes -> {
            byte[] copy = bytes.clone();
            copy[copy.length - 1] ^= 1;
            return copy;
        }));
        Path parameterEdited = edited(dir.resolve("parameters.jar"), Map.of("rules/parameters.yaml",
                bytes -> (new String(bytes, StandardCharsets.UTF_8) + "\n# edited\n").getBytes(StandardCharsets.UTF_8)));

        for (Path jar : List.of(classEdited, parameterEdited)) {
            assertThatThrownBy(() -> FulianRules.builder().rulesFrom(jar).build())
                    .isInstanceOf(RuleSetException.class).hasMessageContaining("changed after it was built");
        }
    }

    @Test
    void aBundleWithAnEntryOutsideIsRefused(@TempDir Path dir) throws IOException {
        Path climbing = edited(dir.resolve("climbing.jar"), Map.of("rules/../../evil.class", bytes -> new byte[] {1}));
        Path foreign = edited(dir.resolve("foreign.jar"), Map.of("org/example/Evil.class", bytes -> new byte[] {1}));

        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(climbing).build())
                .isInstanceOf(RuleSetException.class).hasMessageContaining("climbs out");
        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(foreign).build())
                .isInstanceOf(RuleSetException.class).hasMessageContaining("not one a rule bundle holds");
    }

    @Test
    void aBundleRemadeOverCodeTheVerifierRefusesIsRefusedAtTheLineOfItsRule(@TempDir Path dir) throws IOException {
        // An attacker who writes the jar and its hash again: the verifier is what guards.
        String evil = "package io.github.fulianrules.rules;\n\nimport io.github.fulianrules.model.*;\n\n"
                + "rule \"DATA probe\" @data(\"PROBE\")\nwhen\n    Federation(level == Level.DISTRICT, $id : id)\nthen\n"
                + "    new java.util.Formatter(\"" + dir.resolve("PWNED").toString().replace('\\', '/') + "\").close();\nend\n";
        List<DrlSource> sources = List.of(new DrlSource("evil.drl", evil));
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : List.of("catalogue.yaml", "parameters.yaml", "messages_zh.properties", "messages_en.properties")) {
            files.put(name, Files.readAllBytes(exported.resolve(name)));
        }
        files.put("evil.drl", evil.getBytes(StandardCharsets.UTF_8));
        Path jar = dir.resolve("remade.jar");
        new RuleBundle(ModelCompiler.compile(dir, sources), files).write(jar);

        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(jar).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("evil.drl:9:").contains("rule \"DATA probe\"")
                                .contains("java.util.Formatter")));
        assertThat(dir.resolve("PWNED")).doesNotExist();
    }

    @Test
    void aReloadIntoAnEditedBundleKeepsTheLastGoodRules(@TempDir Path dir) throws IOException {
        Path served = Files.copy(bundle, dir.resolve("served.jar"));
        ReloadableRules rules = ReloadableRules.from(served);
        Path edited = edited(dir.resolve("edited.jar"), Map.of("rules/catalogue.yaml", bytes -> new byte[0]));
        Files.copy(edited, served, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        ReloadableRules.Outcome outcome = rules.reload();

        assertThat(outcome.reloaded()).isFalse();
        assertThat(String.join("\n", outcome.problems())).contains("changed after it was built");
        assertThat(rules.evaluate(district()).findings()).isEqualTo(Engines.bundled().evaluate(district()).findings());
    }
}
