package io.github.fulianrules.internal;

import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.report.Strength;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a {@link RuleSet}: the bundled one, precompiled into the {@code fulian-rules-drl} kjar, a
 * {@link RuleBundle} built once and verified again here, or one from a directory of DRL and data
 * files, which the {@link RuleSetCompiler} of {@code fulian-rules-authoring} compiles to the
 * executable model at run time.
 *
 * <p>Either way every rule's metadata is checked against the catalogue: a rule that declares a
 * requirement must declare a known one, with the catalogue's clause and strength.
 */
public final class RuleSetLoader {
    /** The kbase of the bundled kjar's {@code kmodule.xml}. */
    public static final String KBASE = "fulian";
    /** The stateful ksession of the bundled kjar's {@code kmodule.xml}. */
    public static final String KSESSION = "fulian-session";
    /** The stateless ksession of the bundled kjar's {@code kmodule.xml}. */
    public static final String STATELESS_KSESSION = "fulian-stateless";
    /** Where the bundled rule set's files stand on the class path. */
    public static final String RESOURCE_DIR = "io/github/fulianrules/rules/";
    /** Where the bundled rule set's DRL text stands on the class path (the kjar keeps only the compiled model). */
    public static final String SOURCE_DIR = "io/github/fulianrules/rules-source/";
    /** The bundled kjar's list of executable-model classes, written by {@code kie-maven-plugin}. */
    static final String MODEL_INDEX = "META-INF/kie/io.github.fulianrules/fulian-rules-drl/drools-model";

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetLoader.class);

    private RuleSetLoader() {
    }

    /** The rule set of the {@code fulian-rules-drl} kjar on the class path. */
    public static RuleSet bundled() {
        long start = System.nanoTime();
        ClassLoader loader = RuleSetLoader.class.getClassLoader();
        KieBase kieBase = bundledKieBase(loader);
        CatalogueFiles.DataFiles data = dataFiles("bundled", CatalogueFiles.readBundled(loader));
        return checked("bundled", kieBase, data.catalogue(), data.messages(), bundledSources(loader), start);
    }

    /**
     * The kbase of the bundled kjar. Built straight from the executable-model classes the kjar
     * lists in {@value #MODEL_INDEX}: a classpath {@code KieContainer} would scan the class path and
     * parse {@code kmodule.xml} first, which costs more than a second at start-up. The kbase is the
     * same: {@code kmodule.xml} sets no option but the defaults. The runtime loads only the executable
     * model: a kjar built without it would need the DRL compiler.
     */
    static KieBase bundledKieBase(ClassLoader loader) {
        List<String> modelClasses;
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            modelClasses = in == null ? List.of() : modelIndex(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleSetException("the bundled rules cannot be read", List.of(String.valueOf(e.getMessage())));
        }
        if (modelClasses.isEmpty()) {
            throw new RuleSetException("the bundled rules are not on the class path (add fulian-rules-drl)", List.of());
        }
        try {
            List<Model> models = new ArrayList<>();
            for (String name : modelClasses) {
                models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
            }
            return KieBaseBuilder.createKieBaseFromModel(models);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new RuleSetException("the bundled rules cannot be loaded (is fulian-rules-drl on the class path?)",
                    List.of(String.valueOf(e)));
        }
    }

    /**
     * The rule set of the {@code *.drl} files of {@code dir} with its {@code catalogue.yaml},
     * {@code parameters.yaml} and {@code messages_*.properties}, compiled by the
     * {@link RuleSetCompiler} of {@code fulian-rules-authoring}: the runtime holds no DRL compiler.
     * Without that artifact on the class path this throws a {@link RuleSetException} that names it.
     */
    public static RuleSet fromDirectory(Path dir) {
        return ServiceLoader.load(RuleSetCompiler.class, RuleSetLoader.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new RuleSetException("the rules in " + dir + " are DRL, which the runtime does not "
                        + "compile: add " + AUTHORING_ARTIFACT + " to the class path", List.of()))
                .compile(dir);
    }

    /** The artifact that compiles DRL, named in the message when it is missing. */
    public static final String AUTHORING_ARTIFACT = "io.github.fulianrules:fulian-rules-authoring";

    /** The model classes listed in an executable model's {@code drools-model} file. */
    public static List<String> modelIndex(String text) {
        return text.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version:"))
                .toList();
    }

    /**
     * Loads the {@link RuleBundle} {@code jar}, made by {@code build}, without compiling: its hash is
     * checked and its classes verified again, so a bundle changed since is refused.
     */
    public static RuleSet fromBundle(Path jar) {
        long start = System.nanoTime();
        RuleBundle bundle = RuleBundle.read(jar);
        bundle.classes().verified(jar.toString(), bundle.sources());
        return load(jar.toString(), bundle, start).withTextNotItsCode();
    }

    /**
     * The rule set of {@code compiled} classes and files, which the caller has verified: the kbase of
     * its models, its catalogue and messages, checked against each other. {@code start} is when the
     * load began, for the log.
     */
    public static RuleSet load(String name, RuleBundle compiled, long start) {
        KieBase kieBase = compiled.classes().kieBase(name);
        CatalogueFiles.DataFiles data = dataFiles(name, CatalogueFiles.read(name, compiled));
        return checked(name, kieBase, data.catalogue(), data.messages(), compiled.sources(), start);
    }

    /**
     * The data files read, or a {@link RuleSetException} listing each problem as
     * {@code FILE:LINE:COL: ENTRY: problem}; {@code name} names the rule set.
     */
    public static CatalogueFiles.DataFiles dataFiles(String name, CatalogueFiles.DataFiles data) {
        if (!data.problems().isEmpty()) {
            throw new RuleSetException("the data files of " + name + " cannot be read",
                    data.problems().stream().map(Throwable::getMessage).toList());
        }
        return data;
    }

    private static InputStream resource(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IOException("missing class-path resource " + RESOURCE_DIR + name);
        }
        return in;
    }

    /**
     * Writes the bundled rule set into {@code dir} as an analyst's starting point: its DRL files,
     * catalogue, parameters and messages, and under {@value #EXPORTED_SCENARIOS}/ the scenarios the
     * bundled rules pass. Refuses, with a {@link DirectoryNotEmptyException}, a {@code dir} that
     * exists and holds anything: what an analyst edited there is never overwritten. Returns the
     * files written.
     */
    public static List<Path> exportBundled(Path dir) throws IOException {
        ClassLoader loader = RuleSetLoader.class.getClassLoader();
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(dir.toString());
                }
            }
        }
        Map<String, byte[]> sources = bundledFiles(loader, SOURCE_DIR, false);
        if (sources.isEmpty()) {
            throw new IOException("the bundled DRL sources are not on the class path (add fulian-rules-drl)");
        }
        Map<String, byte[]> files = new TreeMap<>(sources);
        for (String name : List.of(CatalogueFiles.CATALOGUE, CatalogueFiles.PARAMETERS, CatalogueFiles.MESSAGES_ZH,
                CatalogueFiles.MESSAGES_EN)) {
            try (InputStream in = resource(loader, name)) {
                files.put(name, in.readAllBytes());
            }
        }
        bundledFiles(loader, SCENARIO_DIR, true).forEach((name, bytes) -> files.put(EXPORTED_SCENARIOS + "/" + name, bytes));
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            written.add(target);
        }
        return written;
    }

    /** Where the bundled rules' scenarios stand on the class path. */
    public static final String SCENARIO_DIR = "io/github/fulianrules/rules-scenarios/";
    /** The folder of an exported rule set that holds its scenarios. */
    public static final String EXPORTED_SCENARIOS = "scenarios";

    /** The DRL files of the bundled rule set, read from the class path (a directory or the kjar). */
    static List<DrlSource> bundledSources(ClassLoader loader) {
        List<DrlSource> sources = new ArrayList<>();
        bundledFiles(loader, SOURCE_DIR, false).forEach((name, bytes) -> {
            if (name.endsWith(".drl")) {
                sources.add(new DrlSource(name, new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        return sources;
    }

    /**
     * The files under {@code prefix} on the class path (a directory or a jar), by their names
     * relative to it, in name order: those of its sub-folders too when {@code deep}.
     */
    private static Map<String, byte[]> bundledFiles(ClassLoader loader, String prefix, boolean deep) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            URL dir = loader.getResource(prefix);
            if (dir == null) {
                return files;
            }
            List<String> names = new ArrayList<>();
            if (dir.openConnection() instanceof JarURLConnection jar) {
                // Whatever jar the URL names, a plain one or one nested in a Spring Boot jar
                // (jar:nested:…/app.jar/!BOOT-INF/lib/….jar!/…): its own handler opens it.
                jar.setUseCaches(false);
                try (JarFile jf = jar.getJarFile()) {
                    jf.stream().filter(e -> !e.isDirectory()).map(JarEntry::getName)
                            .filter(n -> n.startsWith(prefix))
                            .map(n -> n.substring(prefix.length()))
                            .forEach(names::add);
                }
            } else if ("file".equals(dir.getProtocol())) {
                Path folder = Path.of(dir.toURI());
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                            .forEach(names::add);
                }
            } else {
                LOG.warn("Cannot list the bundled files at {}: neither a jar nor a folder", dir);
            }
            for (String n : names) {
                if (deep || !n.contains("/")) {
                    try (InputStream in = loader.getResourceAsStream(prefix + n)) {
                        files.put(n, in.readAllBytes());
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            LOG.warn("Cannot read the bundled files of {}: {}", prefix, e.toString());
        }
        return files;
    }

    /**
     * The rule set of {@code kieBase}, once every rule's metadata is found to match the catalogue;
     * throws {@link RuleSetException} listing every mismatch. {@code start} is when loading began
     * ({@link System#nanoTime()}), for the log.
     */
    public static RuleSet checked(String name, KieBase kieBase, Catalogue catalogue, Messages messages,
                                   List<DrlSource> sources, long start) {
        List<RuleInfo> rules = withSources(rulesOf(kieBase), sources);
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : rules) {
            if (rule.requirementId() == null) {
                continue;
            }
            Optional<Requirement> req = catalogue.requirement(rule.requirementId());
            String where = (rule.file() == null ? "" : rule.file() + ":" + rule.line() + ": ") + "rule \"" + rule.name() + "\"";
            if (req.isEmpty()) {
                problems.add(where + " declares @requirement(\"" + rule.requirementId() + "\"), which is not in "
                        + CatalogueFiles.CATALOGUE);
            } else {
                if (!req.get().clause().equals(rule.clause())) {
                    problems.add(where + ": clause " + rule.clause() + " but "
                            + rule.requirementId() + " is clause " + req.get().clause());
                }
                if (req.get().strength() != rule.strength()) {
                    problems.add(where + ": strength " + rule.strength() + " but "
                            + rule.requirementId() + " is " + req.get().strength());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("the rules of " + name + " do not match the catalogue", problems);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long requirements = rules.stream().map(RuleInfo::requirementId).filter(r -> r != null).distinct().count();
        LOG.info("Loaded rule set {}: {} rules for {} requirements in {} ms", name, rules.size(), requirements, ms);
        return new RuleSet(name, kieBase, catalogue, messages, rules, sources, RuleSet.digestOf(rules, sources));
    }

    /** Every rule of {@code kieBase} with its metadata, in name order. */
    public static List<RuleInfo> rulesOf(KieBase kieBase) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                rules.add(new RuleInfo(rule.getName(), pkg.getName(), text(meta.get("requirement")),
                        text(meta.get("clause")), strength(text(meta.get("strength"))), List.of(), null, 0));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::name));
        return rules;
    }

    private static List<RuleInfo> withSources(List<RuleInfo> rules, List<DrlSource> sources) {
        Map<String, DrlSource.RuleText> byName = new java.util.HashMap<>();
        Map<String, String> fileOf = new java.util.HashMap<>();
        for (DrlSource src : sources) {
            for (DrlSource.RuleText r : src.rules()) {
                byName.put(r.name(), r);
                fileOf.put(r.name(), src.file());
            }
        }
        return rules.stream().map(r -> {
            DrlSource.RuleText t = byName.get(r.name());
            return t == null ? r : new RuleInfo(r.name(), r.packageName(), r.requirementId(), r.clause(), r.strength(),
                    t.parameters(), fileOf.get(r.name()), t.line());
        }).toList();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        // Metadata values may keep their DRL quotes.
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static Strength strength(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Strength.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
