package io.github.fulianrules.examples.cli;

import io.github.fulianrules.testing.DocBlocks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The local requirement FL-2.3c of docs/analysts.md ("two executive-member training classes a year", a local
 * decision under 二(二)3), written into an exported rule set as an analyst writes it: a catalogue
 * entry, a dated parameter, a rule, messages in both languages and a scenario file, each read from the
 * guide's code blocks.
 */
final class LocalRequirement {
    /** The YAML block of the guide: the catalogue entry, then (after its comment line) the parameter. */
    private static final String[] CATALOGUE_AND_PARAMETER = DocBlocks.text("analysts-fl-2.3c-catalogue-and-parameter")
            .split("# my-rules/parameters.yaml[^\n]*\n");
    static final String CATALOGUE_ENTRY = withoutFirstLine(CATALOGUE_AND_PARAMETER[0]);
    static final String PARAMETER = CATALOGUE_AND_PARAMETER[1];

    static final String RIGHT_KEY = "\"activities.EXECUTIVE_TRAINING\"";
    static final String MISSPELT_KEY = "\"activities.EXECUTIVE_TRAINIG\"";

    /** The rule as it should be: the guide shows it with {@link #MISSPELT_KEY}, the deliberate mistake of the walk-through. */
    static final String RULE = DocBlocks.text("analysts-fl-2.3c-rule").replace(MISSPELT_KEY, RIGHT_KEY);

    /** The properties block of the guide: two Chinese lines, then two English lines, each pair under the comment naming its file. */
    private static final List<String> MESSAGES = DocBlocks.text("analysts-fl-2.3c-messages").lines()
            .filter(line -> !line.startsWith("#")).toList();
    static final String MESSAGES_ZH = MESSAGES.get(0) + "\n" + MESSAGES.get(1) + "\n";
    static final String MESSAGES_EN = MESSAGES.get(2) + "\n" + MESSAGES.get(3) + "\n";

    static final String SCENARIOS = DocBlocks.text("analysts-fl-2.3c-scenarios");

    private LocalRequirement() {
    }

    /** Adds FL-2.3c to the exported rule set {@code rules} with {@code rule} as its rule, and its scenarios to {@code scenarios}. */
    static void add(Path rules, String rule, Path scenarios) throws IOException {
        append(rules.resolve("catalogue.yaml"), CATALOGUE_ENTRY);
        append(rules.resolve("parameters.yaml"), PARAMETER);
        Files.writeString(rules.resolve("local-additions.drl"), rule, StandardCharsets.UTF_8);
        append(rules.resolve("messages_zh.properties"), MESSAGES_ZH);
        append(rules.resolve("messages_en.properties"), MESSAGES_EN);
        Files.createDirectories(scenarios);
        Files.writeString(scenarios.resolve("FL-2.3c.yaml"), SCENARIOS, StandardCharsets.UTF_8);
    }

    /** {@code text} without its first line (the comment naming the file the rest goes to). */
    private static String withoutFirstLine(String text) {
        return text.substring(text.indexOf('\n') + 1);
    }

    /** Adds {@code text} at the end of {@code file}, on a line of its own. */
    static void append(Path file, String text) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, before + (before.endsWith("\n") ? "" : "\n") + text, StandardCharsets.UTF_8);
    }

    /** Replaces the one {@code from} in {@code file} by {@code to}; fails when {@code from} is not there once. */
    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException(file + " holds " + from + (at < 0 ? " nowhere" : " more than once"));
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** The line (from 1) of {@code file} on which {@code text} first stands. */
    static int lineOf(Path file, String text) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int at = content.indexOf(text);
        if (at < 0) {
            throw new IllegalStateException(file + " holds no " + text);
        }
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
