package io.github.fulianrules.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.ParameterValue;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.rulesupport.Officer;
import io.github.fulianrules.rulesupport.Param;
import io.github.fulianrules.rulesupport.RoleConflict;
import io.github.fulianrules.rulesupport.SharedId;
import io.github.fulianrules.rulesupport.Tally;
import io.github.fulianrules.rulesupport.UnresolvedReference;
import io.github.fulianrules.rulesupport.WrongSubject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The words of explain: both languages have every sentence, and each kind of fact reads as one. */
class ExplainWordsTest {
    private static final DistrictData DISTRICT = DistrictData.builder(AssessmentPeriod.year(2025))
            .add(new Federation("qx", Level.DISTRICT, "青溪区妇联", null, 236_500))
            .add(new Person("p-0094", "李娟", Gender.FEMALE, false, null, null, Rank.NONE, false))
            .add(new Position("p-0094", "qx", Role.OFFICE_CADRE)).build();
    private static final List<Parameter> PARAMETERS = List.of(new Parameter("executiveShareMin", "%", "二(二)1", "",
            List.of(new ParameterValue(LocalDate.of(2018, 1, 1), 40))));

    @Test
    void everySentenceIsInBothLanguagesAndEveryPlaceholderIsFilled() {
        assertThat(ExplainWords.WORDS.keys(Locale.CHINESE)).isNotEmpty()
                .isEqualTo(ExplainWords.WORDS.keys(Locale.ENGLISH));
        Object[] args = {"a", "b", "c", "d", "e", "f", "g"};
        for (String key : ExplainWords.WORDS.keys(Locale.ENGLISH)) {
            assertThat(ExplainWords.WORDS.say(Locale.ENGLISH, key, args)).as(key).isNotBlank().doesNotContainPattern("\\{\\d}");
            assertThat(ExplainWords.WORDS.say(Locale.CHINESE, key, args)).as(key).isNotBlank().doesNotContainPattern("\\{\\d}")
                    .doesNotContainPattern("[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}");
        }
    }

    @Test
    void peopleAreNamedByNameAndId() {
        ExplainWords zh = new ExplainWords(Locale.CHINESE, DISTRICT, PARAMETERS);
        ExplainWords en = new ExplainWords(Locale.ENGLISH, DISTRICT, PARAMETERS);

        assertThat(zh.subject("p-0094")).isEqualTo("李娟（p-0094）");
        assertThat(en.subject("p-0094")).isEqualTo("李娟 (p-0094)");
        assertThat(zh.subject("p-0095")).as("no record: the id").isEqualTo("p-0095");
    }

    @Test
    void eachKindOfFactIsASentence() {
        ExplainWords zh = new ExplainWords(Locale.CHINESE, DISTRICT, PARAMETERS);
        ExplainWords en = new ExplainWords(Locale.ENGLISH, DISTRICT, PARAMETERS);

        assertThat(zh.fact(new Param("executiveShareMin", 40))).isEqualTo("参数 executiveShareMin 为 40%（条款 二(二)1）");
        assertThat(zh.fact(new Param("unknownOne", 3))).isEqualTo("参数 unknownOne 为 3");
        assertThat(zh.fact(new Tally("qx", "EXECUTIVE_MEMBER", 20))).isEqualTo("青溪区妇联（qx）的执委会委员共 20 人");
        assertThat(zh.fact(new Tally("qx", "EXECUTIVE_MEMBER.outstanding", 12)))
                .isEqualTo("青溪区妇联（qx）的执委会委员中女性优秀代表 12 人");
        assertThat(zh.fact(new Tally("qx", "PART_TIME_VICE_CHAIR.conflicted", 1)))
                .isEqualTo("青溪区妇联（qx）登记为兼职副主席、但在该组织同时担任其他职务而未计入的 1 人");
        assertThat(zh.fact(new Tally("qx", "activities.REFORM_REPORT", 1))).isEqualTo("青溪区妇联（qx）考核期内向区委汇报改革工作活动 1 次");
        assertThat(zh.fact(new Tally("p-0094", "days.STATIONED_WORK", 18))).isEqualTo("李娟（p-0094）考核期内到街道社区蹲点共 18 天");
        assertThat(zh.fact(new Tally("p-0094", "days.STATIONED_WORK.unrecorded", 2)))
                .isEqualTo("李娟（p-0094）的到街道社区蹲点记录中天数未记录或不合理的 2 条");
        assertThat(zh.fact(new Tally("p-0094", "pairings.HARDSHIP_PAIRING", 1))).isEqualTo("李娟（p-0094）考核期内有效的同困难家庭结对子 1 个");
        assertThat(zh.fact(new Tally("qx", "myOwn.key", 7))).isEqualTo("青溪区妇联（qx）的派生计数 myOwn.key 为 7");
        assertThat(zh.fact(DISTRICT.people().get(0))).isEqualTo("李娟（p-0094）：性别女，不是优秀代表");
        assertThat(zh.fact(new Position("p-0094", "qx", Role.OFFICE_CADRE))).isEqualTo("李娟（p-0094）登记为青溪区妇联（qx）机关干部");
        assertThat(zh.fact(new Officer("p-0094", "qx", Role.CHAIR))).isEqualTo("李娟（p-0094）计为青溪区妇联（qx）主席");
        assertThat(zh.fact(new RoleConflict("p-0094", "qx", List.of(Role.CHAIR, Role.PART_TIME_VICE_CHAIR))))
                .isEqualTo("李娟（p-0094）在青溪区妇联（qx）同时登记为主席、兼职副主席，各项职务均不计入");
        assertThat(zh.fact(DISTRICT.federations().get(0))).isEqualTo("青溪区妇联（qx）是区妇联，辖区常住妇女 236500 人");
        assertThat(zh.fact(List.of(1, 2))).isEqualTo("规则汇集了 2 条记录");
        assertThat(zh.fact(new SharedId("qx", List.of(DISTRICT.federations().get(0), DISTRICT.people().get(0)))))
                .isEqualTo("2 条记录共用编号 qx");
        assertThat(en.fact(new SharedId("qx", List.of(DISTRICT.federations().get(0), DISTRICT.people().get(0)))))
                .isEqualTo("2 records share the id qx");
        Position nobody = new Position("nobody", "qx", Role.OFFICE_CADRE);
        assertThat(zh.fact(new UnresolvedReference(nobody, nobody.references().get(0))))
                .isEqualTo("nobody@qx:OFFICE_CADRE的人员填写为 nobody，查无此类记录");
        assertThat(en.fact(new UnresolvedReference(nobody, nobody.references().get(0))))
                .isEqualTo("nobody@qx:OFFICE_CADRE: its person names nobody, which has no record of that kind");
        Activity report = new Activity("a-1", ActivityType.REFORM_REPORT, "p-0094", LocalDate.of(2025, 3, 5), null);
        assertThat(zh.fact(new WrongSubject(report))).isEqualTo("活动 a-1（向区委汇报改革工作）记在李娟（p-0094）名下，对象类型不对");
        assertThat(en.fact(new WrongSubject(report))).isEqualTo("activity a-1 (report on the reform to the district party committee) is recorded against 李娟 (p-0094), a subject of the wrong kind");
        assertThat(en.fact(new Tally("qx", "EXECUTIVE_MEMBER.known", 19)))
                .isEqualTo("of the people counted as executive-committee member of 青溪区妇联 (qx), 19 can be judged (the others lack a person record or a gender)");
        assertThat(en.fact(new Param("executiveShareMin", 40))).isEqualTo("the parameter executiveShareMin is 40% (clause 二(二)1)");
    }
}
