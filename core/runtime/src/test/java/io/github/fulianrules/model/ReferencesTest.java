package io.github.fulianrules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.rulesupport.Counts;
import io.github.fulianrules.rulesupport.DataChecks;
import io.github.fulianrules.rulesupport.DataIssue;
import io.github.fulianrules.rulesupport.Officer;
import io.github.fulianrules.rulesupport.SubjectType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each record refers to (checked by the data rules: a reference to nothing is a data finding),
 * and the helpers the derived-fact rules count with.
 */
class ReferencesTest {
    @Test
    void eachRecordNamesTheRecordsItRefersToByFieldAndKind() {
        assertThat(new Federation("s", Level.SUB_DISTRICT, "街道妇联", "d", null).references())
                .containsExactly(new Ref("parentId", "d", Federation.class));
        assertThat(new Federation("d", Level.DISTRICT, "区妇联", null, null).references()).isEmpty();
        assertThat(new Position("p", "d", Role.CHAIR).references())
                .containsExactly(new Ref("personId", "p", Person.class), new Ref("federationId", "d", Federation.class));
        assertThat(Activity.on("a", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 1, 1)).references())
                .containsExactly(new Ref("subjectId", "d", Identified.class));
        assertThat(new Building("b", "楼", "c", true).references()).containsExactly(new Ref("federationId", "c", Federation.class));
        assertThat(new Unit("u", "企业", UnitType.values()[0], "c", 10, true, false, false).references())
                .containsExactly(new Ref("federationId", "c", Federation.class));
        assertThat(new WomensGroup("g", "c", GroupSetting.values()[0]).references())
                .containsExactly(new Ref("federationId", "c", Federation.class));
        assertThat(new ActivityCentre("ac", "中心", "c", true, true).references())
                .containsExactly(new Ref("federationId", "c", Federation.class));
    }

    @Test
    void aRequiredFieldIsKeptAndABlankOneRefused() {
        assertThat(new Building("b", "楼", "c", true).id()).isEqualTo("b");
        assertThatThrownBy(() -> new Building(" ", "楼", "c", true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing required field 'id'");
    }

    @Test
    void peopleAreCountedOnceByRoleWhetherPositionsOrOfficers() {
        List<Object> holders = List.of(new Position("p1", "d", Role.CHAIR), new Position("p1", "d", Role.CHAIR),
                new Officer("p2", "d", Role.CHAIR), new Position("p3", "d", Role.FULL_TIME_VICE_CHAIR),
                new Officer("p4", "d", Role.FULL_TIME_VICE_CHAIR), "not a holder");

        assertThat(Counts.people(holders, Role.CHAIR)).isEqualTo(2);
        assertThat(Counts.people(holders, Role.FULL_TIME_VICE_CHAIR)).isEqualTo(2);
        assertThat(Counts.people(List.of(), Role.CHAIR)).isZero();
    }

    @Test
    void activitiesAreCountedByType() {
        List<Object> activities = List.of(Activity.on("a", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 1, 1)),
                Activity.on("b", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 2, 1)),
                Activity.on("c", ActivityType.THEMED_PUBLICITY, "d", LocalDate.of(2025, 2, 1)), "not an activity");

        assertThat(Counts.activities(activities, ActivityType.REFORM_REPORT)).isEqualTo(2);
        assertThat(Counts.activities(activities, ActivityType.THEMED_PUBLICITY)).isEqualTo(1);
    }

    @Test
    void twoEqualRecordsAreTwoRecordsButOneRecordIsOne() {
        Federation d = new Federation("d", Level.DISTRICT, "区妇联", null, null);

        assertThat(DataChecks.twoRecords(d, new Federation("d", Level.DISTRICT, "区妇联", null, null))).isTrue();
        assertThat(DataChecks.twoRecords(d, d)).isFalse();
    }

    @Test
    void listsLeftOutAreEmptyNotNull() {
        assertThat(new DataIssue("X", "d", SubjectType.INPUT, "f", "x", null).items()).isEmpty();
        assertThat(new DataIssue("X", "d", SubjectType.INPUT, "f", "x", List.of("a")).items()).containsExactly("a");
        assertThat(new RuleInfo("r", "p", null, null, null, null, null, 0).parameters()).isEmpty();
        assertThat(new RuleInfo("r", "p", null, null, null, List.of("x"), null, 0).parameters()).containsExactly("x");
    }
}
