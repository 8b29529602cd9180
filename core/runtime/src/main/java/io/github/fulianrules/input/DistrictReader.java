package io.github.fulianrules.input;

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
import io.github.fulianrules.internal.JacksonVersion;
import io.github.fulianrules.internal.Locations;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.BasicService;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.GroupSetting;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Identified;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
 * input: each is a problem at its place, e.g.
 * {@code district.json:41:17: people[3].gender: unknown value "F" (expected one of FEMALE, MALE)}.
 * Every problem of the input is reported in one {@link InputException} (up to {@value #MAX_PROBLEMS}
 * listed, and how many more), and nothing is returned from an input with a problem; where the text
 * stops being JSON (a missing comma, a truncated file) reading ends there. Nothing else escapes. A
 * UTF-8 byte-order mark is accepted. The problems are said in Chinese or English, as the
 * {@link Locale} given chooses (English where none is given).
 *
 * <p>What can be read but not judged (a duplicate id, a reference to an unknown federation, a
 * negative count) is left to the rules, which report it as a {@code DATA} finding pointing at
 * the line recorded here: every record's location ({@code SOURCE:LINE}) is kept in
 * {@link DistrictData#locations()}, a position under its {@link Position#key()}.
 *
 * <p>Every {@code read} also takes a file in another format whose {@link DistrictFormat} is on the
 * class path: an Excel workbook ({@code .xlsx}) with {@code io.github.fulianrules:fulian-rules-xlsx}.
 * Without it a workbook is refused in one line that names that artifact.
 *
 * <p>The reader streams the UTF-8 bytes through Jackson's {@link JsonParser}, field by field, into
 * the records of the model; it builds no tree and no intermediate objects. An input with a problem
 * is read a second time, from its decoded text, which places every problem by line and column of
 * characters.
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
    /** The most problems of one input listed; beyond them, how many more there are is said in one line. */
    public static final int MAX_PROBLEMS = 100;

    /** The top-level fields, in the documented order. */
    static final List<String> TOP_LEVEL_FIELDS = List.of("format", "name", "period", "federations", "people",
            "womensHomes", "units", "buildings", "activityCentres", "womensGroups", "activities", "waivers");

    private static final JsonFactory FACTORY = newFactory();
    private static final Pattern MISSING_FIELD = Pattern.compile("missing required field '([^']*)'");
    private static final int QUOTED_VALUE_MAX = 60;
    /** How many problems are kept while reading, to be put in the order of the input and cut to {@link #MAX_PROBLEMS}. */
    private static final int KEPT_PROBLEMS = 10 * MAX_PROBLEMS;

    private DistrictReader() {
    }

    /** Reads {@code file}; errors name it as given, in English. */
    public static DistrictData read(Path file) {
        return read(file, Locale.ENGLISH);
    }

    /** Reads {@code file}; errors name it as given, in the language of {@code locale} (Chinese for {@code zh}, else English). */
    public static DistrictData read(Path file, Locale locale) {
        Optional<DistrictData> other = DistrictFormats.read(file, locale);
        if (other.isPresent()) {
            return other.get();
        }
        InputMessages words = InputMessages.of(locale);
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_DOCUMENT_BYTES) {
                throw new InputException(source, 0, 0, "", tooLarge(words, Files.size(file)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(source, 0, 0, "", words.text("file.missing"), e);
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "", words.text("file.unreadable", describe(e)), e);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(source, 0, 0, "", words.text("file.unreadable", describe(e)), e);
        }
        return read(bytes, source, locale);
    }

    /** Reads {@code in} to its end (it is not closed); errors name {@code sourceName}, in English. */
    public static DistrictData read(InputStream in, String sourceName) {
        return read(in, sourceName, Locale.ENGLISH);
    }

    /** Reads {@code in} to its end (it is not closed); errors name {@code sourceName}, in the language of {@code locale}. */
    public static DistrictData read(InputStream in, String sourceName, Locale locale) {
        InputMessages words = InputMessages.of(locale);
        String source = sourceName(sourceName);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_DOCUMENT_BYTES + 1));
        } catch (IOException | RuntimeException e) {
            throw new InputException(source, 0, 0, "", words.text("input.unreadable", describe(e)), e);
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new InputException(source, 0, 0, "", tooLarge(words, bytes.length));
        }
        return read(bytes, source, locale);
    }

    /**
     * Reads the UTF-8 JSON text {@code json}, or a file in another {@link DistrictFormat} found on
     * the class path (an Excel workbook with {@code fulian-rules-xlsx}); errors name {@code sourceName}, in English.
     */
    public static DistrictData read(byte[] json, String sourceName) {
        return read(json, sourceName, Locale.ENGLISH);
    }

    /**
     * As {@link #read(byte[], String)}, the errors in the language of {@code locale} (Chinese for
     * {@code zh}, else English).
     */
    public static DistrictData read(byte[] json, String sourceName, Locale locale) {
        return read(json, sourceName, locale, null);
    }

    /** As {@link #read(byte[], String, Locale)}; every JSON record located at {@code everywhere} when not null, else at its line. */
    private static DistrictData read(byte[] json, String sourceName, Locale locale, String everywhere) {
        InputMessages words = InputMessages.of(locale);
        String source = sourceName(sourceName);
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw new InputException(source, 0, 0, "", tooLarge(words, json.length));
        }
        Optional<DistrictData> other = DistrictFormats.read(json, source, locale);
        if (other.isPresent()) {
            return everywhere == null ? other.get() : locatedAt(other.get(), everywhere);
        }
        int start = Utf8Text.wellFormedStart(json);
        if (start >= 0) {
            try {
                return new Reading(source, json, start, words, everywhere).read();
            } catch (RuntimeException e) {
                // A problem (Retry), or a bug: read again, the exact way, which says every problem at its place.
            }
        }
        CharBuffer text = Utf8Text.decode(json, source, locale);
        try {
            return new Reading(source, text, words, everywhere).read();
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // A bug here must still not surface as an unexplained stack trace in a host's log.
            throw new InputException(source, 0, 0, "", words.text("input.failed", describe(e)), e);
        }
    }

    /**
     * Reads line {@code line} of the JSON-lines file {@code source}, one whole district on the line
     * (as {@code check FILE.jsonl} and the Spark job read it): an error is placed at
     * {@code SOURCE:LINE:COL} of the file, and every record's location is {@code SOURCE:LINE}.
     */
    public static DistrictData readLine(byte[] json, String source, long line) {
        return readLine(json, source, line, Locale.ENGLISH);
    }

    /** As {@link #readLine(byte[], String, long)}, the errors in the language of {@code locale}. */
    public static DistrictData readLine(byte[] json, String source, long line, Locale locale) {
        int number = (int) Math.min(Integer.MAX_VALUE, line);
        String where = sourceName(source) + ":" + line;
        try {
            return read(json, source, locale, where);
        } catch (InputException e) {
            // The reader's line 1 is the file's line, and its column stays; past line 1 the column would mislead.
            List<InputException> moved = e.problems().stream().map(p -> new InputException(p.source(), number,
                    p.line() <= 1 ? p.column() : 0, p.path(), p.problem(), p)).toList();
            throw moved.size() == 1 && e.omitted() == 0 ? moved.get(0) : new InputException(moved, e.omitted(), locale);
        }
    }

    /** {@code d}, read by another format than JSON, with every record located at {@code where}, the line it was on. */
    private static DistrictData locatedAt(DistrictData d, String where) {
        if (d.locations().values().stream().allMatch(where::equals)) {
            return d;
        }
        HashMap<String, String> locations = new HashMap<>(d.locations().size() * 2);
        d.locations().keySet().forEach(id -> locations.put(id, where));
        return new DistrictData(d.period(), d.federations(), d.people(), d.positions(), d.womensHomes(), d.units(),
                d.buildings(), d.activityCentres(), d.womensGroups(), d.activities(), d.waivers(),
                Locations.handedOver(locations));
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

    private static String tooLarge(InputMessages words, long size) {
        return words.text("input.tooLarge", size, MAX_DOCUMENT_BYTES);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private static JsonFactory newFactory() {
        JacksonVersion.requireSupported();
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .build())
                // Duplicate fields are found by the reader, which knows each record's fields, and reading goes on.
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Locations without a snippet of the content: a name in a file is personal data.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /** What a field holds, and so how its value is read. */
    private enum Kind {
        /** A string, {@code null} when absent or null. */
        TEXT,
        /** A string naming a record: a leading or trailing space in it is a problem. */
        ID,
        /** A constant of an enum. */
        CONSTANT,
        /** {@code true} or {@code false}, absent meaning false, {@code null} a problem ({@code boolean} in the model). */
        YES_NO,
        /** {@code true} or {@code false}, absent or {@code null} meaning not recorded ({@code Boolean} in the model). */
        YES_NO_OR_UNKNOWN,
        /** A whole number in the range of {@code int}. */
        WHOLE_NUMBER,
        /** A day, {@code "YYYY-MM-DD"}. */
        DAY,
        /** An array of constants of an enum, read as a set. */
        CONSTANTS,
        /** A person's positions: an array of position records. */
        POSITIONS
    }

    /** A field of a record type: its name, how it is read, and the enum of its constants where it has one. */
    private record Field(String name, Kind kind, Constants constants) {
    }

    /** The constants of an enum, looked up by name without making a string of the value. */
    private static final class Constants {
        private final Enum<?>[] values;
        private final char[][] names;
        private final Class<?> type;
        private final String expected;

        Constants(Class<?> type) {
            this.type = type;
            this.values = (Enum<?>[]) type.getEnumConstants();
            this.names = Arrays.stream(values).map(v -> v.name().toCharArray()).toArray(char[][]::new);
            this.expected = Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
        }

        Enum<?> find(char[] text, int offset, int length) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].length == length && Arrays.equals(names[i], 0, length, text, offset, offset + length)) {
                    return values[i];
                }
            }
            return null;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Set<?> emptySet() {
            return EnumSet.noneOf((Class) type);
        }
    }

    /**
     * A kind of record: its fields in the order of the model's record components (or of the file's
     * record, for a person and a position) and how a record is made from their values.
     */
    private static final class Type {
        final Field[] fields;
        final String fieldNames;
        final Function<Object[], Object> make;
        /** The yes/no fields that are false when left out. */
        final int[] falseWhenAbsent;

        Type(Class<?> record, Function<Object[], Object> make) {
            this.fields = Arrays.stream(record.getRecordComponents()).map(Type::field).toArray(Field[]::new);
            this.falseWhenAbsent = IntStream.range(0, fields.length)
                    .filter(i -> fields[i].kind() == Kind.YES_NO).toArray();
            this.fieldNames = Arrays.stream(fields).map(Field::name).collect(Collectors.joining(", "));
            this.make = make;
        }

        private static Field field(RecordComponent c) {
            Class<?> t = c.getType();
            String name = c.getName();
            if (t == String.class) {
                boolean id = name.equals("id") || name.endsWith("Id") || name.endsWith("Of");
                return new Field(name, id ? Kind.ID : Kind.TEXT, null);
            }
            if (t.isEnum()) {
                return new Field(name, Kind.CONSTANT, new Constants(t));
            }
            if (t == boolean.class) {
                return new Field(name, Kind.YES_NO, null);
            }
            if (t == Boolean.class) {
                return new Field(name, Kind.YES_NO_OR_UNKNOWN, null);
            }
            if (t == Integer.class) {
                return new Field(name, Kind.WHOLE_NUMBER, null);
            }
            if (t == LocalDate.class) {
                return new Field(name, Kind.DAY, null);
            }
            Class<?> element = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            if (t == Set.class && element.isEnum()) {
                return new Field(name, Kind.CONSTANTS, new Constants(element));
            }
            if (t == List.class && element == PositionEntry.class) {
                return new Field(name, Kind.POSITIONS, null);
            }
            throw new IllegalStateException("no way to read " + c);
        }

        int indexOf(String name) {
            return DistrictReader.indexOf(fields, name);
        }
    }

    /** The index of the field {@code name} in {@code fields}, or -1. */
    private static int indexOf(Field[] fields, String name) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].name == name) {   // field names are interned by the parser
                return i;
            }
        }
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].name.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A person as the file has it: the record's fields plus the positions the person holds. */
    record PersonEntry(String id, String name, Gender gender, boolean outstandingRepresentative,
                       String leadershipTeamOf, String twoCommitteesOf, Rank rank, Boolean substantiveRank,
                       List<PositionEntry> positions) {
    }

    /** A position nested in its person: the person's id is implied. */
    record PositionFields(String federationId, Role role) {
    }

    /** A position as read, before its person is known: its fields' values and where it starts. */
    record PositionEntry(Object[] values, int index, int line, int column) {
    }

    private static final Type PERIOD = new Type(AssessmentPeriod.class,
            v -> new AssessmentPeriod((LocalDate) v[0], (LocalDate) v[1]));
    private static final Type FEDERATION = new Type(Federation.class,
            v -> new Federation((String) v[0], (Level) v[1], (String) v[2], (String) v[3],
                    (Integer) v[4]));
    /** A person, made without positions (they are made once the person is). */
    private static final Type PERSON = new Type(PersonEntry.class,
            v -> new Person((String) v[0], (String) v[1], (Gender) v[2], (Boolean) v[3], (String) v[4], (String) v[5],
                    (Rank) v[6], (Boolean) v[7]));
    private static final int PERSON_POSITIONS = PERSON.indexOf("positions");
    /** A position's fields; a position is made with its person's id once the person is made. */
    private static final Type POSITION = new Type(PositionFields.class, null);
    @SuppressWarnings("unchecked")
    private static final Type WOMENS_HOME = new Type(WomensHome.class,
            v -> new WomensHome((String) v[0], (String) v[1], (String) v[2],
                    (Set<Have>) v[3], (Set<BasicService>) v[4],
                    (Boolean) v[5]));
    private static final Type UNIT = new Type(Unit.class,
            v -> new Unit((String) v[0], (String) v[1], (UnitType) v[2], (String) v[3],
                    (Integer) v[4], (Boolean) v[5], (Boolean) v[6], (Boolean) v[7]));
    private static final Type BUILDING = new Type(Building.class,
            v -> new Building((String) v[0], (String) v[1], (String) v[2], (Boolean) v[3]));
    private static final Type ACTIVITY_CENTRE = new Type(ActivityCentre.class,
            v -> new ActivityCentre((String) v[0], (String) v[1], (String) v[2], (Boolean) v[3], (Boolean) v[4]));
    private static final Type WOMENS_GROUP = new Type(WomensGroup.class,
            v -> new WomensGroup((String) v[0], (String) v[1], (GroupSetting) v[2]));
    private static final Type ACTIVITY = new Type(Activity.class,
            v -> new Activity((String) v[0], (ActivityType) v[1], (String) v[2],
                    (LocalDate) v[3], (Integer) v[4]));
    private static final Type WAIVER = new Type(Waiver.class,
            v -> new Waiver((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                    (LocalDate) v[5], (LocalDate) v[6]));

    /** Reading ended where nothing more can be read, its problem reported. */
    private static final class Ended extends RuntimeException {
        Ended() {
            super(null, null, false, false);
        }
    }

    /**
     * Ends the fast pass at its first problem: the input is read again from its decoded text, the
     * pass that places every problem by line and column of characters (the fast pass's parser
     * counts columns in bytes) and says it as it always has.
     */
    private static final class Retry extends RuntimeException {
        Retry() {
            super(null, null, false, false);
        }
    }

    /** A field's value that was a problem (reported), in place of the value. */
    private static final Object REFUSED = new Object();

    /**
     * One pass over one document: the facts read, and every problem found. The fast pass gives the
     * parser the UTF-8 bytes as they are (no text decoded, Jackson's byte-level names table) and
     * stops at the first problem with {@link Retry}; the exact pass reads the decoded text.
     */
    private static final class Reading {
        private final String source;
        /** The decoded text, or null in the fast pass. */
        private final CharBuffer text;
        /** The fast pass's bytes and where its text starts (after a byte-order mark); null in the exact pass. */
        private final byte[] bytes;
        private final int start;
        private final InputMessages words;
        private final List<InputException> problems = new ArrayList<>();
        private int problemCount;
        private JsonParser parser;

        private AssessmentPeriod period;
        private boolean periodGiven;
        private final List<Federation> federations = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final List<Position> positions = new ArrayList<>();
        private final List<WomensHome> homes = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();
        private final List<Building> buildings = new ArrayList<>();
        private final List<ActivityCentre> centres = new ArrayList<>();
        private final List<WomensGroup> groups = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final List<Waiver> waivers = new ArrayList<>();
        /** Each record's location under its key; the first of a key read twice (a duplicate id, a DATA finding for the rules). */
        private final HashMap<String, String> locations;
        /** Every record's location (a line of a JSON-lines file), or null for each at its own line. */
        private final String everywhere;
        /** The last location made, {@code SOURCE:LINE}, used again for records on the same line. */
        private String where = "";
        private int whereLine = -1;

        /** The record being read, for the paths of problems: a top-level field, its element and a position's index. */
        private String top = "";
        private int element = -1;
        private int position = -1;

        /** The exact pass, over the decoded text. */
        Reading(String source, CharBuffer text, InputMessages words, String everywhere) {
            this(source, text, null, 0, words, everywhere);
        }

        /** The fast pass, over well-formed UTF-8 bytes whose text begins at {@code start}. */
        Reading(String source, byte[] bytes, int start, InputMessages words, String everywhere) {
            this(source, null, bytes, start, words, everywhere);
        }

        private Reading(String source, CharBuffer text, byte[] bytes, int start, InputMessages words, String everywhere) {
            this.source = source;
            this.everywhere = everywhere;
            this.text = text;
            this.bytes = bytes;
            this.start = start;
            this.words = words;
            // A record takes about a hundred bytes of a district: the map is made big enough at once.
            this.locations = new HashMap<>(Math.max(1024, (text == null ? bytes.length : text.limit()) / 48));
        }

        DistrictData read() {
            try (JsonParser p = text == null ? FACTORY.createParser(bytes, start, bytes.length - start)
                    : FACTORY.createParser(text.array(), text.arrayOffset(), text.limit())) {
                parser = p;
                document();
            } catch (Ended e) {
                // A limit passed inside a value already reported: nothing more to say about it.
                retryIfFast();
            } catch (IOException e) {
                // The text is not JSON from here on (or a limit is passed): reading ends at this place.
                fromParser(e);
            }
            if (problemCount > 0) {
                problems.sort(Comparator.comparingInt(InputException::line).thenComparingInt(InputException::column));
                List<InputException> listed = problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()));
                if (problemCount == 1) {
                    throw listed.get(0);
                }
                throw new InputException(List.copyOf(listed), problemCount - listed.size(), words);
            }
            return new DistrictData(period, federations, people, positions, homes, units, buildings, centres, groups,
                    activities, waivers, Locations.handedOver(locations));
        }

        private void located(String key, int line) {
            if (everywhere != null) {
                locations.putIfAbsent(key, everywhere);
                return;
            }
            if (line != whereLine) {
                where = source + ":" + line;
                whereLine = line;
            }
            locations.putIfAbsent(key, where);
        }

        private void document() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                problem(1, 1, "", words.text("input.empty"));
                return;
            }
            JsonLocation documentStart = parser.currentTokenLocation();
            if (token != JsonToken.START_OBJECT) {
                problem(documentStart, "", words.text("input.notObject", found(token)));
                return;
            }
            long seen = 0;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonLocation start = parser.currentTokenLocation();
                int index = TOP_LEVEL_FIELDS.indexOf(field);
                token = parser.nextToken();
                top = field;
                if (index < 0) {
                    problem(start, field, words.text("field.unknown", String.join(", ", TOP_LEVEL_FIELDS)));
                    skip();
                    continue;
                }
                if ((seen & 1L << index) != 0) {
                    problem(start, field, words.text("json.duplicate", field));
                    skip();
                    continue;
                }
                seen |= 1L << index;
                switch (field) {
                    case "format" -> {
                        String format = string(field, token);
                        if (format != null && !FORMAT.equals(format)) {
                            problem(parser.currentTokenLocation(), field,
                                    words.text("format.unsupported", quote(format), quote(FORMAT)));
                        }
                    }
                    case "name" -> string(field, token);
                    case "period" -> {
                        periodGiven = true;
                        period = (AssessmentPeriod) record(PERIOD, parser.currentTokenLocation());
                    }
                    case "federations" -> elements(FEDERATION, f -> federations.add((Federation) f));
                    case "people" -> elements(PERSON, null);
                    case "womensHomes" -> elements(WOMENS_HOME, h -> homes.add((WomensHome) h));
                    case "units" -> elements(UNIT, u -> units.add((Unit) u));
                    case "buildings" -> elements(BUILDING, b -> buildings.add((Building) b));
                    case "activityCentres" -> elements(ACTIVITY_CENTRE, c -> centres.add((ActivityCentre) c));
                    case "womensGroups" -> elements(WOMENS_GROUP, g -> groups.add((WomensGroup) g));
                    case "activities" -> elements(ACTIVITY, a -> activities.add((Activity) a));
                    case "waivers" -> elements(WAIVER, w -> waivers.add((Waiver) w));
                    default -> throw new IllegalStateException(field);
                }
            }
            top = "";
            element = -1;
            if (parser.nextToken() != null) {
                problem(parser.currentTokenLocation(), "", words.text("input.moreContent", found(parser.currentToken())));
            }
            if (!periodGiven) {
                problem(documentStart, "period", words.text("period.missing"));
            }
        }

        /**
         * Skips the value at the parser, which is a problem already reported. Where a limit is passed
         * inside it (ten thousand nested arrays where a record belongs), reading ends there without a
         * second problem for the same value; broken JSON inside it is a problem of its own.
         */
        private void skip() throws IOException {
            try {
                parser.skipChildren();
            } catch (StreamConstraintsException e) {
                throw new Ended();
            }
        }

        /** A top-level string; a problem and {@code null} when it is not one. */
        private String string(String field, JsonToken token) throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                problem(parser.currentTokenLocation(), field, expectedFound("expected.string", token));
                skip();
                return null;
            }
            return parser.getText();
        }

        /** The records of a top-level array, each made and kept with its location. */
        private void elements(Type type, Consumer<Object> keep) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.START_ARRAY) {
                problem(parser.currentTokenLocation(), top, expectedFound("expected.array", token));
                skip();
                return;
            }
            element = 0;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    problem(parser.currentLocation(), top, words.text("input.truncatedArray"));
                    return;
                }
                JsonLocation start = parser.currentTokenLocation();
                if (type == PERSON) {
                    person(start);
                } else {
                    Object fact = record(type, start);
                    if (fact != null) {
                        keep.accept(fact);
                        located(((Identified) fact).id(), start.getLineNr());
                    }
                }
                element++;
            }
            element = -1;
        }

        /** A person and the positions nested in it, the positions made once the person is. */
        private void person(JsonLocation start) throws IOException {
            Object[] values = values(PERSON, start);
            if (values == null) {
                return;
            }
            Person person = (Person) make(PERSON.fields, PERSON.make, values, start.getLineNr(), start.getColumnNr());
            if (person != null) {
                people.add(person);
                located(person.id(), start.getLineNr());
            }
            @SuppressWarnings("unchecked")
            List<PositionEntry> entries = (List<PositionEntry>) values[PERSON_POSITIONS];
            if (entries == null) {
                return;
            }
            for (PositionEntry entry : entries) {
                position = entry.index();
                Position made = makePosition(person, entry);
                if (made != null && person != null) {
                    positions.add(made);
                    located(made.key(), entry.line());
                }
            }
            position = -1;
        }

        /** The position {@code entry} of {@code person}; its own missing fields are problems even when the person is one. */
        private Position makePosition(Person person, PositionEntry entry) {
            String personId = person == null ? "?" : person.id();
            return (Position) make(POSITION.fields, v -> new Position(personId, (String) v[0], (Role) v[1]),
                    entry.values(), entry.line(), entry.column());
        }

        /** A record of {@code type} at the current token, made; {@code null} after a problem (reported). */
        private Object record(Type type, JsonLocation start) throws IOException {
            Object[] values = values(type, start);
            if (values == null) {
                return null;
            }
            if (type == PERIOD && values[0] instanceof LocalDate from && values[1] instanceof LocalDate to
                    && to.isBefore(from)) {
                problem(start, path(), words.text("period.endBeforeStart", to, from));
                return null;
            }
            return make(type.fields, type.make, values, start.getLineNr(), start.getColumnNr());
        }

        /**
         * The values of the fields of a record of {@code type} at the current token, {@link #REFUSED}
         * for a field that was a problem; {@code null} when it is not an object (a problem).
         */
        private Object[] values(Type type, JsonLocation start) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.START_OBJECT) {
                problem(start, path(), expectedFound("expected.object", token));
                skip();
                return null;
            }
            Field[] fields = type.fields;
            Object[] values = new Object[fields.length];
            for (int i : type.falseWhenAbsent) {
                values[i] = Boolean.FALSE;
            }
            long seen = 0;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int index = type.indexOf(name);
                if (index < 0 || (seen & 1L << index) != 0) {
                    problem(parser.currentTokenLocation(), path(name), index < 0
                            ? words.text("field.unknown", type.fieldNames) : words.text("json.duplicate", name));
                    parser.nextToken();
                    skip();
                    continue;
                }
                seen |= 1L << index;
                values[index] = value(fields[index], name, parser.nextToken());
            }
            return values;
        }

        /**
         * The record made by {@code make} of {@code values}, read at {@code line}:{@code column};
         * {@code null} after a problem. Each required field missing is a problem at the start of the
         * record; a field whose value was a problem is not reported missing too.
         */
        private Object make(Field[] fields, Function<Object[], Object> make, Object[] values, int line, int column) {
            boolean refused = false;
            for (int i = 0; i < fields.length; i++) {
                if (values[i] == REFUSED) {
                    values[i] = placeholder(fields[i]);
                    refused = true;
                }
            }
            for (int attempt = 0; attempt <= fields.length; attempt++) {
                try {
                    Object made = make.apply(values);
                    return refused ? null : made;
                } catch (IllegalArgumentException e) {
                    String message = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
                    Matcher m = MISSING_FIELD.matcher(message);
                    int index = m.find() ? indexOf(fields, m.group(1)) : -1;
                    if (index < 0) {
                        if (!refused) {   // else a placeholder may be what the record refuses
                            problem(line, column, path(), message);
                        }
                        return null;
                    }
                    problem(line, column, path(m.group(1)), words.text("field.missing"));
                    refused = true;
                    values[index] = placeholder(fields[index]);
                }
            }
            return null;
        }

        /** A value that passes the record's checks, in place of one that was a problem or is missing. */
        private static Object placeholder(Field field) {
            return switch (field.kind()) {
                case TEXT, ID -> "?";
                case CONSTANT -> field.constants().values[0];
                case YES_NO, YES_NO_OR_UNKNOWN -> Boolean.FALSE;
                case WHOLE_NUMBER -> 0;
                case DAY -> LocalDate.EPOCH;
                case CONSTANTS -> Set.of();
                case POSITIONS -> List.of();
            };
        }

        /** The value of {@code field} at {@code token}; {@link #REFUSED} after a problem (reported). */
        private Object value(Field field, String name, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                if (field.kind() == Kind.YES_NO) {
                    return refuse(name, words.text("value.null", expected(field)));
                }
                return null;
            }
            switch (field.kind()) {
                case TEXT, ID -> {
                    if (token == JsonToken.VALUE_STRING) {
                        String s = parser.getText();
                        return field.kind() == Kind.ID ? id(name, s) : s;
                    }
                }
                case CONSTANT -> {
                    if (token == JsonToken.VALUE_STRING) {
                        Enum<?> constant = constant(field.constants());
                        return constant != null ? constant
                                : refuse(name, words.text("value.unknown", quote(parser.getText()), expected(field)));
                    }
                }
                case YES_NO, YES_NO_OR_UNKNOWN -> {
                    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                        return token == JsonToken.VALUE_TRUE;
                    }
                }
                case WHOLE_NUMBER -> {
                    if (token == JsonToken.VALUE_NUMBER_INT) {
                        try {
                            return parser.getIntValue();
                        } catch (InputCoercionException e) {
                            // At the number, where the parser finds it too large (as reading always said).
                            problem(parser.currentTokenLocation(), path(name), words.text("value.outOfRange",
                                    parser.getText(), Integer.MIN_VALUE, Integer.MAX_VALUE));
                            return REFUSED;
                        }
                    }
                }
                case DAY -> {
                    if (token == JsonToken.VALUE_STRING) {
                        return day(name);
                    }
                }
                case CONSTANTS -> {
                    if (token == JsonToken.START_ARRAY) {
                        return constants(field, name);
                    }
                }
                case POSITIONS -> {
                    if (token == JsonToken.START_ARRAY) {
                        return positions(name);
                    }
                }
            }
            String found = token == JsonToken.VALUE_NUMBER_FLOAT && (field.kind() == Kind.WHOLE_NUMBER
                    || field.kind() == Kind.TEXT || field.kind() == Kind.ID)
                    // A fraction where a whole number or a string belongs is shown as the number it is (1.5e3 as 1500.0).
                    ? words.text("found.number", parser.getDoubleValue()) : found(token);
            Object refused = refuse(name, words.text("value.expected", expected(field), found));
            skip();
            return refused;
        }

        /**
         * A problem with the value of the field {@code name}, at the start of the field's name; the
         * parser is at the value. (Where a name starts is worked out only for a problem: reading
         * keeps no place but each record's.)
         */
        private Object refuse(String name, String problem) {
            retryIfFast();
            JsonLocation value = parser.currentTokenLocation();
            int line = value.getLineNr();
            int column = value.getColumnNr();
            char[] c = text.array();
            int i = (int) value.getCharOffset() - 1;
            int lines = 0;
            for (; i >= 0 && (c[i] == ' ' || c[i] == '\t' || c[i] == '\r' || c[i] == '\n'); i--) {
                lines += c[i] == '\n' ? 1 : 0;
            }
            if (i > 0 && c[i] == ':') {
                for (i--; i >= 0 && (c[i] == ' ' || c[i] == '\t' || c[i] == '\r' || c[i] == '\n'); i--) {
                    lines += c[i] == '\n' ? 1 : 0;
                }
                if (i > 0 && c[i] == '"') {
                    int start = i - 1;
                    while (start >= 0 && !(c[start] == '"' && backslashesBefore(c, start) % 2 == 0)) {
                        start--;
                    }
                    if (start >= 0) {
                        int lineStart = start;
                        while (lineStart > 0 && c[lineStart - 1] != '\n') {
                            lineStart--;
                        }
                        line -= lines;
                        column = lines == 0 ? column - (int) (value.getCharOffset() - start) : start - lineStart + 1;
                    }
                }
            }
            problem(line, column, path(name), problem);
            return REFUSED;
        }

        private static int backslashesBefore(char[] c, int at) {
            int n = 0;
            for (int i = at - 1; i >= 0 && c[i] == '\\'; i--) {
                n++;
            }
            return n;
        }

        /** An id as written; a problem when it starts or ends with a space (a blank one is missing). */
        private Object id(String name, String id) {
            if (id.isEmpty()) {
                return id;
            }
            boolean leading = isSpace(id.charAt(0));
            boolean trailing = isSpace(id.charAt(id.length() - 1));
            if (!leading && !trailing || id.isBlank()) {
                return id;
            }
            String key = leading && trailing ? "id.spaces" : leading ? "id.leadingSpace" : "id.trailingSpace";
            return refuse(name, words.text(key, name, quote(id)));
        }

        /** A space of any kind: ASCII, no-break, ideographic (全角) or another Unicode space. */
        private static boolean isSpace(char c) {
            return c <= ' ' || c >= '\u0080' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
        }

        private Enum<?> constant(Constants constants) throws IOException {
            return constants.find(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        }

        /** A day written {@code YYYY-MM-DD} that exists. {@code 2018-02-30} is a problem, not the last day of February. */
        private Object day(String name) throws IOException {
            char[] c = parser.getTextCharacters();
            int o = parser.getTextOffset();
            if (parser.getTextLength() == 10 && c[o + 4] == '-' && c[o + 7] == '-') {
                int year = digits(c, o, 4);
                int month = digits(c, o + 5, 2);
                int day = digits(c, o + 8, 2);
                if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
                    return LocalDate.of(year, month, day);
                }
            }
            String s = parser.getText();
            try {
                // ISO_LOCAL_DATE resolves strictly: no 30 February.
                return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeException e) {
                String reason = dateReason(e);
                return refuse(name, reason.isEmpty() ? words.text("date.invalid", quote(s))
                        : words.text("date.invalidBecause", quote(s), reason));
            }
        }

        /** The number written in {@code length} ASCII digits at {@code offset}, or -1. */
        private static int digits(char[] c, int offset, int length) {
            int n = 0;
            for (int i = offset; i < offset + length; i++) {
                if (c[i] < '0' || c[i] > '9') {
                    return -1;
                }
                n = n * 10 + (c[i] - '0');
            }
            return n;
        }

        /** Why a date was refused, from the java.time exception, e.g. "Invalid date 'FEBRUARY 30'". */
        private static String dateReason(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DateTimeException && t.getMessage() != null) {
                    String reason = firstLine(t.getMessage())
                            .replaceFirst("^Text '.*' could not be parsed[:,]?\\s*", "");
                    return reason.startsWith("at index") ? "" : reason;
                }
            }
            return "";
        }

        /** An array of constants as a set; a problem at each element that is not one of them. */
        private Object constants(Field field, String name) throws IOException {
            Constants constants = field.constants();
            @SuppressWarnings("unchecked")
            Set<Object> set = (Set<Object>) constants.emptySet();
            boolean refused = false;
            JsonToken token;
            for (int i = 0; (token = parser.nextToken()) != JsonToken.END_ARRAY; i++) {
                Enum<?> constant = token == JsonToken.VALUE_STRING ? constant(constants) : null;
                if (constant != null) {
                    set.add(constant);
                    continue;
                }
                String problem = token == JsonToken.VALUE_STRING
                        ? words.text("value.unknown", quote(parser.getText()), oneOf(field))
                        : token == JsonToken.VALUE_NULL ? words.text("value.null", oneOf(field))
                        : expectedFound(oneOf(field), token);
                problem(parser.currentTokenLocation(), path(name) + "[" + i + "]", problem);
                skip();
                refused = true;
            }
            return refused ? REFUSED : set;
        }

        /** A person's positions, each read but not yet made. */
        private Object positions(String name) throws IOException {
            List<PositionEntry> entries = new ArrayList<>(4);
            JsonToken token;
            for (int i = 0; (token = parser.nextToken()) != JsonToken.END_ARRAY; i++) {
                JsonLocation start = parser.currentTokenLocation();
                if (token != JsonToken.START_OBJECT) {
                    problem(start, path(name) + "[" + i + "]", token == JsonToken.VALUE_NULL
                            ? words.text("value.null", words.text("expected.object"))
                            : expectedFound("expected.object", token));
                    skip();
                    continue;
                }
                position = i;
                Object[] values = values(POSITION, start);
                position = -1;
                entries.add(new PositionEntry(values, i, start.getLineNr(), start.getColumnNr()));
            }
            return entries;
        }

        /** What a value of {@code field} looks like in the file. */
        private String expected(Field field) {
            return switch (field.kind()) {
                case TEXT, ID -> words.text("expected.string");
                case CONSTANT -> oneOf(field);
                case YES_NO, YES_NO_OR_UNKNOWN -> words.text("expected.yesNo");
                case WHOLE_NUMBER -> words.text("expected.wholeNumber");
                case DAY -> words.text("expected.date");
                case CONSTANTS, POSITIONS -> words.text("expected.array");
            };
        }

        /** "one of" the constants of {@code field}, or of its elements. */
        private String oneOf(Field field) {
            return words.text("expected.oneOf", field.constants().expected);
        }

        /** "expected …, found …": {@code expected} a key of the words or the words themselves. */
        private String expectedFound(String expected, JsonToken token) {
            String what = expected.startsWith("expected.") ? words.text(expected) : expected;
            return words.text("value.expected", what, found(token));
        }

        private String found(JsonToken token) {
            if (token == null) {
                return words.text("found.endOfInput");
            }
            return switch (token) {
                case START_OBJECT -> words.text("found.object");
                case START_ARRAY -> words.text("found.array");
                case END_OBJECT -> words.text("found.endOfObject");
                case END_ARRAY -> words.text("found.endOfArray");
                case VALUE_STRING -> words.text("found.string", quote(currentText()));
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> words.text("found.number", currentText());
                case VALUE_TRUE -> words.text("found.true");
                case VALUE_FALSE -> words.text("found.false");
                case VALUE_NULL -> words.text("found.null");
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

        /** The path of the record being read, e.g. {@code people[3]} or {@code people[3].positions[0]}. */
        private String path() {
            StringBuilder s = new StringBuilder(top);
            if (element >= 0) {
                s.append('[').append(element).append(']');
            }
            if (position >= 0) {
                s.append(".positions[").append(position).append(']');
            }
            return s.toString();
        }

        /** The path of {@code field} of the record being read. */
        private String path(String field) {
            String record = path();
            return record.isEmpty() ? field : record + "." + field;
        }

        private void problem(JsonLocation where, String path, String problem) {
            problem(where.getLineNr(), where.getColumnNr(), path, problem);
        }

        private void problem(int line, int column, String path, String problem) {
            retryIfFast();
            problemCount++;
            if (problems.size() < KEPT_PROBLEMS) {
                problems.add(new InputException(source, line, column, path, problem));
            }
        }

        /** The problem where the parser stopped: the text is not JSON there, ends early, or passes a limit. */
        private void fromParser(IOException e) {
            retryIfFast();
            JsonLocation where = e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                    ? jpe.getLocation() : parser.currentLocation();
            String problem;
            if (e instanceof JsonEOFException || String.valueOf(e.getMessage()).contains("end-of-input")) {
                problem = words.text("input.truncated");
            } else if (e instanceof StreamConstraintsException sce) {
                problem = limitPassed(sce.getOriginalMessage());
            } else if (e instanceof JsonProcessingException jpe) {
                problem = words.text("json.invalid", firstLine(String.valueOf(jpe.getOriginalMessage())));
            } else {
                problem = words.text("input.failed", describe(e));
            }
            problemCount++;
            problems.add(new InputException(source, where.getLineNr(), where.getColumnNr(), pathOf(parser), problem, e));
        }

        /** In the fast pass, a problem ends it: the exact pass reads the input again and reports it. */
        private void retryIfFast() {
            if (text == null) {
                throw new Retry();
            }
        }

        /** The path of the parser's current token, e.g. {@code people[3].gender}. */
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

        /** A limit of {@link StreamReadConstraints} passed, said without Jackson's advice on Java settings. */
        private String limitPassed(String message) {
            String m = message == null ? "" : message;
            if (m.contains("nesting depth")) {
                return words.text("limit.nesting", MAX_NESTING_DEPTH);
            }
            if (m.contains("String value length")) {
                return words.text("limit.string", MAX_STRING_LENGTH);
            }
            if (m.contains("Document length")) {
                return words.text("limit.document", MAX_DOCUMENT_BYTES);
            }
            return words.text("limit.other", firstLine(m).replaceAll("\\s*\\(?,? ?from `[^`]*`\\)?", ""));
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

    /** For tests: the parser's limits as used. */
    static Map<String, Object> limits() {
        StreamReadConstraints c = FACTORY.streamReadConstraints();
        return Map.of("maxNestingDepth", c.getMaxNestingDepth(), "maxStringLength", c.getMaxStringLength(),
                "maxDocumentLength", c.getMaxDocumentLength());
    }
}
