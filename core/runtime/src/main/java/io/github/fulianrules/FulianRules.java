package io.github.fulianrules;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.internal.JacksonVersion;
import io.github.fulianrules.internal.RuleSet;
import io.github.fulianrules.internal.RuleSetLoader;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Explanation;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.rulesupport.DataIssue;
import io.github.fulianrules.rulesupport.Param;
import io.github.fulianrules.rulesupport.SubjectType;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules engine: the reform plan's requirements, compiled once, applied to a district's facts.
 *
 * <p>Build one and share it: it is immutable and thread-safe, and each evaluation runs in its
 * own session. The bundled rules come precompiled from {@code fulian-rules-drl} on the class path.
 *
 * <pre>{@code
 * FulianRules engine = FulianRules.bundled();
 * Report report = engine.evaluate(district);
 * report.findings().forEach(f -> System.out.println(f.requirementId() + " " + f.message().zh()));
 * }</pre>
 *
 * <p>Hosts that prefer the KIE API can use the kjar directly: kbase {@value RuleSetLoader#KBASE},
 * stateful ksession {@value RuleSetLoader#KSESSION}, stateless ksession
 * {@value RuleSetLoader#STATELESS_KSESSION}; insert the period, the {@link Param parameters} and the
 * facts, and read back {@link io.github.fulianrules.rulesupport.Assessment} and
 * {@link io.github.fulianrules.rulesupport.DataIssue} objects.
 */
public final class FulianRules {
    private static final Logger LOG = LoggerFactory.getLogger(FulianRules.class);
    /** How many facts one evaluation may hold unless {@link Builder#maxFacts} says otherwise. */
    public static final long DEFAULT_MAX_FACTS = 2_000_000;

    private final RuleSet ruleSet;
    private final Map<String, Long> overrides;
    private final long firingsPerFact;
    private final Duration timeout;
    private final long maxFacts;
    private final AtomicInteger openSessions;
    /** Sessions of the rule set, reset when closed and handed out again: cheaper than a new one per district. */
    private final KieSessionsPool sessions;

    private FulianRules(RuleSet ruleSet, Map<String, Long> overrides, long firingsPerFact, Duration timeout,
                        long maxFacts, AtomicInteger openSessions, KieSessionsPool sessions) {
        this.ruleSet = ruleSet;
        this.overrides = Map.copyOf(overrides);
        this.firingsPerFact = firingsPerFact;
        this.timeout = timeout;
        this.maxFacts = maxFacts;
        this.openSessions = openSessions;
        this.sessions = sessions;
    }

    /** The engine with the bundled rules and parameters. */
    public static FulianRules bundled() {
        return builder().build();
    }

    /**
     * Writes the bundled rule set (DRL, catalogue, parameters, messages) into {@code dir}, the
     * starting point for an analyst's own rules: edit, {@code lint}, {@code test}, then
     * {@code builder().rulesFrom(dir)}. Returns the files written.
     */
    public static List<Path> exportBundledRules(Path dir) throws IOException {
        return RuleSetLoader.exportBundled(dir);
    }

    /** A builder, to override parameters or use rules from a directory. */
    public static Builder builder() {
        return new Builder();
    }

    /** Evaluates one district's facts: the same facts always give the same report. */
    public Report evaluate(DistrictData data) {
        long start = System.nanoTime();
        try (RuleSession session = openSession(data.period(), data.size(), true)) {
            session.locationsOf(data);
            insertAll(session, data);
            Report report = session.reportOnce(data);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Evaluated district {}: {} facts, {} findings in {} µs", report.districtId(),
                        data.size(), report.findings().size(), (System.nanoTime() - start) / 1000);
            }
            return report;
        }
    }

    /**
     * Why {@code requirementId} came out as it did on {@code subjectId} in {@code data}: the rule,
     * the facts and parameter values it matched, measured against required. Empty when the
     * requirement was not checked on that subject.
     */
    public Optional<Explanation> explain(DistrictData data, String requirementId, String subjectId) {
        try (RuleSession session = openSession(data.period(), data.size(), true)) {
            session.recordExplanations();
            insertAll(session, data);
            return session.explain(requirementId, subjectId);
        }
    }

    /**
     * Inserts every record of {@code data}; a record instance listed again is inserted as a copy,
     * so that it is two records to the rules (a {@code DUPLICATE_ID} or {@code DUPLICATE_POSITION}),
     * as two equal records read from a file are: the engine holds an instance once.
     */
    private static void insertAll(RuleSession session, DistrictData data) {
        session.insertRecords(data.facts(), fact -> copyOf((Record) fact));
    }

    /** A new record with the components of {@code record}. */
    private static Object copyOf(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(record);
                types[i] = components[i].getType();
            }
            return record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy the record " + record.getClass().getName(), e);
        }
    }

    /** A stateful session for incremental use; close it when done. */
    public RuleSession openSession(AssessmentPeriod period) {
        return openSession(period, 0, false);
    }

    /**
     * A session for about {@code expectedFacts} records, 0 when not known; {@code once}: for one
     * district's records, all inserted before the rules fire and none changed after.
     */
    private RuleSession openSession(AssessmentPeriod period, int expectedFacts, boolean once) {
        List<DataIssue> issues = new ArrayList<>();
        List<Param> params = parameters(period.end(), issues);
        long limit = 100_000L + firingsPerFact * Math.max(expectedFacts, 10_000);
        return new RuleSession(ruleSet, sessions.newKieSession(), period, params, issues, limit, timeout, maxFacts,
                openSessions, expectedFacts, once);
    }

    /** The parameter values in force on {@code day}, host overrides applied, by name. */
    public Map<String, Long> parametersOn(LocalDate day) {
        Map<String, Long> values = new LinkedHashMap<>();
        parameters(day, new ArrayList<>()).forEach(p -> values.put(p.name(), p.value()));
        return values;
    }

    private List<Param> parameters(LocalDate day, List<DataIssue> issues) {
        List<Param> params = new ArrayList<>();
        for (Parameter p : ruleSet.catalogue().parameters()) {
            Optional<Long> value = Optional.ofNullable(overrides.get(p.name())).or(() -> p.valueOn(day));
            if (value.isPresent()) {
                params.add(new Param(p.name(), value.get()));
            } else {
                issues.add(new DataIssue("PARAMETER_NOT_IN_FORCE", p.name(), SubjectType.INPUT, "from",
                        "no value of " + p.name() + " holds on " + day));
            }
        }
        return params;
    }

    /**
     * The same rules with some parameters overridden: cheap, the compiled rules are shared.
     * Throws {@link RuleSetException} for a parameter the catalogue does not know.
     */
    public FulianRules withParameters(Map<String, Long> values) {
        Map<String, Long> merged = new LinkedHashMap<>(overrides);
        merged.putAll(values);
        checkKnown(ruleSet, merged);
        return new FulianRules(ruleSet, merged, firingsPerFact, timeout, maxFacts, openSessions, sessions);
    }

    private static void checkKnown(RuleSet rules, Map<String, Long> values) {
        for (String name : values.keySet()) {
            if (rules.catalogue().parameter(name).isEmpty()) {
                throw new RuleSetException("unknown parameter " + name,
                        List.of("known: " + rules.catalogue().parameters().stream().map(Parameter::name).toList()));
            }
        }
    }

    /** The requirements and parameters of the rule set. */
    public Catalogue catalogue() {
        return ruleSet.catalogue();
    }

    /** The rules, with the requirement, clause and strength each declares. */
    public List<RuleInfo> rules() {
        return ruleSet.rules();
    }

    /** The DRL text of the rules, by file name (as {@link RuleInfo#file()} names it), in name order. */
    public Map<String, String> ruleSources() {
        Map<String, String> sources = new LinkedHashMap<>();
        ruleSet.sources().forEach(s -> sources.put(s.file(), s.text()));
        return sources;
    }

    /**
     * How many sessions of this engine (and of its {@link #withParameters} copies) are open now:
     * those of evaluations in flight and the {@link RuleSession}s not yet closed. Zero when idle;
     * a count that only grows means a host forgets to close its sessions.
     */
    public int openSessions() {
        return openSessions.get();
    }

    /**
     * SHA-256 of the rules (names, metadata and DRL text) in hex, as a report's
     * {@link io.github.fulianrules.report.Provenance#rulesDigest()} names them: equal digests, equal rules.
     */
    public String rulesDigest() {
        return ruleSet.digest();
    }

    /**
     * Whether {@link #ruleSources()} is the text the rules were compiled from (the bundled rules, a
     * directory), so that what is compiled from it runs what the verifier allowed. A bundle's text is
     * only carried beside its verified classes: nothing compiles it as if it were their code.
     */
    public boolean ruleTextIsItsCode() {
        return ruleSet.textIsCode();
    }

    /** Where the rules came from: {@code bundled}, a directory or a bundle. */
    public String ruleSetName() {
        return ruleSet.name();
    }

    /** Configures an engine. */
    public static final class Builder {
        private final Map<String, Long> overrides = new LinkedHashMap<>();
        private Path directory;
        private long firingsPerFact = 200;
        private Duration timeout;
        private long maxFacts = DEFAULT_MAX_FACTS;

        private Builder() {
        }

        /** Uses {@code value} for parameter {@code name} whatever the parameter file says. */
        public Builder parameter(String name, long value) {
            overrides.put(name, value);
            return this;
        }

        /**
         * Uses the rule set at {@code path} instead of the bundled one: a directory of DRL,
         * catalogue, parameter and message files, compiled at {@link #build()}, or a rule bundle
         * ({@code .jar}, made by {@code build}), loaded without compiling. Either way its code must
         * pass the verifier (see the README's "Security model").
         */
        public Builder rulesFrom(Path path) {
            this.directory = path;
            return this;
        }

        /** Stops an evaluation whose rules fire more than this many times per fact (a loop). */
        public Builder firingsPerFact(long limit) {
            this.firingsPerFact = limit;
            return this;
        }

        /**
         * Stops an evaluation whose rules are still firing after {@code limit}, with a
         * {@link RuleLimitException}: for rule sets whose firings are few but slow, which the firing
         * limit would stop too late. The rules are halted between two firings, so one firing that
         * never ends would not be stopped: the verifier refuses loops and recursion for that reason,
         * so that one firing does a bounded amount of work.
         * No limit unless set.
         */
        public Builder timeout(Duration limit) {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive: " + limit);
            }
            this.timeout = limit;
            return this;
        }

        /**
         * Stops an evaluation whose session holds more than {@code limit} facts, the district's and
         * those its rules derive, with a {@link RuleLimitException}: a bound on the memory one
         * evaluation takes. Default {@value FulianRules#DEFAULT_MAX_FACTS}.
         */
        public Builder maxFacts(long limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("the fact limit must be positive: " + limit);
            }
            this.maxFacts = limit;
            return this;
        }

        /** Loads and checks the rules; throws {@link RuleSetException} naming every problem. */
        public FulianRules build() {
            JacksonVersion.requireSupported();
            if (directory != null && !java.nio.file.Files.exists(directory)) {
                throw new RuleSetException("no rule set at " + directory + ": neither a directory nor a bundle (.jar) "
                        + "is there", List.of());
            }
            RuleSet rules = directory == null ? RuleSetLoader.bundled()
                    : java.nio.file.Files.isRegularFile(directory) ? RuleSetLoader.fromBundle(directory)
                    : RuleSetLoader.fromDirectory(directory);
            checkKnown(rules, overrides);
            return new FulianRules(rules, overrides, firingsPerFact, timeout, maxFacts, new AtomicInteger(),
                    rules.kieBase().newKieSessionsPool(1));
        }

        /**
         * Loads the rules of {@link #rulesFrom} as {@link #build()} does and returns them as
         * {@link ReloadableRules}: every reload builds the directory or bundle again with the limits and
         * parameter overrides set here, as they are now (later calls on this builder change nothing).
         *
         * @throws IllegalStateException when no {@link #rulesFrom} was given: the bundled rules never change
         */
        public ReloadableRules buildReloadable() {
            if (directory == null) {
                throw new IllegalStateException("reloadable rules need rulesFrom(path): the bundled rules never change");
            }
            Builder settings = new Builder();
            settings.overrides.putAll(overrides);
            settings.directory = directory;
            settings.firingsPerFact = firingsPerFact;
            settings.timeout = timeout;
            settings.maxFacts = maxFacts;
            return new ReloadableRules(directory, settings::build);
        }
    }
}
