package io.github.fulianrules.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Lint problems as SARIF 2.1.0, the static-analysis format that code-review tools (GitHub code
 * scanning, GitLab, IDE viewers) show inline: one result per {@link Problem}, located by the file
 * relative to the rule-set directory (base {@code RULESET}), its line and column.
 *
 * <pre>{@code
 * String sarif = Sarif.of(dir, Linter.lint(dir));
 * }</pre>
 */
public final class Sarif {
    /** The one rule the results refer to: the rule set's own checks. */
    static final String RULE_ID = "fulian-rules-lint";
    private static final String BASE = "RULESET";
    private static final JsonFactory JSON = new JsonFactory();

    private Sarif() {
    }

    /** The SARIF log of {@code problems} found in the rule set {@code dir}. */
    public static String of(Path dir, List<Problem> problems) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            writeTool(g);
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(BASE);
            String base = dir.toAbsolutePath().normalize().toUri().toString();
            g.writeStringField("uri", base.endsWith("/") ? base : base + "/");
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Problem p : problems) {
                writeResult(g, dir, p);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void writeTool(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "fulian-rules lint");
        g.writeArrayFieldStart("rules");
        g.writeStartObject();
        g.writeStringField("id", RULE_ID);
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", "A rule set that does not compile, does not match its catalogue, "
                + "or reads or writes what it may not.");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, Path dir, Problem p) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", RULE_ID);
        g.writeStringField("level", "error");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", p.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", relativeUri(dir, p.file()));
        g.writeStringField("uriBaseId", BASE);
        g.writeEndObject();
        if (p.line() > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", p.line());
            if (p.column() > 0) {
                g.writeNumberField("startColumn", p.column());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The problem's file as a URI reference relative to the rule set, with {@code /} separators. */
    static String relativeUri(Path dir, String file) {
        Path path = Path.of(file);
        Path relative = path.isAbsolute() ? dir.toAbsolutePath().normalize().relativize(path.normalize()) : path;
        StringBuilder uri = new StringBuilder();
        for (Path part : relative) {
            if (!uri.isEmpty()) {
                uri.append('/');
            }
            uri.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return uri.toString();
    }
}
