package io.github.fulianrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JunitXmlTest {
    private static ScenarioResult result(String file, String name, String... differences) {
        return new ScenarioResult(new Scenario(name, file, Map.of(), null, List.of(), List.of(), List.of(), List.of()),
                List.of(differences));
    }

    @Test
    void oneSuitePerFileInTheOrderGivenWithEachFailureAndItsDifferences() {
        String xml = JunitXml.of(List.of(
                result("task2/FL-2.4a.yaml", "four vice-chairs meet the floor"),
                result("data/DATA.yaml", "a duplicate id is a data finding", "expected DATA DUPLICATE_ID on p1\n  found none",
                        "unexpected FL-1.1a on qx"),
                result("task2/FL-2.4a.yaml", "three vice-chairs <fall> short & are \"named\"")));

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="fulian-rules scenarios" tests="3" failures="1" errors="0">
                  <testsuite name="task2/FL-2.4a.yaml" tests="2" failures="0" errors="0" skipped="0">
                    <testcase classname="task2/FL-2.4a.yaml" name="four vice-chairs meet the floor"></testcase>
                    <testcase classname="task2/FL-2.4a.yaml" name="three vice-chairs &lt;fall&gt; short &amp; are &quot;named&quot;"></testcase>
                  </testsuite>
                  <testsuite name="data/DATA.yaml" tests="1" failures="1" errors="0" skipped="0">
                    <testcase classname="data/DATA.yaml" name="a duplicate id is a data finding"><failure type="ScenarioMismatch" \
                message="expected DATA DUPLICATE_ID on p1">expected DATA DUPLICATE_ID on p1
                  found none
                unexpected FL-1.1a on qx</failure></testcase>
                  </testsuite>
                </testsuites>
                """);
    }

    @Test
    void noResultsAreAnEmptyReport() {
        assertThat(JunitXml.of(List.of())).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="fulian-rules scenarios" tests="0" failures="0" errors="0">
                </testsuites>
                """);
    }

    @Test
    void charactersXmlCannotHoldAreLeftOut() {
        assertThat(JunitXml.xmlText("a\u0000b\u0001\tc\nd\re\u001f\u0020f\uFFFEg\uFFFF😀"))
                .isEqualTo("ab\tc\nd\re f" + "g😀");
    }
}
