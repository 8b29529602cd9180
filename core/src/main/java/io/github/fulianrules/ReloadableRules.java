package io.github.fulianrules;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine over a rule-set directory that can be reloaded while it serves. A reload that does
 * not compile, lint or match the catalogue keeps the last good rules and says why; evaluations
 * in flight finish on the rules they started with, since each takes the engine current when it
 * begins.
 *
 * <pre>{@code
 * ReloadableRules rules = ReloadableRules.from(Path.of("my-rules"));
 * Report r = rules.current().evaluate(district);
 * ReloadableRules.Outcome o = rules.reload();   // after an analyst's edit
 * if (!o.reloaded()) log.warn("kept the last good rules: {}", o.problems());
 * }</pre>
 */
public final class ReloadableRules {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadableRules.class);

    private final Path dir;
    private final AtomicReference<FulianRules> current;

    private ReloadableRules(Path dir, FulianRules first) {
        this.dir = dir;
        this.current = new AtomicReference<>(first);
    }

    /** Loads {@code dir}; it must be good the first time (throws {@link RuleSetException}). */
    public static ReloadableRules from(Path dir) {
        return new ReloadableRules(dir, FulianRules.builder().rulesFrom(dir).build());
    }

    /** The engine to use now. */
    public FulianRules current() {
        return current.get();
    }

    /**
     * What a reload did.
     *
     * @param reloaded whether the new rules are now served
     * @param problems why not, one problem a line
     */
    public record Outcome(boolean reloaded, List<String> problems) {
    }

    /** Loads the directory again; on any problem keeps serving the last good rules. */
    public Outcome reload() {
        try {
            current.set(FulianRules.builder().rulesFrom(dir).build());
            return new Outcome(true, List.of());
        } catch (RuleSetException e) {
            List<String> problems = e.problems().isEmpty() ? List.of(e.getMessage()) : e.problems();
            LOG.warn("Reload of {} failed, serving the last good rules: {} problem(s)", dir, problems.size());
            return new Outcome(false, problems);
        }
    }
}
