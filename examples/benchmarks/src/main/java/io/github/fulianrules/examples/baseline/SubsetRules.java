package io.github.fulianrules.examples.baseline;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.internal.FindingAssembler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled rules cut down to the thirteen requirements of {@link PlainJavaChecks#SUBSET} and the counts they
 * read, so that the rules and the plain-Java baseline are measured on the same work. The rule
 * set is exported, every other rule removed from the DRL, and the rest compiled at start-up.
 *
 * <pre>{@code
 * FulianRules subset = SubsetRules.build(Files.createTempDirectory("subset"));
 * }</pre>
 */
public final class SubsetRules {
    /** The derived facts the subset reads: people per role, officers, and outstanding representatives per body. */
    private static final Set<String> DERIVED = Set.of("derived: people in each role in each federation",
            "derived: a person recorded in two offices of one federation", "derived: the officers counted in each federation",
            "derived: the officers counted in each federation who have no person record",
            "derived: officers in each office of each federation", "derived: outstanding representatives in each district body");
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]*)\".*?^end[ \\t]*\\R?");

    private SubsetRules() {
    }

    /**
     * Writes the subset rule set into {@code dir} and compiles it. The other requirements with their
     * messages, and the parameters and data codes that no kept rule uses, go too: lint, which every
     * load applies, refuses what nothing uses.
     */
    public static FulianRules build(Path dir) throws IOException {
        List<Path> files = FulianRules.exportBundledRules(dir);
        StringBuilder rules = new StringBuilder();
        for (Path file : files) {
            if (file.toString().endsWith(".drl")) {
                String drl = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = RULE.matcher(drl);
                StringBuilder kept = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(kept, keep(m.group(1)) ? Matcher.quoteReplacement(m.group()) : "");
                }
                m.appendTail(kept);
                Files.writeString(file, kept.toString(), StandardCharsets.UTF_8);
                rules.append(kept);
            }
        }
        keepItems(dir.resolve("catalogue.yaml"), "\n  - id: ", PlainJavaChecks.SUBSET::contains);
        keepItems(dir.resolve("parameters.yaml"), "\n  - name: ", found(PARAM, rules)::contains);
        Set<String> codes = found(DATA_CODE, rules);
        codes.addAll(FindingAssembler.ENGINE_DATA_CODES);
        for (String name : List.of("messages_zh.properties", "messages_en.properties")) {
            Path messages = dir.resolve(name);
            List<String> lines = Files.readAllLines(messages, StandardCharsets.UTF_8).stream().filter(l -> {
                Matcher key = MESSAGE_KEY.matcher(l);
                return !key.lookingAt() || (key.group(1) != null ? codes.contains(key.group(1))
                        : PlainJavaChecks.SUBSET.contains(key.group(2)));
            }).toList();
            Files.write(messages, lines, StandardCharsets.UTF_8);
        }
        return FulianRules.builder().rulesFrom(dir).build();
    }

    /** Keeps, of the YAML list items of {@code file} that start with {@code marker}, those whose first value {@code keep} takes. */
    private static void keepItems(Path file, String marker, java.util.function.Predicate<String> keep) throws IOException {
        String[] items = Files.readString(file, StandardCharsets.UTF_8).split("(?=" + Pattern.quote(marker) + ")");
        StringBuilder kept = new StringBuilder(items[0]);
        for (int i = 1; i < items.length; i++) {
            if (keep.test(items[i].substring(marker.length()).lines().findFirst().orElse("").strip())) {
                kept.append(items[i]);
            }
        }
        Files.writeString(file, kept, StandardCharsets.UTF_8);
    }

    /** A message's key: of a data code (group 1) or of a requirement (group 2). */
    private static final Pattern MESSAGE_KEY = Pattern.compile("(?:DATA\\.([A-Z0-9_]+)|(FL-[0-9]+\\.[0-9]+[a-z]))\\.");
    private static final Pattern PARAM = Pattern.compile("Param\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern DATA_CODE = Pattern.compile("new\\s+DataIssue\\s*\\(\\s*\"([^\"]+)\"");

    private static Set<String> found(Pattern pattern, CharSequence text) {
        Set<String> found = new java.util.HashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static boolean keep(String rule) {
        return DERIVED.contains(rule) || PlainJavaChecks.SUBSET.contains(rule.split(" ", 2)[0]);
    }
}
