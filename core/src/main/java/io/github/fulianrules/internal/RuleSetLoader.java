package io.github.fulianrules.internal;

import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.lint.DeclarationPolicy;
import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.lint.SafetyPolicy;
import io.github.fulianrules.report.Strength;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a {@link RuleSet}: the bundled one, precompiled into the {@code fulian-rules-drl} kjar, or
 * one from a directory of DRL and data files, compiled to the executable model at run time.
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
        Catalogue catalogue;
        Messages messages;
        try {
            catalogue = CatalogueFiles.catalogue(resource(loader, CatalogueFiles.CATALOGUE),
                    resource(loader, CatalogueFiles.PARAMETERS));
            messages = new Messages(Messages.load(resource(loader, CatalogueFiles.MESSAGES_ZH)),
                    Messages.load(resource(loader, CatalogueFiles.MESSAGES_EN)));
        } catch (IOException e) {
            throw new RuleSetException("the bundled catalogue cannot be read", List.of(e.getMessage()));
        }
        List<DrlSource> sources = bundledSources(loader);
        enforcePolicy("bundled", sources);
        return checked("bundled", kieBase, catalogue, messages, sources, start);
    }

    /**
     * The kbase of the bundled kjar. Built straight from the executable-model classes the kjar
     * lists in {@value #MODEL_INDEX}: a classpath {@code KieContainer} would scan the class path and
     * parse {@code kmodule.xml} first, which costs more than a second at start-up. The kbase is the
     * same: {@code kmodule.xml} sets no option but the defaults. Without the index (a kjar built
     * without the executable model) the container is used.
     */
    static KieBase bundledKieBase(ClassLoader loader) {
        List<String> modelClasses;
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            modelClasses = in == null ? List.of() : modelIndex(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleSetException("the bundled rules cannot be read", List.of(String.valueOf(e.getMessage())));
        }
        try {
            if (!modelClasses.isEmpty()) {
                List<Model> models = new ArrayList<>();
                for (String name : modelClasses) {
                    models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
                }
                return KieBaseBuilder.createKieBaseFromModel(models);
            }
            KieBase kieBase = KieServices.Factory.get().newKieClasspathContainer(loader).getKieBase(KBASE);
            if (kieBase != null) {
                return kieBase;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new RuleSetException("the bundled rules cannot be loaded (is fulian-rules-drl on the class path?)",
                    List.of(String.valueOf(e)));
        }
        throw new RuleSetException("the bundled rules are not on the class path (add fulian-rules-drl)", List.of());
    }

    /**
     * Compiles the {@code *.drl} files of {@code dir} with its {@code catalogue.yaml},
     * {@code parameters.yaml} and {@code messages_*.properties}. Any problem throws a
     * {@link RuleSetException} that lists them all.
     */
    public static RuleSet fromDirectory(Path dir) {
        return fromDirectory(dir, null);
    }

    /**
     * Compiles and checks the rule set of {@code dir} as {@link #fromDirectory} does, then writes it
     * to {@code bundle} as a {@link RuleBundle}; returns the rule set.
     */
    public static RuleSet buildBundle(Path dir, Path bundle) {
        return fromDirectory(dir, bundle);
    }

    private static RuleSet fromDirectory(Path dir, Path bundle) {
        long start = System.nanoTime();
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException("not a directory: " + dir, List.of());
        }
        List<Path> drls = drlFiles(dir);
        if (drls.isEmpty()) {
            throw new RuleSetException("no .drl files in " + dir, List.of());
        }
        List<DrlSource> sources = new ArrayList<>();
        for (Path drl : drls) {
            try {
                sources.add(DrlSource.read(dir, drl));
            } catch (IOException e) {
                throw new RuleSetException("cannot read " + drl + ": " + e.getMessage(), List.of());
            }
        }
        enforcePolicy(dir.toString(), sources);
        ModelClasses classes = compile(dir, sources).verified(dir.toString(), sources);
        Map<String, byte[]> files = new java.util.TreeMap<>();
        for (String name : List.of(CatalogueFiles.CATALOGUE, CatalogueFiles.PARAMETERS, CatalogueFiles.MESSAGES_ZH,
                CatalogueFiles.MESSAGES_EN)) {
            try {
                files.put(name, Files.readAllBytes(DrlSource.inside(dir, name)));
            } catch (IOException e) {
                throw new RuleSetException("the catalogue files in " + dir + " cannot be read: " + e.getMessage(), List.of());
            }
        }
        sources.forEach(s -> files.put(s.file().replace('\\', '/'), s.text().getBytes(StandardCharsets.UTF_8)));
        RuleBundle compiled = new RuleBundle(classes, files);
        RuleSet rules = load(dir.toString(), compiled, start);
        if (bundle != null) {
            try {
                String hash = compiled.write(bundle);
                LOG.info("Wrote the rule bundle {} (SHA-256 {})", bundle, hash);
            } catch (IOException e) {
                throw new RuleSetException("cannot write the bundle " + bundle + ": " + e.getMessage(), List.of());
            }
        }
        return rules;
    }

    /**
     * Loads the {@link RuleBundle} {@code jar}, made by {@code build}, without compiling: its hash is
     * checked and its classes verified again, so a bundle changed since is refused.
     */
    public static RuleSet fromBundle(Path jar) {
        long start = System.nanoTime();
        RuleBundle bundle = RuleBundle.read(jar);
        bundle.classes().verified(jar.toString(), bundle.sources());
        return load(jar.toString(), bundle, start);
    }

    /** The rule set of verified {@code compiled} classes and files: kbase, catalogue, messages, checked. */
    private static RuleSet load(String name, RuleBundle compiled, long start) {
        KieBase kieBase = compiled.classes().kieBase();
        Catalogue catalogue;
        Messages messages;
        try (InputStream cat = compiled.file(CatalogueFiles.CATALOGUE);
             InputStream par = compiled.file(CatalogueFiles.PARAMETERS);
             InputStream zh = compiled.file(CatalogueFiles.MESSAGES_ZH);
             InputStream en = compiled.file(CatalogueFiles.MESSAGES_EN)) {
            catalogue = CatalogueFiles.catalogue(cat, par);
            messages = new Messages(Messages.load(zh), Messages.load(en));
        } catch (IOException e) {
            throw new RuleSetException("the catalogue files of " + name + " cannot be read: " + e.getMessage(), List.of());
        }
        return checked(name, kieBase, catalogue, messages, compiled.sources(), start);
    }

    /**
     * Refuses a rule set that breaks the {@link SafetyPolicy} or the {@link DeclarationPolicy}: it
     * is never compiled, let alone evaluated. Early and friendly; the guarantee is the verifier.
     */
    static void enforcePolicy(String name, List<DrlSource> sources) {
        List<String> breaches = sources.stream()
                .flatMap(s -> java.util.stream.Stream.concat(SafetyPolicy.check(s).stream(), DeclarationPolicy.check(s).stream()))
                .map(Object::toString).toList();
        if (!breaches.isEmpty()) {
            throw new RuleSetException("the rules of " + name + " break the safety policy", breaches);
        }
    }

    /**
     * A compile error as Drools reports it.
     *
     * @param file   the file, relative to the rule set, or {@code null}
     * @param line   the line, or -1 when Drools gives none
     * @param column the column, or -1
     * @param text   Drools' message
     */
    public record CompileError(String file, int line, int column, String text) {
    }

    /** A rule set that does not compile, with each error as Drools gives it. */
    public static final class CompileException extends RuleSetException {
        private final transient List<CompileError> errors;

        CompileException(String summary, List<CompileError> errors) {
            super(summary, errors.stream().map(e -> e.file() + ":" + e.line() + ":" + e.column() + " " + e.text()).toList());
            this.errors = List.copyOf(errors);
        }
    }

    /** The compile errors behind {@code e}, or none when it is another problem. */
    public static List<CompileError> lastErrors(RuleSetException e) {
        return e instanceof CompileException c ? c.errors : List.of(new CompileError(null, -1, -1, e.getMessage()));
    }

    /**
     * Compiles the DRL {@code sources} of {@code dir} to the executable model, without loading any
     * of it: the classes come back as bytes, for the {@link io.github.fulianrules.verify.RuleVerifier}.
     * Throws {@link CompileException} listing every error, each at its line, found in the text where
     * Drools gives none (an unknown field: line -1).
     */
    public static ModelClasses compile(Path dir, List<DrlSource> sources) {
        KieServices ks = KieServices.Factory.get();
        // Named by the content: Drools keeps every build in one repository, one module per release.
        ReleaseId releaseId = ks.newReleaseId("io.github.fulianrules.external", "rules-" + contentId(sources), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (DrlSource source : sources) {
            // UTF-8 bytes, not a String: a String is decoded with the platform charset and Chinese rules break.
            // In the folder of the package the rules must declare, or Drools warns once per file.
            kfs.write(KFS_FOLDER + source.file().replace('\\', '/'), source.text().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // The generator throws for some DRL it does not support (an inline accumulate): one line, no stack trace.
            throw new CompileException("the rules in " + dir + " do not compile",
                    List.of(new CompileError(null, -1, -1, String.valueOf(e.getMessage()).lines().findFirst().orElse(""))));
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new CompileException("the rules in " + dir + " do not compile", errors.stream()
                    .map(m -> new CompileError(m.getPath() == null ? null : relativeToRuleSet(m.getPath()),
                            m.getLine(), m.getColumn(), m.getText().strip()))
                    .map(error -> Linter.locate(error, sources))
                    .map(p -> new CompileError(p.file(), p.line(), p.column(), p.message()))
                    .toList());
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> classes = new java.util.TreeMap<>();
        List<String> models = new ArrayList<>();
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class") && !file.startsWith(PROJECT_MODEL)) {
                classes.put(file, module.getBytes(file));
            } else if (file.endsWith("/" + MODEL_INDEX_FILE)) {
                models.addAll(modelIndex(new String(module.getBytes(file), StandardCharsets.UTF_8)));
            }
        }
        return new ModelClasses(classes, models);
    }

    /** A name for the DRL {@code sources}: the SHA-256 of their names and texts, in hex. */
    private static String contentId(List<DrlSource> sources) {
        Map<String, byte[]> texts = new java.util.TreeMap<>();
        sources.forEach(s -> texts.put(s.file(), s.text().getBytes(StandardCharsets.UTF_8)));
        return RuleBundle.hash(texts);
    }

    /** The kie module's own class, which names the release; never loaded, the kbase is built from the models. */
    private static final String PROJECT_MODEL = "org/drools/project/model/";
    /** The name of the executable model's list of model classes in a kie module. */
    private static final String MODEL_INDEX_FILE = "drools-model";

    /** The model classes listed in a {@value #MODEL_INDEX_FILE} file. */
    static List<String> modelIndex(String text) {
        return text.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version:"))
                .toList();
    }

    /** Where {@link #compile} puts a rule set's files in the build's file system. */
    private static final String KFS_FOLDER = "src/main/resources/" + RESOURCE_DIR;

    /** A path Drools reports, as the analyst knows it: relative to the rule-set directory. */
    private static String relativeToRuleSet(String path) {
        String relative = path.startsWith("src/main/resources/") ? path.substring("src/main/resources/".length()) : path;
        return relative.startsWith(RESOURCE_DIR) ? relative.substring(RESOURCE_DIR.length()) : relative;
    }

    /** The {@code .drl} files under {@code dir}, in name order. */
    public static List<Path> drlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
     * catalogue, parameters and messages. Returns the files written.
     */
    public static List<Path> exportBundled(Path dir) throws IOException {
        ClassLoader loader = RuleSetLoader.class.getClassLoader();
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        List<DrlSource> sources = bundledSources(loader);
        if (sources.isEmpty()) {
            throw new IOException("the bundled DRL sources are not on the class path (add fulian-rules-drl)");
        }
        for (DrlSource src : sources) {
            Path target = dir.resolve(src.file());
            Files.writeString(target, src.text(), StandardCharsets.UTF_8);
            written.add(target);
        }
        for (String name : List.of(CatalogueFiles.CATALOGUE, CatalogueFiles.PARAMETERS, CatalogueFiles.MESSAGES_ZH,
                CatalogueFiles.MESSAGES_EN)) {
            try (InputStream in = resource(loader, name)) {
                Path target = dir.resolve(name);
                Files.write(target, in.readAllBytes());
                written.add(target);
            }
        }
        return written;
    }

    /** The DRL files of the bundled rule set, read from the class path (a directory or the kjar). */
    static List<DrlSource> bundledSources(ClassLoader loader) {
        List<DrlSource> sources = new ArrayList<>();
        try {
            URL dir = loader.getResource(SOURCE_DIR);
            if (dir == null) {
                return sources;
            }
            List<String> names = new ArrayList<>();
            if ("jar".equals(dir.getProtocol())) {
                String jar = dir.getPath().substring("file:".length(), dir.getPath().indexOf("!/"));
                try (JarFile jf = new JarFile(URLDecoder.decode(jar, StandardCharsets.UTF_8))) {
                    jf.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(SOURCE_DIR) && n.endsWith(".drl"))
                            .map(n -> n.substring(SOURCE_DIR.length()))
                            .filter(n -> !n.contains("/"))
                            .forEach(names::add);
                }
            } else {
                Path folder = Path.of(dir.toURI());
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).forEach(names::add);
                }
            }
            names.sort(null);
            for (String n : names) {
                try (InputStream in = loader.getResourceAsStream(SOURCE_DIR + n)) {
                    sources.add(new DrlSource(n, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException | URISyntaxException e) {
            LOG.warn("Cannot read the bundled DRL sources: {}", e.toString());
        }
        return sources;
    }

    private static RuleSet checked(String name, KieBase kieBase, Catalogue catalogue, Messages messages,
                                   List<DrlSource> sources, long start) {
        List<RuleInfo> rules = withSources(rulesOf(kieBase), sources);
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : rules) {
            if (rule.requirementId() == null) {
                continue;
            }
            Optional<Requirement> req = catalogue.requirement(rule.requirementId());
            if (req.isEmpty()) {
                problems.add("rule \"" + rule.name() + "\": unknown requirement " + rule.requirementId());
            } else {
                if (!req.get().clause().equals(rule.clause())) {
                    problems.add("rule \"" + rule.name() + "\": clause " + rule.clause() + " but "
                            + rule.requirementId() + " is clause " + req.get().clause());
                }
                if (req.get().strength() != rule.strength()) {
                    problems.add("rule \"" + rule.name() + "\": strength " + rule.strength() + " but "
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
        return new RuleSet(name, kieBase, catalogue, messages, rules, sources);
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
