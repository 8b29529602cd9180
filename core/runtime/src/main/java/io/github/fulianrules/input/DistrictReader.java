package io.github.fulianrules.input;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.fulianrules.internal.JacksonVersion;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a district's facts from the JSON format {@value #FORMAT}: one object with the assessment
 * {@code period} and an array per kind of record, fields named as the record components of
 * {@link io.github.fulianrules.model}, a person's positions nested in the person.
 *
 * <pre>{@code
 * DistrictData data = DistrictReader.read(Path.of("district.json"));
 * Report report = FulianRules.bundled().evaluate(data);
 * }</pre>
 *
 * <p>Reading is strict, because a fact silently read wrong is a finding silently wrong: unknown
 * fields, a string where a number belongs ({@code "12"}), {@code null} for a yes/no field, an
 * enum value outside the model, a day that does not exist ({@code 2018-02-30}), a missing
 * required field, duplicate keys in one object, input that is not UTF-8, empty or truncated
 * input: each stops the reading with an {@link InputException} naming the place, e.g.
 * {@code district.json:41:17: people[3].gender: unknown value "F" (expected one of FEMALE, MALE)}.
 * Nothing else escapes. A UTF-8 byte-order mark is accepted.
 *
 * <p>What can be read but not judged (a duplicate id, a reference to an unknown federation, a
 * negative count) is left to the rules, which report it as a {@code DATA} finding pointing at
 * the line recorded here: every record's location ({@code SOURCE:LINE}) is kept in
 * {@link DistrictData#locations()}, a position under its {@link Position#key()}.
 *
 * <p>Every {@code read} also takes a file in another format whose {@link DistrictFormat} is on the
 * class path: an Excel workbook ({@code .xlsx}) with {@code io.github.fulianrules:fulian-rules-xlsx}.
 * Without it a workbook is refused in one line that names that artifact.
 */
public final class DistrictReader {
    /** The format name a file may declare in its top-level {@code "format"} field. */
    public static final String FORMAT = "fulian-rules/district@1";
    /** The longest input read, in bytes (200 MiB): a district is a few megabytes. */
    public static final long MAX_DOCUMENT_BYTES = 200L * 1024 * 1024;
    /** The deepest nesting of arrays and objects accepted; the format itself needs five levels. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    /** The top-level fields, in the documented order. */
    static final List<String> TOP_LEVEL_FIELDS = List.of("format", "name", "period", "federations", "people",
            "womensHomes", "units", "buildings", "activityCentres", "womensGroups", "activities", "waivers");

    private static final ObjectMapper MAPPER = newMapper();
    private static final Pattern MISSING_FIELD = Pattern.compile("missing required field '([^']*)'");
    private static final int QUOTED_VALUE_MAX = 60;

    private DistrictReader() {
    }

    /** Reads {@code file}; errors name it as given. */
    public static DistrictData read(Path file) {
        Optional<DistrictData> other = DistrictFormats.read(file);
        if (other.isPresent()) {
            return other.get();
        }
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_DOCUMENT_BYTES) {
                throw new InputException(source, 0, 0, "", tooLarge(Files.size(file)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(source, 0, 0, "", "no such file", e);
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "", "cannot read the file: " + describe(e), e);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(source, 0, 0, "", "cannot read the file: " + describe(e), e);
        }
        return read(bytes, source);
    }

    /** Reads {@code in} to its end (it is not closed); errors name {@code sourceName}. */
    public static DistrictData read(InputStream in, String sourceName) {
        String source = sourceName(sourceName);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_DOCUMENT_BYTES + 1));
        } catch (IOException | RuntimeException e) {
            throw new InputException(source, 0, 0, "", "cannot read the input: " + describe(e), e);
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new InputException(source, 0, 0, "", tooLarge(bytes.length));
        }
        return read(bytes, source);
    }

    /**
     * Reads the UTF-8 JSON text {@code json}, or a file in another {@link DistrictFormat} found on
     * the class path (an Excel workbook with {@code fulian-rules-xlsx}); errors name {@code sourceName}.
     */
    public static DistrictData read(byte[] json, String sourceName) {
        String source = sourceName(sourceName);
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw new InputException(source, 0, 0, "", tooLarge(json.length));
        }
        Optional<DistrictData> other = DistrictFormats.read(json, source);
        if (other.isPresent()) {
            return other.get();
        }
        CharBuffer text = Utf8Text.decode(json, source);
        try {
            return new Reading(source, text).read();
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // A bug here must still not surface as an unexplained stack trace in a host's log.
            throw new InputException(source, 0, 0, "", "cannot be read: " + describe(e), e);
        }
    }

    /**
     * Reads line {@code line} of the JSON-lines file {@code source}, one whole district on the line
     * (as {@code check FILE.jsonl} and the Spark job read it): an error is placed at
     * {@code SOURCE:LINE:COL} of the file, and every record's location is {@code SOURCE:LINE}.
     */
    public static DistrictData readLine(byte[] json, String source, long line) {
        int number = (int) Math.min(Integer.MAX_VALUE, line);
        DistrictData d;
        try {
            d = read(json, source);
        } catch (InputException e) {
            // The reader's line 1 is the file's line, and its column stays; past line 1 the column would mislead.
            throw new InputException(e.source(), number, e.line() <= 1 ? e.column() : 0, e.path(), e.problem(), e);
        }
        String where = sourceName(source) + ":" + line;
        Map<String, String> locations = new HashMap<>(d.locations().size() * 2);
        d.locations().keySet().forEach(id -> locations.put(id, where));
        return new DistrictData(d.period(), d.federations(), d.people(), d.positions(), d.womensHomes(), d.units(),
                d.buildings(), d.activityCentres(), d.womensGroups(), d.activities(), d.waivers(), locations);
    }

    /** Whether a line of a JSON-lines file holds nothing but spaces, tabs and carriage returns: it is skipped, not read. */
    public static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String sourceName(String name) {
        return name == null || name.isBlank() ? "<input>" : name;
    }

    private static String tooLarge(long size) {
        return "the input is " + size + " bytes, more than the " + MAX_DOCUMENT_BYTES + " accepted";
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private static ObjectMapper newMapper() {
        JacksonVersion.requireSupported();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Locations without a snippet of the content: a name in a file is personal data.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonMapper.builder(factory)
                // A yes/no field the model holds as boolean (outstandingRepresentative, demonstration): null is an
                // error, absent is false. One it holds as Boolean (Revision 3: womensOrganization, rank's
                // substantiveRank, …): absent or null is not recorded. A day is exactly YYYY-MM-DD.
                .addModule(new SimpleModule("district-input")
                        .addDeserializer(boolean.class, new YesNo())
                        .addDeserializer(LocalDate.class, new Day()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfigDefaults(c -> c
                        .setAcceptBlankAsEmpty(false)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                // ["VENUE", null] is an error, not a set with a hole in it.
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .build();
    }

    /**
     * A yes/no field the model holds as {@code boolean}: {@code true} or {@code false}, absent meaning
     * {@code false}, {@code null} an error (Jackson's own primitive handling makes absent and {@code null} alike).
     */
    static final class YesNo extends StdDeserializer<Boolean> {
        YesNo() {
            super(boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return switch (p.currentToken()) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> (Boolean) ctxt.handleUnexpectedToken(boolean.class, p);
            };
        }

        @Override
        public Boolean getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            throw InvalidNullException.from(ctxt, null, ctxt.constructType(boolean.class));
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Boolean.FALSE;
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }
    }

    /**
     * A day: a string {@code YYYY-MM-DD} naming a day that exists. {@code 2018-02-30} is an error,
     * not the last day of February; arrays, numbers and date-times are errors too.
     */
    static final class Day extends StdDeserializer<LocalDate> {
        Day() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                // ISO_LOCAL_DATE resolves strictly: no 30 February.
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                InvalidFormatException invalid = InvalidFormatException.from(p, e.getMessage(), text, LocalDate.class);
                invalid.initCause(e);
                throw invalid;
            }
        }
    }

    /** A person as the file has it: the record's fields plus the positions the person holds. */
    record PersonEntry(String id, String name, Gender gender, boolean outstandingRepresentative,
                       String leadershipTeamOf, String twoCommitteesOf, Rank rank, Boolean substantiveRank,
                       List<PositionEntry> positions) {
    }

    /** A position nested in its person: the person's id is implied. */
    record PositionFields(String federationId, Role role) {
    }

    /** A position with the place it was read, for its location. */
    @JsonDeserialize(using = PositionEntry.Deserializer.class)
    record PositionEntry(PositionFields fields, JsonLocation start) {
        static final class Deserializer extends StdDeserializer<PositionEntry> {
            Deserializer() {
                super(PositionEntry.class);
            }

            @Override
            public PositionEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonLocation start = p.currentTokenLocation();
                return new PositionEntry(ctxt.readValue(p, PositionFields.class), start);
            }
        }
    }

    /** A fact with the key of its location and the place it was read. */
    private record Read(Object fact, String key, JsonLocation start) {
    }

    /** One pass over one document. */
    private static final class Reading {
        private final String source;
        private final CharBuffer text;
        private final List<Read> facts = new ArrayList<>();
        private JsonParser parser;

        Reading(String source, CharBuffer text) {
            this.source = source;
            this.text = text;
        }

        DistrictData read() {
            try (JsonParser p = MAPPER.createParser(text.array(), text.arrayOffset(), text.limit())) {
                parser = p;
                return document();
            } catch (InputException e) {
                throw e;
            } catch (IOException e) {
                throw fromJackson(e, null);
            }
        }

        private DistrictData document() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new InputException(source, 1, 1, "", "the input is empty (expected a JSON object)");
            }
            if (token != JsonToken.START_OBJECT) {
                throw at(parser.currentTokenLocation(), "", "expected a JSON object, found " + found(token));
            }
            JsonLocation documentStart = parser.currentTokenLocation();
            AssessmentPeriod period = null;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonLocation fieldStart = parser.currentTokenLocation();
                parser.nextToken();
                switch (field) {
                    case "format" -> {
                        String format = string(field);
                        if (!FORMAT.equals(format)) {
                            throw at(parser.currentTokenLocation(), field,
                                    "unsupported format " + quote(format) + " (expected " + quote(FORMAT) + ")");
                        }
                    }
                    case "name" -> string(field);
                    case "period" -> period = record(field, AssessmentPeriod.class);
                    case "federations" -> array(field, Federation.class, Federation::id);
                    case "people" -> people();
                    case "womensHomes" -> array(field, WomensHome.class, WomensHome::id);
                    case "units" -> array(field, Unit.class, Unit::id);
                    case "buildings" -> array(field, Building.class, Building::id);
                    case "activityCentres" -> array(field, ActivityCentre.class, ActivityCentre::id);
                    case "womensGroups" -> array(field, WomensGroup.class, WomensGroup::id);
                    case "activities" -> array(field, Activity.class, Activity::id);
                    case "waivers" -> array(field, Waiver.class, Waiver::id);
                    default -> throw at(fieldStart, field,
                            "unknown field (expected one of " + String.join(", ", TOP_LEVEL_FIELDS) + ")");
                }
            }
            if (parser.nextToken() != null) {
                throw at(parser.currentTokenLocation(), "", "more content after the end of the top-level object: "
                        + found(parser.currentToken()));
            }
            if (period == null) {
                throw at(documentStart, "period", "missing required field (the assessment period, "
                        + "e.g. {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"})");
            }
            DistrictData.Builder builder = DistrictData.builder(period);
            for (Read r : facts) {
                builder.add(r.fact());
                builder.location(r.key(), source + ":" + r.start().getLineNr());
            }
            return builder.build();
        }

        private String string(String field) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_STRING) {
                throw at(parser.currentTokenLocation(), field, "expected a string, found " + found(token));
            }
            return parser.getText();
        }

        private <T> T record(String path, Class<T> type) throws IOException {
            JsonLocation start = parser.currentTokenLocation();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw at(start, path, "expected an object, found " + found(parser.currentToken()));
            }
            try {
                return MAPPER.readValue(parser, type);
            } catch (JsonProcessingException e) {
                throw fromJackson(e, new Element(path, start));
            }
        }

        private <T> void array(String field, Class<T> type, Function<T, String> id) throws IOException {
            elements(field, (path, start) -> {
                T value = record(path, type);
                facts.add(new Read(value, id.apply(value), start));
            });
        }

        private void people() throws IOException {
            elements("people", (path, start) -> {
                PersonEntry e = record(path, PersonEntry.class);
                Person person = construct(path, start, () -> new Person(e.id(), e.name(), e.gender(),
                        e.outstandingRepresentative(), e.leadershipTeamOf(), e.twoCommitteesOf(), e.rank(),
                        e.substantiveRank()));
                facts.add(new Read(person, person.id(), start));
                List<PositionEntry> positions = e.positions() == null ? List.of() : e.positions();
                for (int i = 0; i < positions.size(); i++) {
                    PositionEntry entry = positions.get(i);
                    String positionPath = path + ".positions[" + i + "]";
                    Position position = construct(positionPath, entry.start(), () -> new Position(person.id(),
                            entry.fields().federationId(), entry.fields().role()));
                    facts.add(new Read(position, position.key(), entry.start()));
                }
            });
        }

        private interface ElementReader {
            void read(String path, JsonLocation start) throws IOException;
        }

        private void elements(String field, ElementReader reader) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw at(parser.currentTokenLocation(), field, "expected an array, found " + found(parser.currentToken()));
            }
            int index = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw at(parser.currentLocation(), field, "the input ends inside this array (truncated?)");
                }
                reader.read(field + "[" + index + "]", parser.currentTokenLocation());
                index++;
            }
        }

        private interface Constructor<T> {
            T make();
        }

        /** Builds a record whose compact constructor checks its fields, naming the field that fails. */
        private <T> T construct(String path, JsonLocation start, Constructor<T> constructor) {
            try {
                return constructor.make();
            } catch (IllegalArgumentException e) {
                throw invalidRecord(path, start, e);
            }
        }

        private InputException invalidRecord(String path, JsonLocation start, Throwable cause) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : firstLine(cause.getMessage());
            Matcher m = MISSING_FIELD.matcher(message);
            if (m.find()) {
                return new InputException(source, start.getLineNr(), start.getColumnNr(),
                        join(path, m.group(1)), "missing required field", cause);
            }
            return new InputException(source, start.getLineNr(), start.getColumnNr(), path, message, cause);
        }

        private InputException at(JsonLocation where, String path, String problem) {
            return new InputException(source, where.getLineNr(), where.getColumnNr(), path, problem);
        }

        /** An element being read: its path, e.g. {@code people[3]}, and where it starts. */
        private record Element(String path, JsonLocation start) {
        }

        /** The one-line error for what Jackson reported while reading {@code element} (or outside any). */
        private InputException fromJackson(IOException e, Element element) {
            JsonLocation where = e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                    ? jpe.getLocation() : parser.currentLocation();
            String path = parserPath();
            if (e instanceof JsonMappingException jme && element != null) {
                path = element.path() + referencePath(jme.getPath());
            }
            if (e instanceof ValueInstantiationException vie && element != null) {
                Throwable cause = vie.getCause() == null ? vie : vie.getCause();
                return invalidRecord(path, element.start(), cause);
            }
            // Databind wraps the parser's own errors (a truncated file, a number out of range) to add the path.
            Throwable kind = e instanceof JsonMappingException && !(e instanceof MismatchedInputException)
                    && e.getCause() instanceof JsonProcessingException inner ? inner : e;
            if (kind instanceof JsonMappingException && element != null) {
                // A record is built once all its fields are read, and an unknown field is reported
                // only then: where databind says the error is can be the end of the record.
                where = locate(path).orElse(where);
            }
            String problem;
            if (kind instanceof UnrecognizedPropertyException upe) {
                problem = "unknown field" + knownFields(upe);
            } else if (kind instanceof InvalidNullException ine) {
                problem = "null is not allowed here" + expectedSuffix(ine.getTargetType());
            } else if (kind instanceof InvalidFormatException ife) {
                problem = invalidValue(ife);
            } else if (kind instanceof MismatchedInputException mie) {
                JsonToken token = mie.getCurrentToken() != null ? mie.getCurrentToken() : parser.currentToken();
                problem = "expected " + expected(mie.getTargetType()) + ", found " + found(token);
            } else if (kind instanceof JsonEOFException || String.valueOf(kind.getMessage()).contains("end-of-input")) {
                problem = "the input ends too early (truncated?)";
            } else if (kind instanceof StreamConstraintsException sce) {
                problem = limitPassed(sce.getOriginalMessage());
            } else if (kind instanceof InputCoercionException ice) {
                Matcher number = Pattern.compile("\\(([^)]*)\\)").matcher(String.valueOf(ice.getOriginalMessage()));
                problem = "number out of range" + (number.find() ? ": " + number.group(1) : "")
                        + " (expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")";
            } else if (kind instanceof JsonProcessingException jpe) {
                problem = "not valid JSON: " + firstLine(jpe.getOriginalMessage());
            } else {
                problem = "cannot be read: " + describe(e);
            }
            return new InputException(source, where.getLineNr(), where.getColumnNr(), path, problem, e);
        }

        /** Where the field or element {@code path} (e.g. {@code people[3].gender}) starts, read anew. */
        private Optional<JsonLocation> locate(String path) {
            try (JsonParser p = MAPPER.createParser(text.array(), text.arrayOffset(), text.limit())) {
                while (p.nextToken() != null) {
                    if (path.equals(pathOf(p))) {
                        return Optional.of(p.currentTokenLocation());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // The text breaks further on: no better place than the one databind gave.
            }
            return Optional.empty();
        }

        /** The path of the parser's current token, e.g. {@code people[3].gender}. */
        private String parserPath() {
            return pathOf(parser);
        }

        private static String pathOf(JsonParser p) {
            Deque<String> parts = new ArrayDeque<>();
            for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray() && c.getCurrentIndex() >= 0) {
                    parts.push("[" + c.getCurrentIndex() + "]");
                } else if (c.inObject() && c.getCurrentName() != null) {
                    parts.push("." + c.getCurrentName());
                }
            }
            String path = String.join("", parts);
            return path.startsWith(".") ? path.substring(1) : path;
        }

        private static String referencePath(List<JsonMappingException.Reference> references) {
            StringBuilder s = new StringBuilder();
            for (JsonMappingException.Reference r : references) {
                if (r.getFieldName() != null) {
                    s.append('.').append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    s.append('[').append(r.getIndex()).append(']');
                }
            }
            return s.toString();
        }

        private String invalidValue(InvalidFormatException e) {
            Class<?> target = e.getTargetType();
            Object value = e.getValue();
            if (target != null && target.isEnum() && value instanceof String s) {
                return "unknown value " + quote(s) + expectedSuffix(target);
            }
            if (target != null && Temporal.class.isAssignableFrom(target) && value instanceof String s) {
                String reason = dateReason(e);
                return "not a valid date " + quote(s) + (reason.isEmpty() ? "" : ": " + reason)
                        + " (expected a real day as YYYY-MM-DD)";
            }
            return "expected " + expected(target) + ", found " + foundValue(value);
        }

        /** Why a date was refused, from the java.time exception behind it, e.g. "Invalid date 'FEBRUARY 30'". */
        private static String dateReason(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.time.DateTimeException && t.getMessage() != null) {
                    String reason = firstLine(t.getMessage())
                            .replaceFirst("^Text '.*' could not be parsed[:,]?\\s*", "");
                    return reason.startsWith("at index") ? "" : reason;
                }
            }
            return "";
        }

        private static String expectedSuffix(Class<?> target) {
            return target == null ? "" : " (expected " + expected(target) + ")";
        }

        /** What a value of {@code target} looks like in the file. */
        private static String expected(Class<?> target) {
            if (target == null) {
                return "a value of another type";
            }
            if (target.isEnum()) {
                return "one of " + Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.joining(", "));
            }
            if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
                return "a whole number";
            }
            if (target == Boolean.class || target == boolean.class) {
                return "true or false";
            }
            if (target == String.class) {
                return "a string";
            }
            if (Temporal.class.isAssignableFrom(target)) {
                return "a date as a string \"YYYY-MM-DD\"";
            }
            if (Collection.class.isAssignableFrom(target) || target.isArray()) {
                return "an array";
            }
            return "an object";
        }

        private String found(JsonToken token) {
            if (token == null) {
                return "the end of the input";
            }
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case END_OBJECT, END_ARRAY -> "the end of the " + (token == JsonToken.END_OBJECT ? "object" : "array");
                case VALUE_STRING -> "a string " + quote(currentText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number (" + currentText() + ")";
                case VALUE_TRUE, VALUE_FALSE -> currentText();
                case VALUE_NULL -> "null";
                default -> token.name();
            };
        }

        private String currentText() {
            try {
                return parser.getText();
            } catch (IOException | RuntimeException e) {
                return "?";
            }
        }

        private static String foundValue(Object value) {
            if (value instanceof String s) {
                return "a string " + quote(s);
            }
            if (value instanceof Number n) {
                return "a number (" + n + ")";
            }
            return String.valueOf(value);
        }

        private static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        /** A limit of {@link StreamReadConstraints} passed, said without Jackson's advice on Java settings. */
        private static String limitPassed(String message) {
            String m = message == null ? "" : message;
            if (m.contains("nesting depth")) {
                return "nested more than " + MAX_NESTING_DEPTH + " levels deep";
            }
            if (m.contains("String value length")) {
                return "a string longer than " + MAX_STRING_LENGTH + " characters";
            }
            if (m.contains("Document length")) {
                return "the input is longer than " + MAX_DOCUMENT_BYTES + " characters";
            }
            return "too large: " + firstLine(m).replaceAll("\\s*\\(?,? ?from `[^`]*`\\)?", "");
        }

        /** ", expected one of" the fields of the record being read, in the record's order. */
        private static String knownFields(UnrecognizedPropertyException e) {
            Class<?> type = e.getReferringClass();
            List<String> names;
            if (type != null && type.isRecord()) {
                names = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            } else if (e.getKnownPropertyIds() != null) {
                names = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            } else {
                names = List.of();
            }
            return names.isEmpty() ? "" : " (expected one of " + String.join(", ", names) + ")";
        }
    }

    /** {@code s} in double quotes, shortened when long; control characters are escaped by {@link InputException}. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        String shown = s.length() > QUOTED_VALUE_MAX ? s.substring(0, QUOTED_VALUE_MAX) + "…" : s;
        return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** For tests: the mapper's configuration as used. */
    static Map<String, Object> limits() {
        StreamReadConstraints c = MAPPER.getFactory().streamReadConstraints();
        return Map.of("maxNestingDepth", c.getMaxNestingDepth(), "maxStringLength", c.getMaxStringLength(),
                "maxDocumentLength", c.getMaxDocumentLength());
    }
}
