package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import io.github.fulianrules.FulianRulesException;
import org.junit.jupiter.api.Test;

class JacksonVersionTest {
    private static Version version(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
    }

    @Test
    void theLowestSupportedAndNewerArePassed() {
        assertThatCode(() -> JacksonVersion.check("jackson-core", version(2, 16, 0))).doesNotThrowAnyException();
        assertThatCode(() -> JacksonVersion.check("jackson-core", version(2, 23, 0))).doesNotThrowAnyException();
        assertThatCode(() -> JacksonVersion.check("jackson-core", version(3, 0, 0))).doesNotThrowAnyException();
    }

    @Test
    void anOlderOneIsNamedWithTheVersionNeeded() {
        assertThatThrownBy(() -> JacksonVersion.check("jackson-databind", version(2, 15, 4)))
                .isInstanceOf(FulianRulesException.class)
                .hasMessageStartingWith("fulian-rules needs jackson-databind 2.16.0 or later, but the class path has 2.15.4");
        assertThatThrownBy(() -> JacksonVersion.check("jackson-core", version(1, 99, 0)))
                .isInstanceOf(FulianRulesException.class);
    }

    @Test
    void theJacksonOfThisBuildIsSupported() {
        assertThatCode(JacksonVersion::requireSupported).doesNotThrowAnyException();
    }
}
