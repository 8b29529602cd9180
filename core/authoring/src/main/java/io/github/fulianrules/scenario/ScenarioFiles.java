package io.github.fulianrules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads scenario files: YAML (or JSON) documents of this shape.
 *
 * <pre>
 * requirement: FL-2.4a            # what the file is about
 * scenarios:
 *   - name: A district with three part-time vice-chairs falls one short
 *     parameters: {districtPartTimeViceChairsMin: 4}     # optional overrides
 *     given:                                              # the JSON input format; period defaults to 2025
 *       federations: [{id: d, level: DISTRICT}]
 *       people:
 *         - {id: p1, gender: FEMALE, positions: [{federationId: d, role: PART_TIME_VICE_CHAIR}]}
 *     expect:                                             # findings that must be there
 *       - {requirementId: FL-2.4a, subjectId: d, kind: VIOLATION, measured: "1", required: "4", gap: 3}
 *     absent:                                             # findings that must not be there
 *       - {requirementId: FL-2.4a}
 *     met:                                                # checks that must have passed
 *       - {requirementId: FL-2.4a, subjectId: d}
 * </pre>
 *
 * For every requirement an {@code expect} entry names, the findings of that requirement must be
 * exactly those expected: an unexpected extra finding fails the scenario.
 */
public final class ScenarioFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioFiles() {
    }

    /** The scenarios of a file, or of every {@code .yaml}, {@code .yml} and {@code .json} file under a directory, in path order. */
    public static List<Scenario> load(Path fileOrDir) {
        List<Path> files;
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> walk = Files.walk(fileOrDir)) {
                files = walk.filter(Files::isRegularFile).filter(ScenarioFiles::isScenarioFile).sorted().toList();
            } catch (IOException e) {
                throw new ScenarioException(fileOrDir + ": cannot list scenarios: " + e.getMessage());
            }
        } else {
            files = List.of(fileOrDir);
        }
        List<Scenario> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(loadFile(f));
        }
        return all;
    }

    private static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private static List<Scenario> loadFile(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ScenarioException(file + ": not a scenario file: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.path("scenarios").isArray()) {
            throw new ScenarioException(file + ": a scenario file needs a 'scenarios' list");
        }
        List<Scenario> scenarios = new ArrayList<>();
        int i = 0;
        for (JsonNode node : root.path("scenarios")) {
            String where = file + ": scenarios[" + i++ + "]";
            try {
                scenarios.add(scenario(node, file.toString()));
            } catch (IllegalArgumentException | IOException e) {
                throw new ScenarioException(where + ": " + e.getMessage());
            }
        }
        return scenarios;
    }

    private static Scenario scenario(JsonNode node, String source) throws IOException {
        String name = node.path("name").asText(null);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("missing 'name'");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of("name", "parameters", "given", "expect", "absent", "met").contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "' in scenario \"" + name + "\"");
            }
        }
        Map<String, Long> params = new LinkedHashMap<>();
        node.path("parameters").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asLong()));
        JsonNode given = node.path("given");
        if (!given.isObject()) {
            throw new IllegalArgumentException("missing 'given' in scenario \"" + name + "\"");
        }
        ObjectNode district = given.deepCopy();
        if (!district.has("period")) {
            ObjectNode period = district.putObject("period");
            period.put("start", "2025-01-01");
            period.put("end", "2025-12-31");
        }
        return new Scenario(name, source, params, JSON.writeValueAsBytes(district),
                expectations(node.path("expect")), expectations(node.path("absent")),
                expectations(node.path("met")));
    }

    private static List<Expectation> expectations(JsonNode list) {
        List<Expectation> out = new ArrayList<>();
        for (JsonNode e : list) {
            Map<String, String> fields = new LinkedHashMap<>();
            e.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().isArray()
                    ? String.join(",", iterable(f.getValue())) : f.getValue().asText()));
            out.add(new Expectation(fields));
        }
        return out;
    }

    private static List<String> iterable(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(n -> items.add(n.asText()));
        return items;
    }
}
