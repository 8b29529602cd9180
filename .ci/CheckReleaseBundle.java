import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a bundle for a public Maven repository (the Central Portal's upload: a zip of the repository
 * layout) as its validation does, and says every problem at once:
 *
 * <pre>java .ci/CheckReleaseBundle.java target/central-bundle.zip [--release] [--signed]</pre>
 *
 * <p>Every published artifact is there (the two parent POMs; core, authoring, xlsx and drl with their
 * sources and javadoc jars); every file has its .md5 and .sha1, and they match; with --signed, every file
 * has its .asc; every POM has, itself or from a parent in the bundle, a name, description, url, licence,
 * developer and scm; the javadoc documents no {@code internal} package; the sources jars hold sources.
 * A SNAPSHOT version is a problem with --release (Central takes releases only), a note without.
 * Exit code 0 when the bundle passes, 1 when it does not, 2 for bad usage.
 */
public class CheckReleaseBundle {
    static final String GROUP = "io/github/fulianrules/";
    /** Published artifact → whether it is a jar (with sources and javadoc) or a POM only. */
    static final Map<String, Boolean> PUBLISHED = new LinkedHashMap<>();

    static {
        PUBLISHED.put("fulian-rules-parent", false);
        PUBLISHED.put("fulian-rules-core-modules", false);
        PUBLISHED.put("fulian-rules-core", true);
        PUBLISHED.put("fulian-rules-authoring", true);
        PUBLISHED.put("fulian-rules-xlsx", true);
        PUBLISHED.put("fulian-rules-drl", true);
        PUBLISHED.put("fulian-rules-test", true);
        PUBLISHED.put("fulian-rules-spring-boot-starter", true);
    }

    static final List<String> REQUIRED = List.of("name", "description", "url", "licenses", "developers", "scm");

    final Map<String, byte[]> files = new TreeMap<>();
    final List<String> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java .ci/CheckReleaseBundle.java BUNDLE.zip [--release] [--signed]");
            System.exit(2);
        }
        List<String> options = List.of(args).subList(1, args.length);
        CheckReleaseBundle check = new CheckReleaseBundle();
        check.read(Path.of(args[0]));
        check.check(options.contains("--release"), options.contains("--signed"));
        check.notes.forEach(n -> System.out.println("note: " + n));
        check.problems.forEach(p -> System.out.println(args[0] + ": " + p));
        System.out.println(check.problems.isEmpty()
                ? args[0] + ": the bundle passes (" + check.files.size() + " files)"
                : args[0] + ": " + check.problems.size() + " problem(s)");
        System.exit(check.problems.isEmpty() ? 0 : 1);
    }

    void read(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
    }

    void check(boolean release, boolean signed) throws Exception {
        Map<String, Element> poms = new LinkedHashMap<>();
        for (Map.Entry<String, Boolean> artifact : PUBLISHED.entrySet()) {
            String id = artifact.getKey();
            List<String> versions = files.keySet().stream()
                    .filter(f -> f.startsWith(GROUP + id + "/") && f.split("/").length == 6)
                    .map(f -> f.split("/")[4]).distinct().toList();
            if (versions.size() != 1) {
                problems.add(id + ": " + (versions.isEmpty() ? "missing" : "more than one version " + versions));
                continue;
            }
            String version = versions.get(0);
            if (version.endsWith("-SNAPSHOT")) {
                (release ? problems : notes).add(id + " " + version + ": a SNAPSHOT, which Central does not take;"
                        + " set a release version before publishing");
            }
            String dir = GROUP + id + "/" + version + "/";
            String pom = newest(dir, ".pom");
            if (pom == null) {
                problems.add(dir + ": no POM");
                continue;
            }
            poms.put(id, DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(files.get(pom))).getDocumentElement());
            if (artifact.getValue()) {
                String jar = newest(dir, ".jar");
                String sources = newest(dir, "-sources.jar");
                String javadoc = newest(dir, "-javadoc.jar");
                if (jar == null) {
                    problems.add(dir + ": no jar");
                }
                if (sources == null) {
                    problems.add(dir + ": no sources jar");
                } else if (entries(sources).stream().noneMatch(n -> n.endsWith(".java") || n.endsWith(".drl"))) {
                    problems.add(sources + ": holds no sources");
                }
                if (javadoc == null) {
                    problems.add(dir + ": no javadoc jar");
                } else {
                    List<String> pages = entries(javadoc);
                    if (pages.stream().noneMatch(n -> n.equals("index.html") || n.equals("README.md"))) {
                        problems.add(javadoc + ": no index.html");
                    }
                    pages.stream().filter(n -> n.contains("/internal/")).findFirst()
                            .ifPresent(n -> problems.add(javadoc + ": documents an internal package (" + n + ")"));
                }
            }
        }
        for (Map.Entry<String, Element> pom : poms.entrySet()) {
            for (String element : REQUIRED) {
                if (inherited(pom.getValue(), element, poms) == null) {
                    problems.add(pom.getKey() + ": the POM has no <" + element + ">, nor its parents");
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            if (name.endsWith(".md5") || name.endsWith(".sha1") || name.endsWith(".asc") || name.endsWith(".sha256")
                    || name.endsWith(".sha512")) {
                continue;
            }
            if (name.contains("maven-metadata")) {
                problems.add(name + ": repository metadata, which the repository writes itself");
                continue;
            }
            checksum(name, ".md5", "MD5");
            checksum(name, ".sha1", "SHA-1");
            if (signed && !files.containsKey(name + ".asc")) {
                problems.add(name + ": no signature (.asc)");
            }
        }
    }

    /** The file of {@code dir} ending in {@code suffix} (a SNAPSHOT's last timestamp, or the release's one). */
    String newest(String dir, String suffix) {
        Pattern classified = Pattern.compile("-(sources|javadoc|tests)\\.jar$");
        String found = null;
        for (String f : files.keySet()) {
            if (f.startsWith(dir) && f.indexOf('/', dir.length()) < 0 && f.endsWith(suffix)
                    && (!suffix.equals(".jar") || !classified.matcher(f).find())) {
                found = found == null || f.compareTo(found) > 0 ? f : found;
            }
        }
        return found;
    }

    List<String> entries(String jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(files.get(jar)))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    void checksum(String name, String suffix, String algorithm) throws Exception {
        byte[] sum = files.get(name + suffix);
        if (sum == null) {
            problems.add(name + ": no " + suffix + " checksum");
            return;
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(files.get(name)));
        String given = new String(sum, StandardCharsets.US_ASCII).strip().split("\\s+")[0];
        if (!given.equalsIgnoreCase(expected)) {
            problems.add(name + suffix + ": does not match the file");
        }
    }

    /** The element {@code name} of the POM, or of its parent within the bundle, and so on up. */
    static Element inherited(Element pom, String name, Map<String, Element> poms) {
        for (Element p = pom; p != null; ) {
            Element found = child(p, name);
            if (found != null && !found.getTextContent().isBlank()) {
                return found;
            }
            Element parent = child(p, "parent");
            p = parent == null ? null : poms.get(text(child(parent, "artifactId")));
        }
        return null;
    }

    static Element child(Element element, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }
}
