package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import io.github.fulianrules.FulianRulesException;
import java.util.LinkedHashMap;
import java.util.Map;
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
    void modulesOfDifferentVersionsAreNamedWithTheBomToAlignThem() {
        Map<String, Version> databindPinned = new LinkedHashMap<>();
        databindPinned.put("jackson-core", version(2, 17, 3));
        databindPinned.put("jackson-databind", version(2, 17, 3));
        databindPinned.put("jackson-dataformat-yaml", version(2, 23, 0));
        databindPinned.put("jackson-datatype-jsr310", version(2, 23, 0));

        assertThatThrownBy(() -> JacksonVersion.check(databindPinned))
                .isInstanceOf(FulianRulesException.class)
                .hasMessage("fulian-rules needs the Jackson modules at one version, but the class path has "
                        + "jackson-core 2.17.3, jackson-databind 2.17.3, jackson-dataformat-yaml 2.23.0, "
                        + "jackson-datatype-jsr310 2.23.0: align them by importing com.fasterxml.jackson:jackson-bom "
                        + "(e.g. 2.23.0) in dependencyManagement instead of pinning one module");
    }

    @Test
    void patchReleasesOfOneLineAgree() {
        Map<String, Version> mixedPatches = new LinkedHashMap<>();
        mixedPatches.put("jackson-core", version(2, 17, 3));
        mixedPatches.put("jackson-databind", version(2, 17, 0));

        assertThatCode(() -> JacksonVersion.check(mixedPatches)).doesNotThrowAnyException();
    }

    @Test
    void theJacksonOfThisBuildIsSupported() {
        assertThatCode(JacksonVersion::requireSupported).doesNotThrowAnyException();
    }
}
