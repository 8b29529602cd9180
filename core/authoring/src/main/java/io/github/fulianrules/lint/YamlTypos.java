package io.github.fulianrules.lint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Full-width punctuation where YAML needs its ASCII twin, which a Chinese input method types:
 * {@code value：17} is read as a text, not a key, and the parser then reports two problems that
 * are not this one. Only a {@code ：} right after a key written in ASCII and the brackets
 * {@code ｛｝［］} are looked at, outside quotes and comments: Chinese text may hold any other.
 */
final class YamlTypos {
    private static final Map<Character, Character> BRACKETS = Map.of('｛', '{', '｝', '}', '［', '[', '］', ']');

    private YamlTypos() {
    }

    /** Each such character of the YAML file {@code name}, at its place. */
    static List<Problem> check(String name, byte[] bytes, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
                    break;
                } else if (c == '：' && i > 0 && isAsciiKeyEnd(line, i) || BRACKETS.containsKey(c)) {
                    char ascii = c == '：' ? ':' : BRACKETS.get(c);
                    problems.add(new Problem(name, l + 1, i + 1, Words.say(locale, "fullWidthYaml", c,
                            String.format("U+%04X", (int) c), ascii)));
                }
            }
        }
        return problems;
    }

    private static boolean isAsciiKeyEnd(String line, int at) {
        char before = line.charAt(at - 1);
        return before < 0x80 && (Character.isLetterOrDigit(before) || before == '_');
    }
}
