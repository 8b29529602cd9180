package io.github.fulianrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSession;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.RuleBundle;
import io.github.fulianrules.internal.RuleSet;
import io.github.fulianrules.internal.Sha256;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session whose facts change after its findings were formatted: waivers, names and locations
 * given later change the words, on a variant of the tiny rule set whose FL-1.1a is an in-principle
 * requirement (waivable) and whose messages quote its parameter and name their subject. And the digests that name the rules.
 */
class SessionChangesTest {
    @TempDir
    static Path dir;
    static FulianRules engine;

    @BeforeAll
    static void compile() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, TinyRuleSet.RULE.replace("@strength(\"SHOULD\")", "@strength(\"IN_PRINCIPLE\")"));
        files.put("catalogue.yaml", TinyRuleSet.CATALOGUE.replace("strength: SHOULD", "strength: IN_PRINCIPLE"));
        files.put("messages_en.properties", TinyRuleSet.MESSAGES_EN.replace("the {required} required",
                "the {reformReportsPerYear} a year required"));
        files.put("messages_zh.properties", TinyRuleSet.MESSAGES_ZH.replace("区妇联本期", "{subject}本期"));
        engine = TinyRuleSet.engine(dir, files);
    }

    private static Waiver waiver(String subject) {
        return new Waiver("w", "FL-1.1a", subject, "合并改革", "区委", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    }

    @Test
    void aWaiverInsertedUpdatedOrRetractedAfterTheFindingsChangesThem() {
        try (RuleSession session = engine.openSession(AssessmentPeriod.year(2025))) {
            assertThat(session.insertAll(TinyRuleSet.district(1).facts().toList())).isSameAs(session);
            assertThat(session.findings()).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(Kind.VIOLATION);
                assertThat(f.waived()).isFalse();
                assertThat(f.message().en()).endsWith("fewer than the 2 a year required");
            });

            Waiver w = waiver("d");
            session.insert(w);
            assertThat(session.findings()).singleElement().satisfies(f -> {
                assertThat(f.waived()).isTrue();
                assertThat(f.waiverReason()).startsWith("合并改革");
            });

            Waiver elsewhere = waiver("x");
            assertThat(session.update(w, elsewhere)).isSameAs(session);
            assertThat(session.findings()).filteredOn(f -> f.kind() != Kind.DATA).singleElement()
                    .extracting(Finding::waived).isEqualTo(false);

            session.update(elsewhere, w);
            assertThat(session.findings()).singleElement().extracting(Finding::waived).isEqualTo(true);
            assertThat(session.retract(w)).isSameAs(session);
            assertThat(session.findings()).singleElement().extracting(Finding::waived).isEqualTo(false);
        }
    }

    @Test
    void locationsAndNamesGivenLaterAreInTheNextFindings() {
        try (RuleSession session = engine.openSession(AssessmentPeriod.year(2025))) {
            Federation unnamed = new Federation("d", Level.DISTRICT, "区妇联", null, null);
            session.insert(unnamed);
            assertThat(session.findings()).singleElement().satisfies(f -> {
                assertThat(f.location()).isNull();
                assertThat(f.message().zh()).startsWith("区妇联本期");
            });

            assertThat(session.locations(Map.of("d", "district.json:3"))).isSameAs(session);
            assertThat(session.findings()).singleElement().extracting(Finding::location).isEqualTo("district.json:3");

            session.update(unnamed, new Federation("d", Level.DISTRICT, "青溪区妇联", null, null));
            assertThat(session.findings()).singleElement().satisfies(f -> assertThat(f.message().zh()).startsWith("青溪区妇联"));
        }
    }

    @Test
    void aReportNamesTheRulesAndTheCatalogueByTheirDigests() {
        Report report = engine.evaluate(TinyRuleSet.district(1));
        List<DrlSource> sources = engine.ruleSources().entrySet().stream().map(e -> new DrlSource(e.getKey(), e.getValue())).toList();

        assertThat(report.provenance().rulesDigest()).isEqualTo(RuleSet.digestOf(engine.rules(), sources))
                .isNotEqualTo(RuleSet.digestOf(engine.rules(), List.of()))
                .isNotEqualTo(RuleSet.digestOf(List.of(), sources));
        assertThat(report.provenance().catalogueDigest()).isEqualTo(engine.catalogue().digest()).matches("[0-9a-f]{64}");
        assertThat(report.provenance().parameters()).containsExactly(Map.entry("reformReportsPerYear", 2L));
    }

    @Test
    void aDigestIsOfEachPartEndedByAZeroByte() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("ab\0c\0".getBytes(StandardCharsets.UTF_8));

        assertThat(Sha256.hex(List.of("ab", "c"))).isEqualTo(HexFormat.of().formatHex(sha.digest()))
                .isNotEqualTo(Sha256.hex(List.of("a", "bc")));
        assertThat(Sha256.hex(Arrays.asList("x", null))).isEqualTo(Sha256.hex(List.of("x", "null")));
    }

    @Test
    void aBundlesHashIsOfEachEntryByNameWithItsLengthAndBytes() throws Exception {
        Map<String, byte[]> entries = new TreeMap<>(Map.of("b", new byte[] {2, 3}, "a", new byte[] {1}));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(e.getValue().length).array());
            sha.update(e.getValue());
        }

        assertThat(RuleBundle.hash(Map.of("a", new byte[] {1}, "b", new byte[] {2, 3})))
                .isEqualTo(HexFormat.of().formatHex(sha.digest()));
    }
}
