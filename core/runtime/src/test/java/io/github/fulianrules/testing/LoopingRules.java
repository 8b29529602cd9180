package io.github.fulianrules.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An analyst's rule file that never stops, for the tests of the limits on a rule set (in the test
 * jar, for every module that loads rules): within the safety policy and passing lint, it only inserts tallies, but
 * each new tally matches its second rule again with a higher count.
 */
public final class LoopingRules {
    /** The file's name in a rule set's directory. */
    public static final String FILE = "loop.drl";

    private LoopingRules() {
    }

    /**
     * Writes into {@code dir} a rule set of the loop {@code drl} alone, with data files of nothing (no
     * requirement, parameter or message, so that lint, which every load applies, finds nothing
     * unused); returns {@code dir}. Quicker to compile than the bundled rules with it.
     */
    public static Path ruleSetOf(Path dir, String drl) throws IOException {
        return ruleSetOf(dir, FILE, drl);
    }

    /** As {@link #ruleSetOf(Path, String)}, with the rules {@code drl} in the file {@code name}. */
    public static Path ruleSetOf(Path dir, String name, String drl) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), drl, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("catalogue.yaml"), "requirements: []\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("parameters.yaml"), "parameters: []\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("messages_zh.properties"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("messages_en.properties"), "", StandardCharsets.UTF_8);
        return dir;
    }

    /** Starts counting at the federation called {@code loop}: the other districts of a batch are unaffected. */
    public static String atTheFederationCalledLoop() {
        return startingAt("the federation called loop", "Federation(id == \"loop\", $id : id)");
    }

    /** Starts counting at the district federation: every district loops. */
    public static String atTheDistrict() {
        return startingAt("the district", "Federation(level == Level.DISTRICT, $id : id)");
    }

    private static String startingAt(String where, String pattern) {
        return """
                package io.github.fulianrules.rules;

                import io.github.fulianrules.model.*;
                import io.github.fulianrules.rulesupport.*;

                rule "derived: loop, counting from %s"
                when
                    %s
                then
                    insert(new Tally($id, "loop", 0));
                end

                rule "derived: loop, every tally asks for the next one"
                when
                    Tally(key == "loop", $id : subjectId, $n : value)
                then
                    insert(new Tally($id, "loop", $n + 1));
                end
                """.formatted(where, pattern);
    }
}
