package io.github.fulianrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.Level;
import org.junit.jupiter.api.Test;

/** The words other writers of a report (the workbook, a host's pages) take from the library. */
class ReportWordsTest {
    @Test
    void englishWhenAskedChineseOtherwise() {
        ReportWords en = ReportWords.of("en");
        ReportWords zh = ReportWords.of("zh");

        assertThat(en.pick("是", "yes")).isEqualTo("yes");
        assertThat(zh.pick("是", "yes")).isEqualTo("是");
        assertThat(ReportWords.of("fr").pick("是", "yes")).isEqualTo("是");
        assertThat(en.kind(Kind.VIOLATION)).isEqualTo("violation");
        assertThat(zh.kind(Kind.DATA)).isEqualTo("数据问题");
        assertThat(en.strength(Strength.IN_PRINCIPLE)).isEqualTo("in principle");
        assertThat(zh.strength(Strength.ENCOURAGED)).isEqualTo("鼓励");
        assertThat(en.recordKind("womensHomes")).isEqualTo("Women's Homes");
        assertThat(zh.recordKind("buildings")).isEqualTo("商务楼宇");
        assertThat(en.recordKind("rockets")).as("an unknown kind as it is").isEqualTo("rockets");
        assertThat(en.level(Level.SUB_DISTRICT)).isEqualTo("sub-district");
        assertThat(zh.level(Level.COMMUNITY)).isEqualTo("社区");
        assertThat(en.yesNo(true)).isEqualTo("yes");
        assertThat(zh.yesNo(false)).isEqualTo("否");
        assertThat(en.subjectType("WOMENS_HOME")).isEqualTo("Women's Home");
        assertThat(en.subjectType("ROCKET")).isEqualTo("ROCKET");
    }

    @Test
    void aStrengthYieldsItsKindOfFindingAndOnlyInPrincipleIsWaivable() {
        assertThat(Strength.MUST.findingKind()).isEqualTo(Kind.VIOLATION);
        assertThat(Strength.SHOULD.findingKind()).isEqualTo(Kind.WARNING);
        assertThat(Strength.ENCOURAGED.findingKind()).isEqualTo(Kind.RECOMMENDATION);
        assertThat(Strength.DATA.findingKind()).isEqualTo(Kind.DATA);
        assertThat(Strength.IN_PRINCIPLE.waivable()).isTrue();
        assertThat(Strength.MUST.waivable()).isFalse();
    }
}
