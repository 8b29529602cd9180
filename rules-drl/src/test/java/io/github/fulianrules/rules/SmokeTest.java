package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.*;
import io.github.fulianrules.report.Report;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void districtWithThreePartTimeViceChairsFallsShortByOne() {
        FulianRules engine = FulianRules.bundled();
        DistrictData.Builder b = DistrictData.builder(AssessmentPeriod.year(2025))
                .add(new Federation("d", Level.DISTRICT, "区妇联", null, null));
        for (int i = 0; i < 3; i++) {
            b.add(Person.woman("p" + i)).add(new Position("p" + i, "d", Role.PART_TIME_VICE_CHAIR));
        }
        Report r = engine.evaluate(b.build());
        assertThat(r.findingsOf("FL-2.4a")).singleElement().satisfies(f -> {
            assertThat(f.measured()).isEqualTo("3");
            assertThat(f.gap()).isEqualTo(1);
            assertThat(f.clause()).isEqualTo("二(二)4");
        });
    }
}
