package io.github.fulianrules.examples.baseline;

import io.github.fulianrules.FulianRules;
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
            "derived: officers in each office of each federation", "derived: outstanding representatives in each district body");
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]*)\".*?^end[ \\t]*\\R?");

    private SubsetRules() {
    }

    /** Writes the subset rule set into {@code dir} and compiles it. */
    public static FulianRules build(Path dir) throws IOException {
        List<Path> files = FulianRules.exportBundledRules(dir);
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
            }
        }
        return FulianRules.builder().rulesFrom(dir).build();
    }

    private static boolean keep(String rule) {
        return DERIVED.contains(rule) || PlainJavaChecks.SUBSET.contains(rule.split(" ", 2)[0]);
    }
}
