package io.github.fulianrules.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Level;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationGeneratorTest {

    private static byte[] nation(long seed, NationGenerator.Scale scale, int districts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NationGenerator(seed, scale).write(districts, out);
        return out.toByteArray();
    }

    private static List<String> lines(byte[] jsonLines) {
        return Arrays.asList(new String(jsonLines, StandardCharsets.UTF_8).split("\n", -1));
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        assertThat(nation(7, NationGenerator.Scale.SMALL, 50)).isEqualTo(nation(7, NationGenerator.Scale.SMALL, 50));
        assertThat(nation(7, NationGenerator.Scale.FULL, 2)).isEqualTo(nation(7, NationGenerator.Scale.FULL, 2));
    }

    @Test
    void anotherSeedGivesAnotherNation() throws IOException {
        List<String> a = lines(nation(7, NationGenerator.Scale.SMALL, 20));
        List<String> b = lines(nation(8, NationGenerator.Scale.SMALL, 20));
        for (int i = 0; i < 20; i++) {
            assertThat(a.get(i)).as("district %d", i).isNotEqualTo(b.get(i));
        }
    }

    @Test
    void eachDistrictIsOneLineEndingInANewline() throws IOException {
        List<String> lines = lines(nation(3, NationGenerator.Scale.SMALL, 10));
        assertThat(lines).hasSize(11);
        assertThat(lines.get(10)).isEmpty();
        assertThat(lines.subList(0, 10)).allSatisfy(l -> assertThat(l).startsWith("{\"format\":").endsWith("}"));
    }

    @Test
    void everyDistrictIsReadBackAsTheFactsGenerated() throws IOException {
        NationGenerator generator = new NationGenerator(11, NationGenerator.Scale.SMALL);
        List<String> lines = lines(nation(11, NationGenerator.Scale.SMALL, 300));
        for (int i = 0; i < 300; i++) {
            DistrictData read = DistrictReader.read(lines.get(i).getBytes(StandardCharsets.UTF_8), "nation.jsonl");
            assertSameFacts(read, generator.district(i));
        }
    }

    @Test
    void fullSizeDistrictsAreReadBackAndHaveNationalProportions() throws IOException {
        NationGenerator generator = new NationGenerator(5, NationGenerator.Scale.FULL);
        List<String> lines = lines(nation(5, NationGenerator.Scale.FULL, 3));
        for (int i = 0; i < 3; i++) {
            DistrictData read = DistrictReader.read(lines.get(i).getBytes(StandardCharsets.UTF_8), "nation.jsonl");
            assertSameFacts(read, generator.district(i));
            long subDistricts = read.federations().stream().filter(f -> f.level() == Level.SUB_DISTRICT).count();
            long communities = read.federations().stream().filter(f -> f.level() == Level.COMMUNITY).count();
            assertThat(subDistricts).isBetween(10L, 20L);
            assertThat(communities).isBetween(100L, 300L);
            assertThat(read.people().size()).isBetween(1_500, 8_000);
            assertThat(read.womensHomes().size()).isGreaterThan((int) communities / 2);
            assertThat(read.units()).hasSizeBetween(40, 120);
        }
    }

    private static void assertSameFacts(DistrictData read, DistrictData generated) {
        assertThat(read.period()).isEqualTo(generated.period());
        assertThat(read.federations()).isEqualTo(generated.federations());
        assertThat(read.people()).isEqualTo(generated.people());
        assertThat(read.positions()).isEqualTo(generated.positions());
        assertThat(read.womensHomes()).isEqualTo(generated.womensHomes());
        assertThat(read.units()).isEqualTo(generated.units());
        assertThat(read.buildings()).isEqualTo(generated.buildings());
        assertThat(read.activityCentres()).isEqualTo(generated.activityCentres());
        assertThat(read.womensGroups()).isEqualTo(generated.womensGroups());
        assertThat(read.activities()).isEqualTo(generated.activities());
        assertThat(read.waivers()).isEqualTo(generated.waivers());
    }
}
