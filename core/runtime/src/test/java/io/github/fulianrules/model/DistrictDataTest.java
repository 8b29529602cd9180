package io.github.fulianrules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistrictDataTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final Federation SUB_DISTRICT = new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", null);
    private static final Federation DISTRICT = new Federation("d", Level.DISTRICT, "示例区妇联", null, null);

    /** One fact of each of the model's types, in the order of {@link DistrictData#facts()}. */
    private static final List<Object> ONE_OF_EACH = List.of(
            DISTRICT,
            Person.woman("p1"),
            new Position("p1", "d", Role.CHAIR),
            new WomensHome("h1", null, "d", null, null, false),
            new Unit("u1", null, UnitType.PUBLIC_INSTITUTION, "d", null, false, false, false),
            new Building("b1", null, "d", false),
            new ActivityCentre("c1", null, "d", false, false),
            new WomensGroup("g1", "d", GroupSetting.RESIDENTS_GROUP),
            Activity.on("a1", ActivityType.REFORM_REPORT, "d", DAY),
            new Waiver("w1", "FL-2.4a", "d", "merged", "区委组织部", DAY, DAY));

    @Test
    void everyFactIsKeptByItsTypeAndGivenBackInTheFixedOrder() {
        List<Object> shuffled = new java.util.ArrayList<>(ONE_OF_EACH);
        java.util.Collections.reverse(shuffled);
        DistrictData data = DistrictData.builder(AssessmentPeriod.year(2025)).addAll(shuffled).add(SUB_DISTRICT).build();

        assertThat(data.facts()).containsExactly(DISTRICT, SUB_DISTRICT, ONE_OF_EACH.get(1), ONE_OF_EACH.get(2),
                ONE_OF_EACH.get(3), ONE_OF_EACH.get(4), ONE_OF_EACH.get(5), ONE_OF_EACH.get(6), ONE_OF_EACH.get(7),
                ONE_OF_EACH.get(8), ONE_OF_EACH.get(9));
        assertThat(data.size()).isEqualTo(11).isEqualTo((int) data.facts().count());
        assertThat(data.federations()).containsExactly(DISTRICT, SUB_DISTRICT);
        assertThat(data.waivers()).containsExactly((Waiver) ONE_OF_EACH.get(9));
    }

    @Test
    void theDistrictIsTheFederationAtDistrictLevelWhereverItIsListed() {
        DistrictData both = DistrictData.builder(AssessmentPeriod.year(2025)).add(SUB_DISTRICT).add(DISTRICT).build();
        DistrictData none = DistrictData.builder(AssessmentPeriod.year(2025)).add(SUB_DISTRICT).build();

        assertThat(both.district()).contains(DISTRICT);
        assertThat(none.district()).isEmpty();
    }

    @Test
    void aFactOutsideTheModelIsRefusedByItsType() {
        DistrictData.Builder builder = DistrictData.builder(AssessmentPeriod.year(2025));

        assertThatThrownBy(() -> builder.add("d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a fact of the model: java.lang.String");
        assertThatThrownBy(() -> builder.add(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a fact of the model: null");
        assertThatThrownBy(() -> DistrictData.builder(null).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing required field 'period'");
    }

    @Test
    void aRecordIsLocatedWhereItWasFirstRead() {
        DistrictData data = DistrictData.builder(AssessmentPeriod.year(2025)).add(DISTRICT)
                .location("d", "district.json:3").location("d", "district.json:40").location("p1", "district.json:9")
                .build();

        assertThat(data.locations()).containsOnly(java.util.Map.entry("d", "district.json:3"),
                java.util.Map.entry("p1", "district.json:9"));
    }

    @Test
    void theLocationsAreCopiedOnceAndKeptAsTheyAreFromOneDistrictDataToTheNext() {
        java.util.Map<String, String> hosts = new java.util.HashMap<>(java.util.Map.of("d", "district.json:3"));
        DistrictData data = new DistrictData(AssessmentPeriod.year(2025), List.of(DISTRICT), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), hosts);
        hosts.put("p1", "district.json:9");
        DistrictData again = new DistrictData(AssessmentPeriod.year(2026), data.federations(), data.people(), data.positions(),
                data.womensHomes(), data.units(), data.buildings(), data.activityCentres(), data.womensGroups(),
                data.activities(), data.waivers(), data.locations());

        assertThat(data.locations()).containsOnly(java.util.Map.entry("d", "district.json:3"));
        assertThat(again.locations()).isSameAs(data.locations()).isEqualTo(java.util.Map.of("d", "district.json:3"));
        assertThatThrownBy(() -> data.locations().put("p1", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> data.locations().entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        java.util.Map<String, String> withNull = new java.util.HashMap<>();
        withNull.put("d", null);
        assertThatThrownBy(() -> new DistrictData(AssessmentPeriod.year(2025), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), withNull))
                .isInstanceOf(NullPointerException.class).hasMessage("a location");
    }
}
