package io.github.fulianrules.internal;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.ParameterValue;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.internal.LocatedYaml.Fields;
import io.github.fulianrules.internal.LocatedYaml.Mapping;
import io.github.fulianrules.internal.LocatedYaml.Node;
import io.github.fulianrules.report.RequirementIds;
import io.github.fulianrules.report.Strength;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a rule set's data files: {@code catalogue.yaml} (the requirements) and
 * {@code parameters.yaml} (dated parameter values citing their clauses). Every wrong entry is
 * reported as {@code FILE:LINE:COL: PATH: what was expected}, e.g.
 * {@code parameters.yaml:31:15: parameters[18].values[0].from: not a valid date "2025-02-30": Invalid
 * date 'FEBRUARY 30' (expected a real day as YYYY-MM-DD)}; a reading goes on after a wrong entry, so
 * that it lists them all.
 */
public final class CatalogueFiles {
    /** The requirement catalogue's file name within a rule set. */
    public static final String CATALOGUE = "catalogue.yaml";
    /** The parameter file's name within a rule set. */
    public static final String PARAMETERS = "parameters.yaml";
    /** Chinese messages. */
    public static final String MESSAGES_ZH = "messages_zh.properties";
    /** English messages. */
    public static final String MESSAGES_EN = "messages_en.properties";

    /** The fields of a catalogue entry, in the documented order. */
    static final List<String> REQUIREMENT_FIELDS = List.of("id", "clause", "strength", "subject", "sourceWords", "check");
    /** The fields of a parameter, in the documented order. */
    static final List<String> PARAMETER_FIELDS = List.of("name", "unit", "clause", "description", "values");
    /** The fields of a dated value. */
    static final List<String> VALUE_FIELDS = List.of("from", "value");

    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private CatalogueFiles() {
    }

    /**
     * A value read from a data file, with the entry it was read from.
     *
     * @param value  the value
     * @param path   its entry, e.g. {@code requirements[35]}
     * @param line   the line of its key field ({@code id}, {@code name}), from 1
     * @param column the column of that field's value, from 1
     */
    public record Located<T>(T value, String path, int line, int column) {
    }

    /**
     * A rule set's four data files, read together, with every problem found in them.
     *
     * @param requirements the requirements of {@code catalogue.yaml}, each with its entry
     * @param parameters   the parameters of {@code parameters.yaml}, each with its entry
     * @param zh           the Chinese messages
     * @param en           the English messages
     * @param problems     every problem, each naming its file, line, column and entry
     */
    public record DataFiles(List<Located<Requirement>> requirements, List<Located<Parameter>> parameters,
                            MessageFile zh, MessageFile en, List<InputException> problems) {
        public DataFiles {
            requirements = List.copyOf(requirements);
            parameters = List.copyOf(parameters);
            problems = List.copyOf(problems);
        }

        /** The requirements and parameters read. */
        public Catalogue catalogue() {
            return new Catalogue(requirements.stream().map(Located::value).toList(),
                    parameters.stream().map(Located::value).toList());
        }

        /** The messages read, in both languages. */
        public Messages messages() {
            return new Messages(zh.properties(), en.properties());
        }
    }

    /** What gives a data file's bytes by its name. */
    private interface Opener {
        byte[] open(String name) throws IOException;
    }

    /** Reads the data files of the directory {@code dir}; problems name each file as {@code dir/NAME}. */
    public static DataFiles read(Path dir) {
        return read(dir, (name, bytes) -> { });
    }

    /** As {@link #read(Path)}, handing each file's bytes to {@code read} as it is read: what is checked is what is kept. */
    public static DataFiles read(Path dir, BiConsumer<String, byte[]> read) {
        return read(dir, read, Locale.ENGLISH);
    }

    /** As {@link #read(Path, BiConsumer)}, each problem told in the language of {@code locale}. */
    public static DataFiles read(Path dir, BiConsumer<String, byte[]> read, Locale locale) {
        return read(name -> dir.resolve(name).toString(), name -> {
            byte[] bytes = DrlSource.readInside(dir, name);
            read.accept(name, bytes);
            return bytes;
        }, locale);
    }

    /** Reads the data files of the rule bundle {@code bundle}; problems name each file as {@code NAME in BUNDLE}. */
    public static DataFiles read(String bundle, RuleBundle files) {
        return read(name -> name + " in " + bundle, name -> {
            try (InputStream in = files.file(name)) {
                return in.readAllBytes();
            }
        }, Locale.ENGLISH);
    }

    /** Reads the data files of the bundled rule set from the class path of {@code loader}. */
    public static DataFiles readBundled(ClassLoader loader) {
        return read(name -> RuleSetLoader.RESOURCE_DIR + name, name -> {
            try (InputStream in = loader.getResourceAsStream(RuleSetLoader.RESOURCE_DIR + name)) {
                if (in == null) {
                    throw new NoSuchFileException(RuleSetLoader.RESOURCE_DIR + name);
                }
                return in.readAllBytes();
            }
        }, Locale.ENGLISH);
    }

    private static DataFiles read(Function<String, String> sourceOf, Opener opener, Locale locale) {
        List<InputException> problems = new ArrayList<>();
        Map<String, byte[]> bytes = new HashMap<>();
        for (String name : List.of(CATALOGUE, PARAMETERS, MESSAGES_ZH, MESSAGES_EN)) {
            try {
                bytes.put(name, opener.open(name));
            } catch (NoSuchFileException e) {
                problems.add(new InputException(sourceOf.apply(name), 0, 0, "", LocatedYaml.WORDS.say(locale, "missingFile",
                        CATALOGUE, PARAMETERS, MESSAGES_ZH, MESSAGES_EN)));
            } catch (IOException e) {
                problems.add(new InputException(sourceOf.apply(name), 0, 0, "", LocatedYaml.WORDS.say(locale, "cannotRead", e)));
            }
        }
        List<Located<Requirement>> requirements = bytes.containsKey(CATALOGUE)
                ? requirements(sourceOf.apply(CATALOGUE), bytes.get(CATALOGUE), problems::add, locale) : List.of();
        List<Located<Parameter>> parameters = bytes.containsKey(PARAMETERS)
                ? parameters(sourceOf.apply(PARAMETERS), bytes.get(PARAMETERS), problems::add, locale) : List.of();
        MessageFile zh = MessageFile.read(sourceOf.apply(MESSAGES_ZH), bytes.getOrDefault(MESSAGES_ZH, new byte[0]),
                problems::add, locale);
        MessageFile en = MessageFile.read(sourceOf.apply(MESSAGES_EN), bytes.getOrDefault(MESSAGES_EN, new byte[0]),
                problems::add, locale);
        return new DataFiles(requirements, parameters, zh, en, problems);
    }

    /** The requirements of {@code catalogue.yaml}'s text; every wrong entry goes to {@code problems} and is left out. */
    public static List<Located<Requirement>> requirements(String source, byte[] bytes, Consumer<InputException> problems) {
        return requirements(source, bytes, problems, Locale.ENGLISH);
    }

    /** As {@link #requirements(String, byte[], Consumer)}, each problem told in the language of {@code locale}. */
    public static List<Located<Requirement>> requirements(String source, byte[] bytes, Consumer<InputException> problems,
                                                 Locale locale) {
        Fields fields = new Fields(source, problems, locale);
        List<Located<Requirement>> out = new ArrayList<>();
        Optional<Node> list = topLevelList(source, bytes, "requirements", fields, problems);
        if (list.isEmpty()) {
            return out;
        }
        Map<String, Located<Requirement>> byId = new HashMap<>();
        for (Node item : ((LocatedYaml.Sequence) list.get()).items()) {
            fields.map(item, fields.say("aRequirement")).ifPresent(entry -> {
                boolean ok = fields.onlyKnown(entry, REQUIREMENT_FIELDS);
                Optional<Node> idNode = fields.required(entry, "id", "FL-2.3c");
                Optional<String> id = idNode.flatMap(fields::string);
                if (id.isPresent() && !RequirementIds.isWellFormed(id.get())) {
                    fields.problem(idNode.get(), fields.say("notRequirementId", LocatedYaml.quote(id.get())));
                    id = Optional.empty();
                }
                if (id.isPresent() && byId.containsKey(id.get())) {
                    Located<Requirement> first = byId.get(id.get());
                    fields.problem(idNode.get(), fields.say("idTaken", id.get(), first.path(), first.line()));
                    id = Optional.empty();
                }
                Optional<String> clause = fields.required(entry, "clause", "\"二(二)3\"").flatMap(fields::string);
                Optional<Strength> strength = fields.required(entry, "strength", "SHOULD").flatMap(n ->
                        fields.constant(n, Strength.class, EnumSet.complementOf(EnumSet.of(Strength.DATA))));
                Optional<String> words = fields.required(entry, "sourceWords", "\"…the plan's own words…\"")
                        .flatMap(fields::string);
                Optional<String> subject = fields.optionalString(entry, "subject");
                Optional<String> check = fields.optionalString(entry, "check");
                if (ok && id.isPresent() && clause.isPresent() && strength.isPresent() && words.isPresent()) {
                    Located<Requirement> r = new Located<>(new Requirement(id.get(), clause.get(), strength.get(),
                            subject.orElse(null), words.get(), check.orElse(null)), entry.path(),
                            idNode.get().line(), idNode.get().column());
                    byId.put(id.get(), r);
                    out.add(r);
                }
            });
        }
        return out;
    }

    /** The parameters of {@code parameters.yaml}'s text; every wrong entry goes to {@code problems} and is left out. */
    public static List<Located<Parameter>> parameters(String source, byte[] bytes, Consumer<InputException> problems) {
        return parameters(source, bytes, problems, Locale.ENGLISH);
    }

    /** As {@link #parameters(String, byte[], Consumer)}, each problem told in the language of {@code locale}. */
    public static List<Located<Parameter>> parameters(String source, byte[] bytes, Consumer<InputException> problems,
                                                 Locale locale) {
        Fields fields = new Fields(source, problems, locale);
        List<Located<Parameter>> out = new ArrayList<>();
        Optional<Node> list = topLevelList(source, bytes, "parameters", fields, problems);
        if (list.isEmpty()) {
            return out;
        }
        Map<String, Located<Parameter>> byName = new HashMap<>();
        for (Node item : ((LocatedYaml.Sequence) list.get()).items()) {
            fields.map(item, fields.say("aParameter")).ifPresent(entry -> {
                boolean ok = fields.onlyKnown(entry, PARAMETER_FIELDS);
                Optional<Node> nameNode = fields.required(entry, "name", "executiveTrainingsPerYear");
                Optional<String> name = nameNode.flatMap(fields::string);
                if (name.isPresent() && !PARAMETER_NAME.matcher(name.get()).matches()) {
                    fields.problem(nameNode.get(), fields.say("notParameterName", LocatedYaml.quote(name.get())));
                    name = Optional.empty();
                }
                if (name.isPresent() && byName.containsKey(name.get())) {
                    Located<Parameter> first = byName.get(name.get());
                    fields.problem(nameNode.get(), fields.say("nameTaken", name.get(), first.path(), first.line()));
                    name = Optional.empty();
                }
                Optional<String> unit = fields.optionalString(entry, "unit");
                Optional<String> clause = fields.required(entry, "clause", "\"二(二)3\"").flatMap(fields::string);
                Optional<String> description = fields.optionalString(entry, "description");
                Optional<List<ParameterValue>> values = fields.required(entry, "values", "[{from: 2025-01-01, value: 2}]")
                        .flatMap(n -> values(n, fields));
                if (ok && name.isPresent() && clause.isPresent() && values.isPresent()) {
                    Located<Parameter> p = new Located<>(new Parameter(name.get(), unit.orElse(null), clause.get(),
                            description.orElse(null), values.get()), entry.path(), nameNode.get().line(),
                            nameNode.get().column());
                    byName.put(name.get(), p);
                    out.add(p);
                }
            });
        }
        return out;
    }

    /** The dated values of a parameter: at least one, each date once. */
    private static Optional<List<ParameterValue>> values(Node node, Fields fields) {
        Optional<LocatedYaml.Sequence> list = fields.list(node, fields.say("datedValues"));
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().items().isEmpty()) {
            fields.problem(node, fields.say("noDatedValue"));
            return Optional.empty();
        }
        List<ParameterValue> values = new ArrayList<>();
        Map<LocalDate, Node> dates = new HashMap<>();
        boolean ok = true;
        for (Node item : list.get().items()) {
            Optional<Mapping> entry = fields.map(item, fields.say("aDatedValue"));
            if (entry.isEmpty()) {
                ok = false;
                continue;
            }
            ok &= fields.onlyKnown(entry.get(), VALUE_FIELDS);
            Optional<Node> fromNode = fields.required(entry.get(), "from", "2025-01-01");
            Optional<LocalDate> from = fromNode.flatMap(fields::day);
            Optional<Long> value = fields.required(entry.get(), "value", "2").flatMap(fields::wholeNumber);
            if (from.isPresent() && dates.containsKey(from.get())) {
                fields.problem(fromNode.get(), fields.say("dateTaken", from.get(), dates.get(from.get()).line()));
                ok = false;
            } else if (from.isPresent() && value.isPresent()) {
                dates.put(from.get(), fromNode.get());
                values.add(new ParameterValue(from.get(), value.get()));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    private static Optional<Node> topLevelList(String source, byte[] bytes, String key, Fields fields,
                                               Consumer<InputException> problems) {
        Node root;
        try {
            root = LocatedYaml.read(source, bytes, fields.locale());
        } catch (InputException e) {
            problems.accept(e);
            return Optional.empty();
        }
        Optional<Mapping> top = fields.map(root, fields.say("aMapWithKey", key));
        if (top.isEmpty() || !fields.onlyKnown(top.get(), List.of(key))) {
            return Optional.empty();
        }
        return fields.required(top.get(), key, fields.say("entriesExample"))
                .flatMap(n -> fields.list(n, fields.say("entries")))
                .map(Node.class::cast);
    }
}
