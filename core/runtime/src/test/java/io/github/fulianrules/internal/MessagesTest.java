package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.report.Text;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages messages = new Messages(
            properties("X.remedy", "还需增补 {gap} 名兼职副主席", "X.message", "{subject} 有团支部：{measured}", "token.NO", "否",
                    "token.VENUE", "活动场所", "Y.remedy", "落实：{details}"),
            properties("X.remedy", "{gap} more part-time {gap|vice-chair|vice-chairs} needed",
                    "X.message", "{subject} has a branch: {measured}", "token.NO", "no", "Y.remedy", "Put in place: {details}"));

    @Test
    void aNumberPicksTheSingularOnlyWhenItIsOne() {
        assertThat(remedy("1").en()).isEqualTo("1 more part-time vice-chair needed");
        assertThat(remedy("2").en()).isEqualTo("2 more part-time vice-chairs needed");
        assertThat(remedy("0").en()).isEqualTo("0 more part-time vice-chairs needed");
        assertThat(remedy("1").zh()).isEqualTo("还需增补 1 名兼职副主席");
    }

    @Test
    void valuesReadAsTheRuleSetsTokensElseAsTheModelsWordsElseAsTheyAre() {
        Text t = messages.format("X.message", Map.of("subject", "u1", "measured", "NO"), List.of(), "?");
        assertThat(t.zh()).isEqualTo("u1 有团支部：否");
        assertThat(t.en()).isEqualTo("U1 has a branch: no");
        Text d = messages.format("Y.remedy", Map.of(), List.of("VENUE", "FUNDING", "X9"), "?");
        assertThat(d.zh()).isEqualTo("落实：活动场所、经费保障、X9");
        assertThat(d.en()).isEqualTo("Put in place: venue, funding, X9");
    }

    @Test
    void daysReadTheChineseWayInChineseAndAsTheyAreInEnglish() {
        // Revision 3: 2018年3月5日, never 2018-03-05, in Chinese text; a subject's id is left as it is.
        Messages m = new Messages(properties("D", "{subject}于 {measured} 召开，期间 {detail}"),
                properties("D", "{subject} held it on {measured}, period {detail}"));
        Text t = m.format("D", Map.of("subject", "s-2018-03-05", "measured", "2018-03-05", "detail", "2025-01-01..2025-06-30"),
                List.of(), "?");
        assertThat(t.zh()).isEqualTo("s-2018-03-05 于 2018年3月5日 召开，期间 2025年1月1日至2025年6月30日");
        assertThat(t.en()).isEqualTo("S-2018-03-05 held it on 2018-03-05, period 2025-01-01..2025-06-30");
        assertThat(Messages.chineseDays("≥ 2020-12-31")).isEqualTo("≥ 2020年12月31日");
        assertThat(Messages.chineseDays("120250101")).as("no day inside a longer number").isEqualTo("120250101");
    }

    @Test
    void aFieldReadsAsTheModelsWordForIt() {
        Messages m = new Messages(properties("F", "{subject}未登记{field}"), properties("F", "{subject} has no {field} recorded"));
        Text t = m.format("F", Map.of("subject", new Text("某公司", "某公司"), "field", "women"), List.of(), "?");
        assertThat(t.zh()).isEqualTo("某公司未登记妇女人数");
        assertThat(t.en()).isEqualTo("某公司 has no number of women recorded");
    }

    @Test
    void latinLettersAndDigitsFilledInAreSpacedFromChineseText() {
        Messages m = new Messages(properties("S", "{subject}主席{measured}名，要求{required}"), properties("S", "{subject}"));
        Text t = m.format("S", Map.of("subject", new Text("街道妇联 s1", "sub-district federation s1"),
                "measured", "3", "required", "东湖"), List.of(), "?");
        assertThat(t.zh()).isEqualTo("街道妇联 s1 主席 3 名，要求东湖");
        assertThat(t.en()).isEqualTo("Sub-district federation s1");
    }

    @Test
    void aMissingKeyReadsAsTheFallbackAndAnUnknownPlaceholderStays() {
        Text t = messages.format("Z.message", Map.of(), List.of(), "{nothing} here");
        assertThat(t.zh()).isEqualTo("{nothing} here");
        assertThat(messages.has("X.remedy")).isTrue();
        assertThat(messages.has("Z.remedy")).isFalse();
    }

    @Test
    void theRuleSetsOwnWordForAFieldComesFirstAndAFieldTheModelDoesNotKnowReadsAsAValue() {
        Messages m = new Messages(properties("F", "缺{field}", "field.women", "女职工数", "token.VENUE", "活动场所"),
                properties("F", "no {field}"));

        assertThat(m.format("F", Map.of("field", "women"), List.of(), "?"))
                .isEqualTo(new Text("缺女职工数", "No number of women"));
        assertThat(m.format("F", Map.of("field", "VENUE"), List.of(), "?")).isEqualTo(new Text("缺活动场所", "No venue"));
    }

    @Test
    void anIdAndAValueGivenInBothLanguagesAreShownAsGiven() {
        Messages m = new Messages(properties("K", "{id}：{measured}/{required}"), properties("K", "{id}: {measured}/{required}"));

        Text t = m.format("K", Map.of("id", "NO", "measured", new Text("未设", "NO"), "required", "NO"), List.of(), "?");

        assertThat(t).isEqualTo(new Text("NO：未设/否", "NO: NO/no"));
    }

    @Test
    void aOneWrittenWithSpacesIsStillOne() {
        assertThat(remedy(" 1 ").en()).isEqualTo(" 1  more part-time vice-chair needed");
    }

    @Test
    void anEnglishTextStartsWithACapitalLetterFromAToZ() {
        Messages m = new Messages(properties(), properties("a", "a {x}", "z", "z {x}", "n", "{x} z", "e", ""));

        assertThat(m.format("a", Map.of(), List.of(), "?").en()).isEqualTo("A {x}");
        assertThat(m.format("z", Map.of(), List.of(), "?").en()).isEqualTo("Z {x}");
        assertThat(m.format("n", Map.of(), List.of(), "?").en()).isEqualTo("{x} z");
        assertThat(m.format("e", Map.of(), List.of(), "?").en()).isEmpty();
        assertThat(m.format("n", Map.of("x", "é"), List.of(), "?").en()).isEqualTo("é z");
    }

    @Test
    void percentSignsAreSpacedLikeDigitsAndAnEmptyValueIsNotSpaced() {
        Messages m = new Messages(properties("P", "要求{required}以上，现{measured}名"), properties("P", "{required}"));

        assertThat(m.format("P", Map.of("required", "40%", "measured", ""), List.of(), "?").zh())
                .isEqualTo("要求 40% 以上，现名");
        assertThat(m.format("P", Map.of("required", "5‰", "measured", "é"), List.of(), "?").zh())
                .isEqualTo("要求 5‰ 以上，现é名");
    }

    @Test
    void twoWordsAreJoinedWithASpaceOnlyWhereLatinOrDigitsMeetChinese() {
        assertThat(Messages.joinZh("妇联", "s9")).isEqualTo("妇联 s9");
        assertThat(Messages.joinZh("s9", "主席")).isEqualTo("s9 主席");
        assertThat(Messages.joinZh("妇联", "主席")).isEqualTo("妇联主席");
        assertThat(Messages.joinZh("p", "1")).isEqualTo("p1");
        assertThat(Messages.joinZh("妇联", "é")).isEqualTo("妇联é");
        assertThat(Messages.joinZh("", "s9")).isEqualTo("s9");
        assertThat(Messages.joinZh("妇联", "")).isEqualTo("妇联");
    }

    @Test
    void thePlaceholdersOfATemplateAreFoundWithTheirPlaces() {
        assertThat(Messages.placeholders("还需 {gap|名|名} 名，{subject}{ x}"))
                .containsExactly(new Messages.Placeholder("gap", "{gap|名|名}", 3), new Messages.Placeholder("subject", "{subject}", 15));
    }

    private Text remedy(String gap) {
        return messages.format("X.remedy", Map.of("gap", gap), List.of(), "?");
    }

    private static Properties properties(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }
}
