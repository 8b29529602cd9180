package io.github.fulianrules.internal;

import io.github.fulianrules.input.InputException;
import io.github.fulianrules.input.Utf8Text;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A messages file ({@code messages_zh.properties}, {@code messages_en.properties}) read strictly:
 * as UTF-8 (a file saved as GBK is refused at its first wrong byte, not read as mangled
 * characters), each key once, each escape well formed, and every key with the line it is on, so
 * that a problem with a message points at it.
 *
 * @param source  the file, as named in problems
 * @param entries the messages by key, in file order
 */
public record MessageFile(String source, Map<String, Entry> entries) {
    private static final Pattern BAD_ESCAPE = Pattern.compile("\\\\u(?![0-9a-fA-F]{4})");

    public MessageFile {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * One message as written.
     *
     * @param key   its key, e.g. {@code FL-2.3c.message}
     * @param value its text, escapes read
     * @param line  the line it starts on, from 1
     * @param raw   the text of its lines as written, to find a column in
     */
    public record Entry(String key, String value, int line, String raw) {
        /**
         * The column (from 1) of the character at {@code offset} in the value, where the value is
         * written as it reads (no escapes, one line); else 1.
         */
        public int columnAt(int offset) {
            int start = raw.lastIndexOf(value);
            int lineEnd = raw.indexOf('\n');
            return value.isEmpty() || start < 0 || lineEnd >= 0 && start + offset > lineEnd ? 1 : start + offset + 1;
        }
    }

    /** The messages as properties, for {@link Messages}. */
    public Properties properties() {
        Properties p = new Properties();
        entries.values().forEach(e -> p.setProperty(e.key(), e.value()));
        return p;
    }

    /** The most characters of one message or remedy template: filling it costs in proportion to its length. */
    public static final int MAX_TEMPLATE = 2_000;

    /** Reads {@code bytes}; each problem goes to {@code problems}, and the entry with it is left out. */
    public static MessageFile read(String source, byte[] bytes, Consumer<InputException> problems) {
        return read(source, bytes, problems, Locale.ENGLISH);
    }

    /** As {@link #read(String, byte[], Consumer)}, each problem told in the language of {@code locale}. */
    public static MessageFile read(String source, byte[] bytes, Consumer<InputException> problems, Locale locale) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String text;
        try {
            text = Utf8Text.decode(bytes, source).toString();
        } catch (InputException e) {
            problems.accept(e);
            return new MessageFile(source, entries);
        }
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            String stripped = lines[i].stripLeading();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            List<String> logical = new ArrayList<>(List.of(lines[i]));
            while (continues(lines[i]) && i + 1 < lines.length) {
                logical.add(lines[++i]);
            }
            String raw = String.join("\n", logical);
            Properties one = new Properties();
            try {
                one.load(new StringReader(raw));
            } catch (IllegalArgumentException | IOException e) {
                Matcher bad = BAD_ESCAPE.matcher(lines[first]);
                problems.accept(new InputException(source, first + 1, bad.find() ? bad.start() + 1 : 1, "",
                        LocatedYaml.WORDS.say(locale, "badEscape")));
                continue;
            }
            for (String key : one.stringPropertyNames()) {
                Entry earlier = entries.get(key);
                if (earlier != null) {
                    problems.accept(new InputException(source, first + 1, lines[first].indexOf(stripped) + 1, key,
                            LocatedYaml.WORDS.say(locale, "keyTwice", earlier.line())));
                    continue;
                }
                if (one.getProperty(key).length() > MAX_TEMPLATE) {
                    problems.accept(new InputException(source, first + 1, lines[first].indexOf(stripped) + 1, key,
                            LocatedYaml.WORDS.say(locale, "templateTooLong", one.getProperty(key).length(), MAX_TEMPLATE)));
                    continue;
                }
                entries.put(key, new Entry(key, one.getProperty(key), first + 1, raw));
            }
        }
        return new MessageFile(source, entries);
    }

    /** Whether a natural line continues on the next: it ends in an odd number of backslashes. */
    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
