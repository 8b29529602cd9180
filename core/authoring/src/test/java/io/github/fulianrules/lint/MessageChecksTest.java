package io.github.fulianrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.internal.CatalogueFiles;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.testing.TinyRuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages against the requirements, DATA codes and placeholders that use them, on TinyRuleSet variants. */
class MessageChecksTest {
    /** TinyRuleSet's rule and a data rule that gives the DATA code NO_REPORTS. */
    private static final String WITH_DATA_CODE = TinyRuleSet.RULE + """

            rule "data: a district federation without reports"
                @data("reports")
            when
                Federation(level == Level.DISTRICT, $id : id)
                not Activity(subjectId == $id, type == ActivityType.REFORM_REPORT)
            then
                insert(new DataIssue("NO_REPORTS", $id, null, "reports", "none"));
            end
            """;

    private static final String DATA_MESSAGES = """
            DATA.NO_REPORTS.message=no reports of {subject}
            DATA.NO_REPORTS.remedy=enter the reports of {id}
            """;

    @TempDir
    Path dir;

    private List<Problem> check(Map<String, String> files) {
        TinyRuleSet.writeTo(dir, files);
        List<ParsedDrl> parsed = sources().stream().map(ParsedDrl::parse).flatMap(Optional::stream).toList();
        return MessageChecks.check(CatalogueFiles.read(dir), parsed, source -> dir.relativize(Path.of(source)).toString());
    }

    private List<DrlSource> sources() {
        try {
            return List.of(DrlSource.read(dir, dir.resolve(TinyRuleSet.DRL)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Problem> withMessage(String file, String line) {
        Map<String, String> files = TinyRuleSet.files();
        files.put(file, files.get(file) + line + "\n");
        return check(files);
    }

    @Test
    void theTinyRuleSetsMessagesAreGood() {
        assertThat(check(TinyRuleSet.files())).isEmpty();
    }

    @Test
    void aRequirementWithoutItsMessageOrRemedyIsAProblemAtItsIdInTheCatalogue() {
        Map<String, String> files = TinyRuleSet.files();
        files.put("messages_en.properties", files.get("messages_en.properties").lines()
                .filter(l -> !l.startsWith("FL-1.1a.remedy")).map(l -> l + "\n").reduce("", String::concat));
        files.put("messages_zh.properties", "other.key=x\n");

        assertThat(check(files)).extracting(Problem::toString).contains(
                "catalogue.yaml:2:9 requirements[0].id: FL-1.1a has no FL-1.1a.remedy in messages_en.properties",
                "catalogue.yaml:2:9 requirements[0].id: FL-1.1a has no FL-1.1a.message and FL-1.1a.remedy"
                        + " in messages_zh.properties");
    }

    @Test
    void anEmptyMessagesFileIsNotCheckedAgain() {
        Map<String, String> files = TinyRuleSet.files();
        files.put("messages_zh.properties", "");

        assertThat(check(files)).isEmpty();
    }

    @Test
    void aDataCodeARuleGivesNeedsAMessageAndARemedyInEachLanguage() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, WITH_DATA_CODE);
        files.put("messages_zh.properties", files.get("messages_zh.properties") + "DATA.NO_REPORTS.message=没有汇报\n");

        assertThat(check(files)).extracting(Problem::toString).containsExactly(
                "reports.drl:23:26 DATA code NO_REPORTS has no DATA.NO_REPORTS.remedy in messages_zh.properties",
                "reports.drl:23:26 DATA code NO_REPORTS has no DATA.NO_REPORTS.message and DATA.NO_REPORTS.remedy"
                        + " in messages_en.properties");
    }

    @Test
    void aDataCodesMessagesMayUseTheDataPlaceholders() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, WITH_DATA_CODE);
        files.put("messages_zh.properties", files.get("messages_zh.properties") + DATA_MESSAGES);
        files.put("messages_en.properties", files.get("messages_en.properties") + DATA_MESSAGES
                + "DATA.NO_REPORTS.message.SHORT=no {field} but {measured}\n");

        assertThat(check(files)).extracting(Problem::toString).containsExactly(
                "messages_en.properties:5:46 DATA.NO_REPORTS.message.SHORT: unknown placeholder {measured} (its finding fills"
                        + " {subject}, {id}, {field}, {detail}, {detailNamed}, {details}, {periodStart}, {periodEnd},"
                        + " {requirement}, {strength}, {from}, {until} and the parameters by name)");
    }

    @Test
    void aMessageKeyMisspeltNamesTheOneMeant() {
        assertThat(withMessage("messages_en.properties", "FL-1.1b.remedy=x")).extracting(Problem::toString)
                .containsExactly("messages_en.properties:3:1 FL-1.1b.remedy: nothing uses it: FL-1.1b is not in catalogue.yaml"
                        + " (did you mean FL-1.1a?)");
    }

    @Test
    void theDataCodesOfTheEngineHaveMessagesThatNoRuleGives() {
        assertThat(withMessage("messages_en.properties", "DATA.PARAMETER_NOT_IN_FORCE.message={field} has no value in force"))
                .isEmpty();
    }

    @Test
    void aMessageThatNothingUsesIsAProblemAtItsLine() {
        assertThat(withMessage("messages_en.properties", "DATA.NO_REPORTS.message=x")).extracting(Problem::toString)
                .containsExactly("messages_en.properties:3:1 DATA.NO_REPORTS.message: nothing uses it: no rule gives DATA code"
                        + " NO_REPORTS");
        assertThat(withMessage("messages_zh.properties", "FL-9.9z.remedy=x")).extracting(Problem::toString)
                .containsExactly("messages_zh.properties:3:1 FL-9.9z.remedy: nothing uses it: FL-9.9z is not in catalogue.yaml");
        assertThat(withMessage("messages_en.properties", "greeting=hello")).extracting(Problem::toString)
                .containsExactly("messages_en.properties:3:1 greeting: not a message key, so nothing uses it (keys are"
                        + " ID.message, ID.remedy, DATA.CODE.message, DATA.CODE.remedy, each with an optional .VARIANT,"
                        + " and token.WORD)");
        assertThat(withMessage("messages_en.properties", "FL-1.1a.message.short=x")).extracting(Problem::message)
                .singleElement().asString().startsWith("FL-1.1a.message.short: not a message key");
    }

    @Test
    void aTokenIsAWordNotAMessage() {
        assertThat(withMessage("messages_en.properties", "token.DISTRICT=district {unknown")).isEmpty();
    }

    @Test
    void aMisspeltPlaceholderIsAProblemAtItsColumnWithTheNearestName() {
        assertThat(withMessage("messages_en.properties", "FL-1.1a.message.SHORT=only {mesurd} of {required}"))
                .extracting(Problem::toString).containsExactly("messages_en.properties:3:28 FL-1.1a.message.SHORT:"
                        + " unknown placeholder {mesurd} (did you mean {measured}?)");
        assertThat(withMessage("messages_en.properties", "FL-1.1a.remedy.SHORT={reformReportsPerYer} a year"))
                .extracting(Problem::message).containsExactly("FL-1.1a.remedy.SHORT: unknown placeholder"
                        + " {reformReportsPerYer} (did you mean {reformReportsPerYear}?)");
    }

    @Test
    void aPlaceholderThreeEditsFromAnyNameHasNoSuggestion() {
        assertThat(withMessage("messages_en.properties", "FL-1.1a.message.SHORT={msurd}"))
                .extracting(Problem::message).containsExactly("FL-1.1a.message.SHORT: unknown placeholder {msurd}"
                        + " (its finding fills {subject}, {id}, {measured}, {required}, {gap}, {details}, {periodStart},"
                        + " {periodEnd}, {qualifying}, {total}, {percent}, {add} and the parameters by name)");
    }

    @Test
    void aMessageMayShowAParametersValueAndAPluralOfAPlaceholder() {
        assertThat(withMessage("messages_en.properties", "FL-1.1a.message.SHORT={measured} {measured|report|reports}"
                + " of {reformReportsPerYear}")).isEmpty();
    }

    @Test
    void aBraceThatOpensNoPlaceholderIsAProblemAtItsColumn() {
        assertThat(withMessage("messages_en.properties", "FL-1.1a.remedy.SHORT={gap} more { reports}")).extracting(Problem::toString)
                .containsExactly("messages_en.properties:3:33 FL-1.1a.remedy.SHORT: a { that opens no placeholder"
                        + " (write {name}, or {name|one|other} for a word that follows a number)");
        assertThat(withMessage("messages_en.properties", "FL-1.1a.remedy.SHORT={ {gap}")).extracting(Problem::column)
                .containsExactly(22);
    }
}
