package io.github.fulianrules.spring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The engine's settings, {@code fulian.rules.*} in {@code application.properties}. Without a
 * {@link #getLocation() location} the bundled rules are used.
 */
@ConfigurationProperties(prefix = "fulian.rules")
public class FulianRulesProperties {
    /** A rule bundle (.jar, made by {@code build}) or a rule-set directory (needs fulian-rules-authoring); the bundled rules when not set. */
    private Path location;
    /** Reload the rules whenever a file at the location changes. */
    private boolean watch;
    /** How long the location must be quiet after a change before the reload. */
    private Duration watchQuietPeriod = Duration.ofMillis(500);
    /** Stop an evaluation whose rules still fire after this long (no limit when not set). */
    private Duration timeout;
    /** Stop an evaluation whose session holds more facts than this. */
    private Long maxFacts;
    /** Stop an evaluation whose rules fire more than this many times per fact. */
    private Long firingsPerFact;
    /** Parameter values used whatever the rule set's parameter file says, by parameter name. */
    private Map<String, Long> parameters = new LinkedHashMap<>();

    public Path getLocation() {
        return location;
    }

    public void setLocation(Path location) {
        this.location = location;
    }

    public boolean isWatch() {
        return watch;
    }

    public void setWatch(boolean watch) {
        this.watch = watch;
    }

    public Duration getWatchQuietPeriod() {
        return watchQuietPeriod;
    }

    public void setWatchQuietPeriod(Duration watchQuietPeriod) {
        this.watchQuietPeriod = watchQuietPeriod;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public Long getMaxFacts() {
        return maxFacts;
    }

    public void setMaxFacts(Long maxFacts) {
        this.maxFacts = maxFacts;
    }

    public Long getFiringsPerFact() {
        return firingsPerFact;
    }

    public void setFiringsPerFact(Long firingsPerFact) {
        this.firingsPerFact = firingsPerFact;
    }

    public Map<String, Long> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, Long> parameters) {
        this.parameters = parameters;
    }
}
