package io.github.fulianrules.rules;

import static io.github.fulianrules.testkit.RulesAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.GroupSetting;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Ref;
import io.github.fulianrules.model.Referencing;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.rulesupport.SubjectType;
import io.github.fulianrules.testkit.DistrictFacts;
import io.github.fulianrules.testkit.Evaluation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every reference of {@link Referencing#references()} is checked: the session keeps an
 * UnresolvedReference for each that names no record of its type, and data-quality.drl names it. Here
 * every reference of every record type names nothing, and each must come out as its
 * UNKNOWN_REFERENCE; a referencing type of the model missing from the list below fails the test.
 */
class EveryReferenceCheckedTest {
    private static final String NOWHERE = "nowhere";
    private final FulianRules engine = Engines.bundled();

    /**
     * One record of each referencing type, every reference naming {@code federation}, but a
     * position's person, which is {@code person}.
     */
    private static List<Referencing> everyKind(String federation, String person) {
        return List.of(new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", federation, 1000),
                new Person("p1", "李娟", Gender.FEMALE, false, federation, federation, null, null),
                new Position(person, federation, Role.EXECUTIVE_MEMBER),
                new WomensHome("h1", "东湖苑妇女之家", federation, Set.of(), Set.of(), false),
                new ActivityCentre("ac", "区妇女儿童活动中心", federation, true, true),
                new WomensGroup("g1", federation, GroupSetting.RESIDENTS_GROUP),
                new Building("b1", "国际金融中心", federation, true),
                new Unit("u1", "东湖科技公司", UnitType.NON_PUBLIC_ENTERPRISE, federation, 30, true, null, null),
                new Activity("a1", ActivityType.PUBLIC_WELFARE, federation, LocalDate.of(2025, 3, 5), null));
    }

    @Test
    void everyReferenceOfEveryKindOfRecordNamingNothingIsAnUnknownReference() {
        DistrictFacts district = DistrictFacts.year(2025).add(new Federation("d", Level.DISTRICT, "示例区妇联", null, null));
        everyKind(NOWHERE, NOWHERE).forEach(district::add);
        Evaluation e = Evaluation.of(engine, district.build());

        int references = 0;
        for (Referencing record : everyKind(NOWHERE, NOWHERE)) {
            for (Ref ref : record.references()) {
                assertThat(e).hasDataFinding("UNKNOWN_REFERENCE").on(SubjectType.idOf(record)).measured(NOWHERE)
                        .withDetails(ref.field());
                references++;
            }
        }
        assertThat(references).isEqualTo(11);
    }

    @Test
    void everyReferenceNamingARecordOfItsKindIsNoFinding() {
        DistrictFacts district = DistrictFacts.year(2025).add(new Federation("d", Level.DISTRICT, "示例区妇联", null, null),
                new Federation("s2", Level.SUB_DISTRICT, "西湖街道妇联", "d", 800));
        everyKind("s2", "p1").forEach(district::add);
        assertThat(Evaluation.of(engine, district.build()).findings()).extracting(Finding::code).doesNotContain("UNKNOWN_REFERENCE");
    }

    @Test
    void theRecordsAboveAreEveryReferencingKindOfTheModel() throws IOException, URISyntaxException {
        // The model's classes: a directory in one module's build, a jar in the whole reactor's.
        Path location = Path.of(Referencing.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> referencing;
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
             Stream<Path> files = Files.list((jar == null ? location : jar.getPath("/")).resolve("io/github/fulianrules/model"))) {
            referencing = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> load("io.github.fulianrules.model." + n.substring(0, n.length() - 6)))
                    .filter(c -> Referencing.class.isAssignableFrom(c) && !c.isInterface())
                    .map(Class::getSimpleName).collect(Collectors.toSet());
        }
        assertThat(everyKind(NOWHERE, NOWHERE).stream().map(r -> r.getClass().getSimpleName())).containsExactlyInAnyOrderElementsOf(referencing);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Referencing.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
