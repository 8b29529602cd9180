package io.github.fulianrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.fulianrules.FulianRules;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.RequirementScore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample district 青溪区 (examples/sample/district.json, written by make_sample.py) reads
 * without errors, fits the JSON Schema, and exercises every requirement: met by some subject and
 * failed by another wherever there is more than one subject.
 */
class SampleDistrictTest {
    private static final Path SAMPLE = Path.of("..", "sample", "district.json");
    /** Requirements whose only subject is the district federation or its activity centre. */
    private static final Set<String> ONE_SUBJECT = Set.of("FL-1.1a", "FL-1.2a", "FL-1.2b", "FL-2.1a", "FL-2.1b",
            "FL-2.1c", "FL-2.2a", "FL-2.3a", "FL-2.3b", "FL-2.4a", "FL-2.5a", "FL-3.2c", "FL-4.4e", "FL-5.1a");

    private static DistrictData data;
    private static FulianRules engine;
    private static Report report;

    @BeforeAll
    static void evaluate() {
        data = DistrictReader.read(SAMPLE);
        engine = FulianRules.bundled();
        report = engine.evaluate(data);
    }

    @Test
    void fitsTheJsonSchemaOfTheFormat() throws IOException {
        Schema schema;
        try (InputStream in = DistrictReader.class.getResourceAsStream("district.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }

        List<Error> errors = schema.validate(new ObjectMapper().readTree(SAMPLE.toFile()));

        assertThat(errors).isEmpty();
    }

    @Test
    void hasTheDistrictSixSubDistrictsAndTwentyFourCommunities() {
        assertThat(data.federations()).extracting(Federation::level).containsOnly(Level.DISTRICT, Level.SUB_DISTRICT,
                Level.COMMUNITY);
        assertThat(data.federations().stream().filter(f -> f.level() == Level.SUB_DISTRICT)).hasSize(6);
        assertThat(data.federations().stream().filter(f -> f.level() == Level.COMMUNITY)).hasSize(24);
        assertThat(data.locations()).containsEntry("qx", SAMPLE + ":6");
    }

    @Test
    void everyRequirementIsChecked() {
        assertThat(report.summary().scores().keySet())
                .containsExactlyInAnyOrderElementsOf(engine.catalogue().requirements().stream().map(Requirement::id).toList());
    }

    @Test
    void everyRequirementWithSeveralSubjectsIsBothMetAndFailed() {
        for (RequirementScore s : report.summary().scores().values()) {
            if (!ONE_SUBJECT.contains(s.requirementId())) {
                assertThat(s.met()).as(s.requirementId() + " met by some").isPositive();
                assertThat(s.unmet() + s.waived()).as(s.requirementId() + " failed by some").isPositive();
            }
        }
    }

    @Test
    void everyRequirementOfTheCatalogueFiresSomewhereInTheSample() {
        // The district-only requirements have one subject here, so they fire in the sample
        // and are shown met in the scenario suite.
        assertThat(ONE_SUBJECT).allSatisfy(id -> assertThat(report.findingsOf(id)).as(id).isNotEmpty());
        assertThat(report.summary().byRequirement().keySet()).filteredOn(id -> id.startsWith("FL-")).hasSize(38);
    }

    @Test
    void theRequirementsOfRevisionTwoAreFailedAndMetInTheSample() {
        // FL-3.1a (widened) and FL-3.2b have a subject per cadre: some meet them, some fail.
        for (String id : List.of("FL-3.1a", "FL-3.2b")) {
            assertThat(report.score(id).met()).as(id + " met").isPositive();
            assertThat(report.findingsOf(id)).as(id + " failed").isNotEmpty();
        }
        // FL-1.2b and FL-3.2c have the district federation alone: failed here, met in the scenario suite.
        assertThat(report.findingsOf("FL-1.2b")).singleElement().satisfies(f -> assertThat(f.measured()).isEqualTo("0"));
        assertThat(report.findingsOf("FL-3.2c")).singleElement()
                .satisfies(f -> assertThat(f.details()).containsExactly("ONE_QUARTER"));
    }

    @Test
    void theCountingRulesOfRevisionTwoShowInTheSample() {
        // The outstanding man among the executive members does not count: 13 of 40.
        assertThat(report.findingsOf("FL-2.1b")).singleElement().satisfies(f -> {
            assertThat(f.measured()).isEqualTo("13/40");
            assertThat(f.gap()).isEqualTo(3);
        });
        // Only the leading cadre with 75 days falls short: the women's work over New Year gives 2025 its 16 days.
        assertThat(report.findingsOf("FL-3.1a")).singleElement().satisfies(f -> assertThat(f.measured()).isEqualTo("75"));
        assertThat(report.score("FL-3.1a").met()).isEqualTo(3);
        // The office cadre without a pairing and the one whose pairing ended with 2024.
        assertThat(report.findingsOf("FL-3.2b")).hasSize(2);
    }

    @Test
    void theValidWaiverWaivesAndTheExpiredOneDoesNot() {
        assertThat(report.findingsOf("FL-2.4a")).singleElement().satisfies(f -> assertThat(f.waived()).isTrue());
        assertThat(report.findingsOf("FL-4.1c")).singleElement().satisfies(f -> {
            assertThat(f.subjectId()).isEqualTo("qx-dh");
            assertThat(f.waived()).isFalse();
        });
    }

    @Test
    void theBoundariesOfTheCatalogueAreMet() {
        // 39 of 50 delegates are outstanding: one short of exactly 80%; 30,001 women and 31 executive members.
        assertThat(report.findingsOf("FL-2.1a")).singleElement().satisfies(f -> assertThat(f.gap()).isEqualTo(1));
        assertThat(report.findingsOf("FL-4.1e")).noneMatch(f -> f.subjectId().equals("qx-wj"));
    }

    @Test
    void onlyTheFiveDeliberateDataFindingsAreThere() {
        // Two of revision 2, three of revision 3 (unknown is not "no").
        assertThat(report.findings().stream().filter(f -> f.kind() == Kind.DATA))
                .extracting(f -> f.code() + " " + f.subjectId())
                .containsExactlyInAnyOrder("NO_ELECTION_RECORD qx-yt-02", "MISSING_COUNT unit-24",
                        "NOT_RECORDED bld-07", "ZERO_DAYS act-0260", "WRONG_SUBJECT act-0261");
    }
}
