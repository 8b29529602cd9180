package io.github.fulianrules.scenario;

import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.internal.LocatedYaml;
import io.github.fulianrules.internal.LocatedYaml.Field;
import io.github.fulianrules.internal.LocatedYaml.Fields;
import io.github.fulianrules.internal.LocatedYaml.Mapping;
import io.github.fulianrules.internal.LocatedYaml.Node;
import io.github.fulianrules.internal.LocatedYaml.Scalar;
import io.github.fulianrules.internal.LocatedYaml.ScalarKind;
import io.github.fulianrules.internal.LocatedYaml.Sequence;
import io.github.fulianrules.internal.Sentences;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 *     notJudged:                                          # checks that must not have been made
 *       - {requirementId: FL-2.1a, subjectId: d}          # (neither met nor a finding)
 * </pre>
 *
 * For every requirement an {@code expect} entry names, the findings of that requirement must be
 * exactly those expected: an unexpected extra finding fails the scenario.
 *
 * <p>A file with a mistake is refused with each problem at its place, in the words of the district
 * reader: {@code FL-2.3c.yaml:9:25: scenarios[0].given.people[0].gender: unknown value "F" (expected
 * one of FEMALE, MALE)}, {@code FL-2.3c.yaml:12:9: scenarios[0].expect[0].kind: unknown value
 * "WARN" (expected one of VIOLATION, WARNING, RECOMMENDATION, DATA)}.
 */
public final class ScenarioFiles {
    /** The fields of a scenario file. */
    static final List<String> FILE_FIELDS = List.of("requirement", "scenarios");
    /** The fields of a scenario. */
    static final List<String> SCENARIO_FIELDS = List.of("name", "parameters", "given", "expect", "absent", "met", "notJudged");
    /** The fields of a {@code notJudged} entry: which requirement, and on which subject. */
    private static final List<String> NOT_JUDGED_FIELDS = List.of("requirementId", "subjectId");
    /** The period of a scenario whose {@code given} names none. */
    private static final String DEFAULT_PERIOD = "{\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}";

    /** What the reader of scenario files says, in Chinese and English. */
    static final Sentences WORDS = Sentences.of(ScenarioFiles.class, "scenario");

    private ScenarioFiles() {
    }

    private static ScenarioException cannotList(Path dir, IOException e, Locale locale) {
        return new ScenarioException(List.of(new InputException(dir.toString(), 0, 0, "",
                WORDS.say(locale, "cannotList", e.getMessage()))));
    }

    /** The scenarios of a file, or of every {@code .yaml}, {@code .yml} and {@code .json} file under a directory, in path order. */
    public static List<Scenario> load(Path fileOrDir) {
        return load(fileOrDir, Locale.ENGLISH);
    }

    /** As {@link #load(Path)}, what is wrong with the files told in the language of {@code locale}. */
    public static List<Scenario> load(Path fileOrDir, Locale locale) {
        List<Path> files;
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> walk = Files.walk(fileOrDir)) {
                files = walk.filter(Files::isRegularFile).filter(ScenarioFiles::isScenarioFile).sorted().toList();
            } catch (UncheckedIOException e) {   // a folder met during the walk that cannot be read
                throw cannotList(fileOrDir, e.getCause(), locale);
            } catch (IOException e) {
                throw cannotList(fileOrDir, e, locale);
            }
        } else {
            files = List.of(fileOrDir);
        }
        List<Scenario> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(loadFile(f, locale));
        }
        return all;
    }

    private static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private static List<Scenario> loadFile(Path file, Locale locale) {
        String source = file.toString();
        List<InputException> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        try {
            Node root = LocatedYaml.read(source, Files.readAllBytes(file), locale);
            Fields fields = new Fields(source, problems::add, locale);
            fields.map(root, WORDS.say(locale, "aFile")).filter(m -> fields.onlyKnown(m, FILE_FIELDS))
                    .flatMap(m -> fields.required(m, "scenarios", WORDS.say(locale, "scenarios")))
                    .flatMap(n -> fields.list(n, WORDS.say(locale, "scenarios")))
                    .ifPresent(list -> list.items().forEach(item -> scenario(item, source, fields).ifPresent(scenarios::add)));
        } catch (InputException e) {
            problems.add(e);
        } catch (IOException e) {
            problems.add(new InputException(source, 0, 0, "", WORDS.say(locale, "cannotRead", e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenarios;
    }

    private static Optional<Scenario> scenario(Node node, String source, Fields fields) {
        Locale locale = fields.locale();
        Optional<Mapping> entry = fields.map(node, WORDS.say(locale, "aScenario"));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Mapping m = entry.get();
        boolean ok = fields.onlyKnown(m, SCENARIO_FIELDS);
        Optional<String> name = fields.required(m, "name", WORDS.say(locale, "aName")).flatMap(fields::string);
        Map<String, Long> params = new LinkedHashMap<>();
        Optional<Node> parameters = m.get("parameters");
        if (parameters.isPresent()) {
            Optional<Mapping> map = fields.map(parameters.get(), WORDS.say(locale, "parameterValues"));
            ok &= map.isPresent();
            for (Field f : map.map(Mapping::fields).orElse(List.of())) {
                Optional<Long> value = fields.wholeNumber(f.value());
                ok &= value.isPresent();
                value.ifPresent(v -> params.put(f.name(), v));
            }
        }
        Optional<DistrictData> given = fields.required(m, "given", WORDS.say(locale, "givenExample"))
                .flatMap(n -> fields.map(n, WORDS.say(locale, "theFacts")))
                .flatMap(g -> district(g, source, fields));
        List<Expectation> expect = expectations(m, "expect", fields, Expectation.KNOWN);
        List<Expectation> absent = expectations(m, "absent", fields, Expectation.KNOWN);
        List<Expectation> met = expectations(m, "met", fields, Expectation.KNOWN);
        List<Expectation> notJudged = expectations(m, "notJudged", fields, NOT_JUDGED_FIELDS);
        if (!ok || name.isEmpty() || given.isEmpty() || expect == null || absent == null || met == null
                || notJudged == null) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(name.get(), source, params, given.get(), expect, absent, met, notJudged));
    }

    /** The facts of {@code given}, read by the district reader, its problems and locations at their places in the scenario file. */
    private static Optional<DistrictData> district(Mapping given, String source, Fields fields) {
        GivenJson json = new GivenJson(given);
        try {
            DistrictData read = DistrictReader.read(json.bytes(), source);
            DistrictData.Builder located = DistrictData.builder(read.period()).addAll(read.facts().toList());
            read.locations().forEach((id, where) -> located.location(id,
                    source + ":" + json.nodeAt(Integer.parseInt(where.substring(where.lastIndexOf(':') + 1))).line()));
            return Optional.of(located.build());
        } catch (InputException e) {
            Node at = json.nodeAt(e.line());
            String path = e.path().isEmpty() ? given.path() : given.pathOf(e.path());
            fields.problem(new Scalar(path, at.line(), at.column(), ScalarKind.NULL, ""), e.problem());
            return Optional.empty();
        }
    }

    /** The expectations under {@code key}, each of the {@code known} fields, or null when one of them is wrong (reported). */
    private static List<Expectation> expectations(Mapping scenario, String key, Fields fields, List<String> known) {
        Optional<Node> node = scenario.get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        Optional<Sequence> list = fields.list(node.get(), WORDS.say(fields.locale(), "findings"));
        if (list.isEmpty()) {
            return null;
        }
        List<Expectation> out = new ArrayList<>();
        boolean ok = true;
        for (Node item : list.get().items()) {
            Optional<Mapping> e = fields.map(item, WORDS.say(fields.locale(), "aFinding"));
            if (e.isEmpty()) {
                ok = false;
                continue;
            }
            ok &= fields.onlyKnown(e.get(), known);
            ok &= fields.required(e.get(), "requirementId", "FL-2.3c").flatMap(fields::string).isPresent();
            ok &= e.get().get("kind").map(k -> fields.constant(k, Kind.class, EnumSet.allOf(Kind.class)).isPresent()).orElse(true);
            ok &= e.get().get("gap").map(g -> fields.wholeNumber(g).isPresent()).orElse(true);
            ok &= e.get().get("waived").map(w -> isYesNo(w, fields)).orElse(true);
            if (ok) {
                Map<String, String> values = new LinkedHashMap<>();
                e.get().fields().forEach(f -> values.put(f.name(), text(f.value())));
                out.add(new Expectation(values));
            }
        }
        return ok ? out : null;
    }

    private static boolean isYesNo(Node node, Fields fields) {
        if (node instanceof Scalar s && s.kind() == ScalarKind.BOOLEAN) {
            return true;
        }
        fields.problem(node, WORDS.say(fields.locale(), "expectedYesNo", node.describe(fields.locale())));
        return false;
    }

    /** A value as an expectation compares it: its text, a list's items joined by commas. */
    private static String text(Node node) {
        if (node instanceof Sequence s) {
            return String.join(",", s.items().stream().map(ScenarioFiles::text).toList());
        }
        if (node instanceof Scalar s && s.kind() == ScalarKind.BOOLEAN) {
            return Boolean.toString(s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("yes")
                    || s.text().equalsIgnoreCase("on"));
        }
        return node instanceof Scalar s ? s.text() : "";
    }

    /**
     * The {@code given} of a scenario as the JSON text the district reader reads, one token a line,
     * so that a line of the JSON names the node of the scenario file it came from.
     */
    private static final class GivenJson {
        private final StringBuilder text = new StringBuilder();
        private final List<Node> lines = new ArrayList<>();

        GivenJson(Mapping given) {
            write(given, given.get("period").isEmpty());
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        /** The node written on JSON line {@code line} (from 1); the last one past the end. */
        Node nodeAt(int line) {
            return lines.get(Math.max(0, Math.min(lines.size(), line) - 1));
        }

        private void line(String json, Node from) {
            text.append(json).append('\n');
            lines.add(from);
        }

        private void write(Node node, boolean addPeriod) {
            if (node instanceof Mapping m) {
                line("{", m);
                String comma = "";
                if (addPeriod) {
                    line("\"period\": " + DEFAULT_PERIOD, m);
                    comma = ",";
                }
                for (Field f : m.fields()) {
                    line(comma + quote(f.name()) + ":", new Scalar(m.pathOf(f.name()), f.line(), f.column(), ScalarKind.NULL, ""));
                    write(f.value(), false);
                    comma = ",";
                }
                line("}", m);
            } else if (node instanceof Sequence s) {
                line("[", s);
                for (int i = 0; i < s.items().size(); i++) {
                    if (i > 0) {
                        line(",", s.items().get(i));
                    }
                    write(s.items().get(i), false);
                }
                line("]", s);
            } else if (node instanceof Scalar s) {
                line(scalar(s), s);
            }
        }

        private static String scalar(Scalar s) {
            return switch (s.kind()) {
                case STRING -> quote(s.text());
                case WHOLE_NUMBER -> wholeNumber(s.text());
                case FRACTION -> s.text().matches("-?\\d+\\.\\d+([eE][-+]?\\d+)?") ? s.text() : quote(s.text());
                case BOOLEAN -> Boolean.toString(s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("yes")
                        || s.text().equalsIgnoreCase("on"));
                case NULL -> "null";
            };
        }

        private static String wholeNumber(String text) {
            try {
                return Long.toString(Long.decode(text.replace("_", "")));
            } catch (NumberFormatException e) {
                return text.replace("_", "").matches("-?\\d+") ? text.replace("_", "") : quote(text);
            }
        }

        private static String quote(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}
