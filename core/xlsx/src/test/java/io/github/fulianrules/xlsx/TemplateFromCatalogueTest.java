package io.github.fulianrules.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.rulesupport.ActivitySubjects;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The template's 说明 sheet cannot contradict the rules: what it says of waivers, activity types,
 * their subjects and days is compared with what the catalogue and the model say, not with lists
 * written into the test; every table a note refers to is there.
 */
class TemplateFromCatalogueTest {
    private static FulianRules engine;

    @BeforeAll
    static void bundledRules() {
        engine = FulianRules.bundled();
    }

    private static List<List<String>> notes(Catalogue catalogue, String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DistrictWorkbook.template(catalogue, lang, out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : wb.findSheet("en".equals(lang) ? Sheets.NOTES_EN : Sheets.NOTES_ZH).orElseThrow().read()) {
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());   // a row left empty
                }
                rows.add(row.stream().map(c -> c == null ? "" : c.getText()).toList());
            }
            return rows;
        }
    }

    /** The rows under the title {@code title} up to the next empty row, the title's own row left out. */
    private static List<List<String>> table(List<List<String>> rows, String title) {
        int at = rows.indexOf(List.of(title));
        assertThat(at).as("a table titled %s", title).isNotNegative();
        List<List<String>> table = new ArrayList<>();
        for (int i = at + 1; i < rows.size() && !rows.get(i).stream().allMatch(String::isEmpty); i++) {
            table.add(rows.get(i));
        }
        return table;
    }

    private static List<String> inPrinciple(Catalogue catalogue) {
        return catalogue.requirements().stream().filter(q -> q.strength() == Strength.IN_PRINCIPLE).map(Requirement::id).toList();
    }

    @Test
    void theRequirementsThatAcceptWaiversAreTheCataloguesInPrincipleOnes() throws Exception {
        for (String lang : List.of("zh", "en")) {
            List<List<String>> rows = notes(engine.catalogue(), lang);
            List<List<String>> table = table(rows, "en".equals(lang) ? WorkbookWriting.WAIVABLE_EN : WorkbookWriting.WAIVABLE_ZH);

            List<String> ids = table.stream().map(r -> r.get(0)).filter(id -> id.startsWith("FL-")).toList();
            assertThat(ids).as(lang).isEqualTo(inPrinciple(engine.catalogue())).isNotEmpty();
            String note = rows.stream().filter(r -> r.size() > 5 && r.get(0).equals(lang.equals("en") ? "waivers" : "豁免")
                    && r.get(1).equals(lang.equals("en") ? "requirement" : "要求编号")).findFirst().orElseThrow().get(5);
            assertThat(note).contains(String.join("en".equals(lang) ? ", " : "、", ids));
        }
    }

    @Test
    void theListFollowsTheCatalogueGiven() throws Exception {
        Catalogue own = new Catalogue(List.of(
                new Requirement("FL-9.1a", "二(九)1", Strength.IN_PRINCIPLE, "district WF", "原则上试行", "a trial"),
                new Requirement("FL-9.1b", "二(九)1", Strength.MUST, "district WF", "必须试行", "a trial")), List.of());

        List<List<String>> table = table(notes(own, "zh"), WorkbookWriting.WAIVABLE_ZH);

        assertThat(table.stream().map(r -> r.get(0)).filter(id -> id.startsWith("FL-"))).containsExactly("FL-9.1a");
        assertThat(table).contains(List.of("FL-9.1a", "二(九)1", "原则上试行"));
    }

    @Test
    void withoutACatalogueNoListIsPromised() throws Exception {
        List<List<String>> rows = notes(null, "zh");

        assertThat(rows).noneMatch(r -> r.equals(List.of(WorkbookWriting.WAIVABLE_ZH)));
        assertThat(String.join("\n", rows.stream().map(r -> String.join(" ", r)).toList()))
                .doesNotContain(WorkbookWriting.WAIVABLE_ZH).contains("豁免仅限强度为“原则上”的要求");
    }

    @Test
    void eachActivityTypeNamesTheKindOfSubjectTheRulesExpectAndWhetherItTakesDays() throws Exception {
        for (String lang : List.of("zh", "en")) {
            boolean english = "en".equals(lang);
            List<List<String>> table = table(notes(engine.catalogue(), lang),
                    english ? WorkbookWriting.ACTIVITY_TYPES_EN : WorkbookWriting.ACTIVITY_TYPES_ZH);

            for (ActivityType type : ActivityType.values()) {
                List<String> row = table.stream().filter(r -> r.get(0).equals(Choices.label(type, english))).findFirst()
                        .orElseThrow(() -> new AssertionError("no row for " + type));
                assertThat(row.get(1)).as("%s", type).isEqualTo(ModelLabels.subjectType(ActivitySubjects.expected(type), lang));
                assertThat(row.get(3)).as("%s", type).startsWith(type.countsDays() ? (english ? "required" : "必填")
                        : (english ? "empty" : "留空"));
            }
            assertThat(table).hasSize(ActivityType.values().length + 2);
        }
    }

    @Test
    void theDaysColumnNamesEveryTypeThatTakesDaysAndNoOther() throws Exception {
        List<List<String>> rows = notes(engine.catalogue(), "zh");
        String note = rows.stream().filter(r -> r.size() > 5 && r.get(0).equals("活动") && r.get(1).equals("天数"))
                .findFirst().orElseThrow().get(5);

        for (ActivityType type : ActivityType.values()) {
            assertThat(note.contains(Choices.label(type, false))).as("%s", type).isEqualTo(type.countsDays());
        }
    }

    @Test
    void everyTableANoteRefersToIsThere() throws Exception {
        for (String lang : List.of("zh", "en")) {
            List<List<String>> rows = notes(engine.catalogue(), lang);
            Pattern reference = "en".equals(lang) ? Pattern.compile("see \"([^\"]+)\" below") : Pattern.compile("见下方“([^”]+)”");
            List<String> referred = new ArrayList<>();
            for (List<String> row : rows) {
                for (String cell : row) {
                    Matcher m = reference.matcher(cell);
                    while (m.find()) {
                        referred.add(m.group(1));
                    }
                }
            }
            assertThat(referred).as(lang).isNotEmpty();
            for (String title : referred) {
                assertThat(rows).as("%s: the table %s", lang, title).contains(List.of(title));
            }
            // "the types below" of the past, a table that was not there
            assertThat(rows).noneMatch(r -> r.stream().anyMatch(c -> c.contains("见下方各类型说明") || c.contains("see the types below")));
        }
    }

    /**
     * What the notes say of an activity against a subject of the wrong kind is what the rules do: a
     * public-welfare activity against the district federation is a data finding at its row.
     */
    @Test
    void aPublicWelfareActivityAgainstTheDistrictIsADataFindingAtItsRow() throws Exception {
        DistrictData district = DistrictData.builder(new io.github.fulianrules.model.AssessmentPeriod(
                        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .add(new Federation("d", Level.DISTRICT, "青溪区妇联", null, null))
                .add(new ActivityCentre("ac", "区妇女儿童活动中心", "d", true, true))
                .add(Activity.on("a1", ActivityType.PUBLIC_WELFARE, "d", LocalDate.of(2025, 6, 1)))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DistrictWorkbook.write(district, "青溪区", "zh", out);

        DistrictData read = DistrictWorkbook.readContents(out.toByteArray(), "青溪区.xlsx").data();
        List<Finding> findings = engine.evaluate(read).findings();

        Finding wrong = findings.stream().filter(f -> "WRONG_SUBJECT".equals(f.code())).findFirst().orElseThrow();
        assertThat(wrong.kind()).isEqualTo(Kind.DATA);
        assertThat(wrong.subjectId()).isEqualTo("a1");
        assertThat(wrong.location()).isEqualTo("青溪区.xlsx!活动!2");
        assertThat(wrong.measured()).as("the kind of subject expected")
                .isEqualTo(ActivitySubjects.expected(ActivityType.PUBLIC_WELFARE));
    }
}
