package io.github.fulianrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the scenario files' reader and the runner say has both languages, sentence by sentence. */
class ScenarioWordsTest {
    @Test
    void everySentenceHasBothLanguages() {
        assertThat(ScenarioFiles.WORDS.keys(Locale.CHINESE)).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(ScenarioFiles.WORDS.keys(Locale.ENGLISH));
        // An example of the format is the same in both: it is what the file must hold.
        for (String key : ScenarioFiles.WORDS.keys(Locale.CHINESE).stream().filter(k -> !k.endsWith("Example")).toList()) {
            assertThat(ScenarioFiles.WORDS.say(Locale.CHINESE, key, "x", "y", "z"))
                    .as(key).isNotEqualTo(ScenarioFiles.WORDS.say(Locale.ENGLISH, key, "x", "y", "z"));
        }
    }
}
