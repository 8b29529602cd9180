package io.github.fulianrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.build.BundleBuilder;
import io.github.fulianrules.internal.RuleBundle;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.testing.TinyRuleSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading a rule set: the metadata of each rule checked against the catalogue, and a rule bundle
 * built once, loaded without compiling, and refused when anything in it is not what was built.
 */
class LoadingTest {
    @TempDir
    static Path shared;
    /** The tiny rule set's bundle, built once: its entries by name. */
    static Map<String, byte[]> entries;
    static Path bundle;

    @BeforeAll
    static void buildTheBundle() throws IOException {
        bundle = shared.resolve("tiny.jar");
        BundleBuilder.Built built = BundleBuilder.build(TinyRuleSet.writeTo(shared.resolve("rules")), bundle);
        assertThat(built.rules()).isEqualTo(1);
        assertThat(built.sha256()).matches("[0-9a-f]{64}");
        entries = read(bundle);
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                read.put(e.getName(), zip.readAllBytes());
            }
        }
        return read;
    }

    private static Path write(Path jar, Map<String, byte[]> content) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : content.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static Path ruleSet(Path dir, String rule) {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, rule);
        return TinyRuleSet.writeTo(dir, files);
    }

    @Test
    void aRuleWhoseMetadataDisagreesWithTheCatalogueIsRefusedAtItsLine(@TempDir Path dir) {
        String rule = TinyRuleSet.RULE.replace("@clause(\"二(一)1\") @strength(\"SHOULD\")", "@clause(\"二(一)2\") @strength(\"MUST\")");

        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(ruleSet(dir, rule)).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.getMessage()).startsWith("the rule set " + dir + " has 2 problem(s), as lint lists them");
                    assertThat(e.problems()).containsExactly(
                            dir.resolve(TinyRuleSet.DRL) + ":7:29 rule \"FL-1.1a The district federation reports the reform's"
                                    + " progress to the district party committee\" declares clause 二(一)2 but FL-1.1a is clause 二(一)1",
                            dir.resolve(TinyRuleSet.DRL) + ":7:46 rule \"FL-1.1a The district federation reports the reform's"
                                    + " progress to the district party committee\" declares strength MUST but FL-1.1a is SHOULD"
                                    + " (one of [MUST, IN_PRINCIPLE, SHOULD, ENCOURAGED, DATA])");
                });
    }

    @Test
    void aRuleOfARequirementNotInTheCatalogueIsRefused(@TempDir Path dir) {
        String rule = TinyRuleSet.RULE.replace("@requirement(\"FL-1.1a\")", "@requirement(\"FL-1.1b\")");

        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(ruleSet(dir, rule)).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p).startsWith(dir.resolve(TinyRuleSet.DRL) + ":7:5 rule \"FL-1.1a ")
                                .endsWith("declares @requirement(\"FL-1.1b\"), which is not in catalogue.yaml"
                                        + " (add its entry there, or correct the ID)")));
    }

    @Test
    void aRuleWithoutARequirementOrWithAStrengthNoOneKnowsIsLoaded(@TempDir Path dir) {
        String rule = TinyRuleSet.RULE.replace("@requirement(\"FL-1.1a\") @clause(\"二(一)1\") @strength(\"SHOULD\")",
                "@data(\"PROBE\")");
        FulianRules rules = FulianRules.builder().rulesFrom(ruleSet(dir, rule)).build();

        assertThat(rules.rules()).singleElement().satisfies(r -> {
            assertThat(r.requirementId()).isNull();
            assertThat(r.clause()).isNull();
            assertThat(r.strength()).isNull();
        });
    }

    @Test
    void aBundleGivesTheSameFindingsAsItsDirectoryWithoutCompiling() {
        FulianRules fromBundle = FulianRules.builder().rulesFrom(bundle).build();

        assertThat(fromBundle.ruleSetName()).isEqualTo(bundle.toString());
        assertThat(fromBundle.evaluate(TinyRuleSet.district(1)).findings()).extracting(Finding::requirementId, Finding::measured)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FL-1.1a", "1"));
        assertThat(fromBundle.ruleSources()).containsExactly(Map.entry(TinyRuleSet.DRL, TinyRuleSet.RULE));
        assertThat(fromBundle.rules()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(TinyRuleSet.DRL);
            assertThat(r.line()).isEqualTo(6);
        });
        assertThat(entries).containsKeys(JarFile.MANIFEST_NAME, RuleBundle.MODELS, RuleBundle.FILES + TinyRuleSet.DRL,
                RuleBundle.FILES + "catalogue.yaml");
    }

    @Test
    void aBundleWhoseFileWasChangedIsRefusedWithBothHashes(@TempDir Path dir) throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(RuleBundle.FILES + "parameters.yaml",
                TinyRuleSet.PARAMETERS.replace("value: 2", "value: 1").getBytes(StandardCharsets.UTF_8));
        Path jar = write(dir.resolve("changed.jar"), changed);

        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(jar).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("the bundle " + jar + " is refused: its content was changed after it was built (SHA-256 ")
                .hasMessageContaining(", the manifest says " + RuleBundle.hash(without(entries, JarFile.MANIFEST_NAME)) + ")");
    }

    private static Map<String, byte[]> without(Map<String, byte[]> content, String name) {
        Map<String, byte[]> rest = new LinkedHashMap<>(content);
        rest.remove(name);
        return rest;
    }

    @Test
    void aBundleWithAnEntryABundleDoesNotHoldIsRefused(@TempDir Path dir) throws IOException {
        Map<String, byte[]> more = new LinkedHashMap<>(entries);
        more.put("META-INF/services/java.sql.Driver", new byte[] {1});
        Path jar = write(dir.resolve("more.jar"), more);

        assertThatThrownBy(() -> RuleBundle.read(jar)).isInstanceOf(RuleSetException.class)
                .hasMessage("the bundle " + jar + " is refused: the entry META-INF/services/java.sql.Driver is not one a rule bundle holds");
    }

    @Test
    void aBundleEntryThatClimbsOutIsRefused(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"rules/../../evil.drl", "/rules/x.drl", "rules\\x.drl"}) {
            Map<String, byte[]> climbing = new LinkedHashMap<>(entries);
            climbing.put(name, new byte[] {1});
            Path jar = write(dir.resolve("climbing.jar"), climbing);

            assertThatThrownBy(() -> RuleBundle.read(jar)).as(name).isInstanceOf(RuleSetException.class)
                    .hasMessage("the bundle " + jar + " is refused: the entry " + name + " climbs out of the bundle");
        }
    }

    @Test
    void aJarThatIsNotABundleIsRefusedNamingWhatIsMissing(@TempDir Path dir) throws IOException {
        Path noModels = write(dir.resolve("no-models.jar"), without(entries, RuleBundle.MODELS));
        Path noManifest = write(dir.resolve("no-manifest.jar"), without(entries, JarFile.MANIFEST_NAME));
        Map<String, byte[]> notAClass = new LinkedHashMap<>(entries);
        notAClass.put("io/github/fulianrules/rules/notes.txt", new byte[] {1});
        Path notes = write(dir.resolve("notes.jar"), notAClass);

        for (Path jar : new Path[] {noModels, noManifest}) {
            assertThatThrownBy(() -> RuleBundle.read(jar)).isInstanceOf(RuleSetException.class)
                    .hasMessage("the bundle " + jar + " is refused: it is not a rule bundle (no manifest or no "
                            + RuleBundle.MODELS + "; make one with build)");
        }
        assertThatThrownBy(() -> RuleBundle.read(notes)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("the entry io/github/fulianrules/rules/notes.txt is not one a rule bundle holds");
        assertThatThrownBy(() -> RuleBundle.read(dir.resolve("absent.jar"))).isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("the bundle " + dir.resolve("absent.jar") + " cannot be read: ");
    }

    @Test
    void aBundleReadBackHoldsTheFilesAndSourcesItWasBuiltFrom() throws IOException {
        RuleBundle read = RuleBundle.read(bundle);

        assertThat(read.sources()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo(TinyRuleSet.DRL);
            assertThat(s.text()).isEqualTo(TinyRuleSet.RULE);
        });
        assertThat(new String(read.file("catalogue.yaml").readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(TinyRuleSet.CATALOGUE);
        assertThatThrownBy(() -> read.file("nothing.yaml")).isInstanceOf(RuleSetException.class)
                .hasMessage("the bundle has no rules/nothing.yaml");
        assertThat(read.classes().models()).isNotEmpty();
        assertThat(read.classes().classes().keySet()).allMatch(n -> n.endsWith(".class"));
    }

    @Test
    void codeThePolicyOnTheTextLetsThroughIsRefusedByTheVerifierAtItsPlace(@TempDir Path dir) {
        String rule = TinyRuleSet.RULE.replace("$n, $min));", "$n, $min + (long) Math.random()));");
        int line = (int) rule.substring(0, rule.indexOf("Math.random")).lines().count();
        int column = rule.lines().skip(line - 1).findFirst().orElseThrow().indexOf("random") + 1;

        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(ruleSet(dir, rule)).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p)
                            .startsWith(dir.resolve(TinyRuleSet.DRL) + ":" + line + ":" + column + " rule \"FL-1.1a ")
                            .contains("java.lang.Math.random"));
                });
    }
}
