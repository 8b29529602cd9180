package io.github.fulianrules.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.input.Utf8Text;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document read into nodes that know where they stand: each node has its entry path
 * ({@code parameters[18].values[0].from}), line and column, so that whatever is wrong with it is
 * reported as {@code FILE:LINE:COL: PATH: what was expected}, like a district file. Broken YAML
 * (an item indented like no level above, a tab, an unclosed quote or bracket, a key given twice)
 * is reported at its place in plain words, not in the parser's.
 *
 * <pre>{@code
 * LocatedYaml.Node root = LocatedYaml.read("parameters.yaml", bytes);
 * }</pre>
 */
public final class LocatedYaml {
    private static final YAMLFactory YAML = new YAMLFactory();
    /** What the reader of data files says, in Chinese and English. */
    static final Sentences WORDS = Sentences.of(LocatedYaml.class, "yaml");

    private LocatedYaml() {
    }

    /** A node of the document: a scalar, a list or a map, with its entry path and place. */
    public sealed interface Node permits Scalar, Sequence, Mapping {
        /** Its entry path, e.g. {@code parameters[18].values[0].from}; empty for the whole document. */
        String path();

        /** Its line, from 1. */
        int line();

        /** Its column, from 1. */
        int column();

        /** What it is, as an error message says what was found, in English: {@code a list}, {@code 1.5}, {@code a string "x"}. */
        default String describe() {
            return describe(Locale.ENGLISH);
        }

        /** What it is, as an error message in the language of {@code locale} says what was found. */
        String describe(Locale locale);
    }

    /** What a scalar was written as. */
    public enum ScalarKind { STRING, WHOLE_NUMBER, FRACTION, BOOLEAN, NULL }

    /**
     * A single value.
     *
     * @param text as written, quotes removed
     */
    public record Scalar(String path, int line, int column, ScalarKind kind, String text) implements Node {
        @Override
        public String describe(Locale locale) {
            return switch (kind) {
                case STRING -> text.isEmpty() ? WORDS.say(locale, "nothing") : WORDS.say(locale, "aString", quote(text));
                case NULL -> WORDS.say(locale, "nothing");
                default -> text;
            };
        }
    }

    /** A list. */
    public record Sequence(String path, int line, int column, List<Node> items) implements Node {
        @Override
        public String describe(Locale locale) {
            return WORDS.say(locale, "aList");
        }
    }

    /**
     * A key of a map with its value.
     *
     * @param name   the key
     * @param line   the key's line
     * @param column the key's column
     * @param value  its value
     */
    public record Field(String name, int line, int column, Node value) {
    }

    /** A map, its keys in the order written. */
    public record Mapping(String path, int line, int column, List<Field> fields) implements Node {
        @Override
        public String describe(Locale locale) {
            return WORDS.say(locale, "aMap");
        }

        /** The value of {@code key}, if given. */
        public Optional<Node> get(String key) {
            return fields.stream().filter(f -> f.name().equals(key)).map(Field::value).findFirst();
        }

        /** The path of a key of this map, given or not. */
        public String pathOf(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }

    /** The most characters of one string value (a requirement's words, a description, a scenario's name). */
    public static final int MAX_STRING = 10_000;

    /** Reads the UTF-8 YAML text {@code bytes}; a document that is not YAML throws an {@link InputException} naming {@code source}. */
    public static Node read(String source, byte[] bytes) {
        return read(source, bytes, Locale.ENGLISH);
    }

    /** As {@link #read(String, byte[])}, what is wrong told in the language of {@code locale}. */
    public static Node read(String source, byte[] bytes, Locale locale) {
        String text = Utf8Text.decode(bytes, source).toString();
        try (JsonParser parser = YAML.createParser(text)) {
            Reading reading = new Reading(source, text, parser, locale);
            JsonToken first = reading.next("");
            if (first == null) {
                throw new InputException(source, 1, 1, "", WORDS.say(locale, "fileEmpty"));
            }
            Node root = reading.node(first, "");
            if (reading.next("") != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new InputException(source, at.getLineNr(), at.getColumnNr(), "", WORDS.say(locale, "secondDocument"));
            }
            return root;
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "", WORDS.say(locale, "cannotRead", e.getMessage()));
        }
    }

    /** One pass over a document's tokens. */
    private static final class Reading {
        private final String source;
        private final String[] lines;
        private final JsonParser parser;
        private final Locale locale;

        Reading(String source, String text, JsonParser parser, Locale locale) {
            this.source = source;
            this.lines = text.split("\r?\n|\r", -1);
            this.parser = parser;
            this.locale = locale;
        }

        private String say(String key, Object... args) {
            return WORDS.say(locale, key, args);
        }

        /** The next token; broken YAML reported as an error of the entry {@code path} being read. */
        JsonToken next(String path) throws IOException {
            try {
                return parser.nextToken();
            } catch (IOException e) {
                if (e.getCause() instanceof MarkedYAMLException yaml) {
                    throw syntax(yaml, path);
                }
                // Another parse error (found by fuzzing): at its own place, or where the parser stopped.
                JsonLocation at = e instanceof JsonProcessingException p && p.getLocation() != null
                        ? p.getLocation() : parser.currentLocation();
                throw new InputException(source, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1), path,
                        say("notYaml"));
            }
        }

        Node node(JsonToken token, String path) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            int line = at.getLineNr();
            int column = at.getColumnNr();
            return switch (token) {
                case START_ARRAY -> {
                    List<Node> items = new ArrayList<>();
                    JsonToken t;
                    while ((t = next(path + "[" + items.size() + "]")) != JsonToken.END_ARRAY) {
                        items.add(node(t, path + "[" + items.size() + "]"));
                    }
                    yield new Sequence(path, line, column, List.copyOf(items));
                }
                case START_OBJECT -> {
                    List<Field> fields = new ArrayList<>();
                    JsonToken t;
                    while ((t = next(path)) == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        JsonLocation key = parser.currentTokenLocation();
                        String child = path.isEmpty() ? name : path + "." + name;
                        for (Field f : fields) {
                            if (f.name().equals(name)) {
                                throw new InputException(source, key.getLineNr(), key.getColumnNr(), child,
                                        say("givenTwice", f.line()));
                            }
                        }
                        fields.add(new Field(name, key.getLineNr(), key.getColumnNr(), node(next(child), child)));
                    }
                    yield new Mapping(path, line, column, List.copyOf(fields));
                }
                case VALUE_STRING -> {
                    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                        throw new InputException(source, line, column, path, say("alias", parser.getText()));
                    }
                    yield new Scalar(path, line, column, ScalarKind.STRING, parser.getText());
                }
                case VALUE_NUMBER_INT -> new Scalar(path, line, column, ScalarKind.WHOLE_NUMBER, parser.getText());
                case VALUE_NUMBER_FLOAT -> new Scalar(path, line, column, ScalarKind.FRACTION, parser.getText());
                case VALUE_TRUE, VALUE_FALSE -> new Scalar(path, line, column, ScalarKind.BOOLEAN, parser.getText());
                case VALUE_NULL -> new Scalar(path, line, column, ScalarKind.NULL, parser.getText());
                default -> throw new InputException(source, line, column, path, say("notYaml"));
            };
        }

        /** Broken YAML in plain words, at the place where it shows. */
        private InputException syntax(MarkedYAMLException e, String path) {
            Mark problem = e.getProblemMark();
            Mark context = e.getContextMark();
            String what = String.valueOf(e.getProblem());
            String during = String.valueOf(e.getContext());
            int line = problem == null ? 0 : problem.getLine() + 1;
            int column = problem == null ? 0 : problem.getColumn() + 1;
            String message;
            if (what.contains("TAB") || what.contains("\\t")) {
                message = say("tab");
            } else if (what.startsWith("expected <block end>") && context != null) {
                int level = context.getColumn() + 1;
                String found = lineAt(line).strip();
                if (during.contains("block collection") && column == level) {
                    message = say("expectedItem", level, quote(found));
                } else if (during.contains("block collection")) {
                    message = say("listIndent", column, level, context.getLine() + 1);
                } else if (column == level) {
                    message = say("expectedKey", level, quote(found));
                } else {
                    message = say("mapIndent", column, level, context.getLine() + 1);
                }
            } else if (what.startsWith("mapping values are not allowed")) {
                column = firstNonBlank(line, column);
                message = say("keyValueNotAllowed");
            } else if (during.contains("quoted scalar") && context != null) {
                line = context.getLine() + 1;
                column = context.getColumn() + 1;
                message = say("unclosedQuote");
            } else if ((during.contains("flow mapping") || during.contains("flow sequence")) && context != null) {
                boolean map = during.contains("mapping");
                message = say("unclosedFlow", map ? "{" : "[", context.getLine() + 1, context.getColumn() + 1, map ? "}" : "]");
            } else if (during.contains("simple key") && context != null) {
                line = context.getLine() + 1;
                column = context.getColumn() + 1;
                message = say("noColon");
            } else {
                message = say("notYamlLook");
            }
            return new InputException(source, line, column, path, message);
        }

        private String lineAt(int line) {
            return line >= 1 && line <= lines.length ? lines[line - 1] : "";
        }

        private int firstNonBlank(int line, int fallback) {
            String text = lineAt(line);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != ' ') {
                    return i + 1;
                }
            }
            return fallback;
        }
    }

    /**
     * Reads the fields of data files from nodes, reporting each wrong value to a problem sink and
     * going on, so that one reading lists every problem of a file.
     */
    public static final class Fields {
        private final String source;
        private final Consumer<InputException> problems;
        private final Locale locale;

        /** Fields whose problems are told in English. */
        public Fields(String source, Consumer<InputException> problems) {
            this(source, problems, Locale.ENGLISH);
        }

        /** Fields whose problems are told in the language of {@code locale}. */
        public Fields(String source, Consumer<InputException> problems, Locale locale) {
            this.source = source;
            this.problems = problems;
            this.locale = locale;
        }

        /** The language problems are told in. */
        public Locale locale() {
            return locale;
        }

        /** The sentence {@code key} of the data files' words, in this reading's language. */
        public String say(String key, Object... args) {
            return WORDS.say(locale, key, args);
        }

        /** Reports {@code problem} about {@code node}. */
        public void problem(Node node, String problem) {
            problems.accept(new InputException(source, node.line(), node.column(), node.path(), problem));
        }

        /** Reports {@code problem} about the key {@code field} of its map. */
        public void problem(Field field, String path, String problem) {
            problems.accept(new InputException(source, field.line(), field.column(), path, problem));
        }

        /** {@code node} as a map, or reported and empty. */
        public Optional<Mapping> map(Node node, String expected) {
            if (node instanceof Mapping m) {
                return Optional.of(m);
            }
            problem(node, say("expectedFound", expected, node.describe(locale)));
            return Optional.empty();
        }

        /** {@code node} as a list, or reported and empty. */
        public Optional<Sequence> list(Node node, String expected) {
            if (node instanceof Sequence s) {
                return Optional.of(s);
            }
            problem(node, say("expectedFound", expected, node.describe(locale)));
            return Optional.empty();
        }

        /** Reports each key of {@code map} outside {@code known}; true when there is none. */
        public boolean onlyKnown(Mapping map, Collection<String> known) {
            boolean ok = true;
            for (Field f : map.fields()) {
                if (!known.contains(f.name())) {
                    problem(f, map.pathOf(f.name()), say("unknownField", String.join(", ", known)));
                    ok = false;
                }
            }
            return ok;
        }

        /** The field {@code key} of {@code map}; reported when missing. */
        public Optional<Node> required(Mapping map, String key, String example) {
            Optional<Node> value = map.get(key);
            if (value.isEmpty() || value.get() instanceof Scalar s && s.kind() == ScalarKind.NULL) {
                problems.accept(new InputException(source, map.line(), map.column(), map.pathOf(key),
                        say("missingField", key, example)));
                return Optional.empty();
            }
            return value;
        }

        /** A string, or reported and empty; a number or yes/no is not a string unless quoted. */
        public Optional<String> string(Node node) {
            if (node instanceof Scalar s && s.kind() == ScalarKind.STRING && s.text().length() > MAX_STRING) {
                problem(node, say("tooLong", s.text().length(), MAX_STRING));
                return Optional.empty();
            }
            if (node instanceof Scalar s && s.kind() == ScalarKind.STRING && !s.text().isBlank()) {
                return Optional.of(s.text());
            }
            problem(node, node instanceof Scalar s && s.kind() != ScalarKind.NULL && s.kind() != ScalarKind.STRING
                    ? say("expectedStringQuote", node.describe(locale), s.text())
                    : say("expectedString", node.describe(locale)));
            return Optional.empty();
        }

        /** An optional string field: absent is empty, a wrong value is reported. */
        public Optional<String> optionalString(Mapping map, String key) {
            Optional<Node> node = map.get(key);
            if (node.isEmpty() || node.get() instanceof Scalar s && s.kind() == ScalarKind.NULL) {
                return Optional.empty();
            }
            return string(node.get());
        }

        /** A whole number, or reported and empty. */
        public Optional<Long> wholeNumber(Node node) {
            if (node instanceof Scalar s && s.kind() == ScalarKind.WHOLE_NUMBER) {
                try {
                    return Optional.of(Long.parseLong(s.text().replace("_", "")));
                } catch (NumberFormatException e) {
                    problem(node, say("wholeNumberRange", Long.MIN_VALUE, Long.MAX_VALUE, s.text()));
                    return Optional.empty();
                }
            }
            problem(node, say("expectedWholeNumber", node.describe(locale)));
            return Optional.empty();
        }

        /** A day written {@code YYYY-MM-DD} that exists, or reported and empty. */
        public Optional<LocalDate> day(Node node) {
            if (node instanceof Scalar s && s.kind() == ScalarKind.STRING) {
                try {
                    return Optional.of(LocalDate.parse(s.text(), DateTimeFormatter.ISO_LOCAL_DATE));
                } catch (DateTimeParseException e) {
                    String reason = String.valueOf(e.getMessage()).replaceFirst("^Text '.*' could not be parsed[:,]?\\s*", "");
                    // Java's reason is English: a Chinese reader gets the sentence without it.
                    problem(node, reason.isEmpty() || reason.startsWith("at index") || Sentences.isChinese(locale)
                            ? say("invalidDate", quote(s.text())) : say("invalidDateWhy", quote(s.text()), reason));
                    return Optional.empty();
                }
            }
            problem(node, say("expectedDate", node.describe(locale)));
            return Optional.empty();
        }

        /** A constant of {@code type} by its name, or reported and empty. */
        public <E extends Enum<E>> Optional<E> constant(Node node, Class<E> type, Collection<E> allowed) {
            String names = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            if (node instanceof Scalar s && s.kind() == ScalarKind.STRING) {
                Optional<E> value = Arrays.stream(type.getEnumConstants()).filter(allowed::contains)
                        .filter(c -> c.name().equals(s.text())).findFirst();
                if (value.isEmpty()) {
                    problem(node, say("unknownValue", quote(s.text()), names));
                }
                return value;
            }
            problem(node, say("expectedOneOf", names, node.describe(locale)));
            return Optional.empty();
        }
    }

    /** {@code s} in double quotes. */
    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
