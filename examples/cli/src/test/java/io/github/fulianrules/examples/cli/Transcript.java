package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A terminal session as the guides show it: each command on a line starting with {@code $ }, its output on
 * the lines under it. In the output, {@code …} stands for what the guide leaves out: a line that starts with
 * it stands for any number of lines, and inside a line it stands for any text.
 */
record Transcript(List<Step> steps) {
    /** One command and the output shown under it. */
    record Step(String command, List<String> output) {
        /** The tool's arguments: the words after {@code fulian-rules-cli.jar} or {@code bin/fulian-rules}. */
        List<String> toolArguments() {
            List<String> words = List.of(command.split("\\s+"));
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).endsWith("fulian-rules-cli.jar") || words.get(i).endsWith("bin/fulian-rules")) {
                    return words.subList(i + 1, words.size());
                }
            }
            throw new IllegalStateException("not a command of the tool: " + command);
        }
    }

    static Transcript parse(String block) {
        List<Step> steps = new ArrayList<>();
        for (String line : block.lines().toList()) {
            if (line.startsWith("$ ")) {
                steps.add(new Step(line.substring(2), new ArrayList<>()));
            } else if (steps.isEmpty()) {
                throw new IllegalStateException("output before the first command: " + line);
            } else {
                steps.get(steps.size() - 1).output().add(line);
            }
        }
        return new Transcript(steps);
    }

    /** Fails unless {@code actual} is what {@code expected} shows, {@code …} standing for what is left out. */
    static void assertShows(List<String> expected, List<String> actual, String what) {
        List<String> trimmed = actual.stream().map(String::stripTrailing).toList();
        assertThat(matches(expected, 0, trimmed, 0, new Boolean[expected.size() + 1][trimmed.size() + 1]))
                .as("%s prints what the guide shows%n--- shown:%n%s%n--- printed:%n%s", what,
                        String.join("\n", expected), String.join("\n", trimmed))
                .isTrue();
    }

    private static boolean matches(List<String> expected, int e, List<String> actual, int a, Boolean[][] memo) {
        if (memo[e][a] != null) {
            return memo[e][a];
        }
        boolean result;
        if (e == expected.size()) {
            result = a == actual.size();
        } else if (expected.get(e).strip().startsWith("…")) {
            result = matches(expected, e + 1, actual, a, memo) || a < actual.size() && matches(expected, e, actual, a + 1, memo);
        } else {
            result = a < actual.size() && line(expected.get(e)).matcher(actual.get(a)).matches()
                    && matches(expected, e + 1, actual, a + 1, memo);
        }
        memo[e][a] = result;
        return result;
    }

    private static Pattern line(String shown) {
        String[] parts = shown.stripTrailing().split("…", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append(".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
