package io.github.fulianrules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back a report that {@link ReportJson} wrote, pretty-printed or on one line, so that
 * programs can work on reports kept from earlier runs (compare two periods, for one).
 *
 * <pre>{@code
 * Report lastYear = ReportJsonReader.read(Path.of("report-2024.json"));
 * }</pre>
 *
 * <p>What is written is read: the district, the period, the provenance, every finding, the areas,
 * the scores per requirement, the scorecard and the accounting; the counts of the summary are
 * computed again from the findings. The organizations' names are those of the scorecard's areas.
 * Fields a later version may add are skipped; a field of the wrong type, a missing required field
 * (the period, the findings and each finding's requirement, subject and kind), or an unknown
 * enum value is an {@link InputException} naming the place, {@code SOURCE:LINE:COL: PATH: problem}.
 */
public final class ReportJsonReader {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String source;
    /** Where each value was read, by its path: for error messages. */
    private final Map<String, JsonLocation> where = new HashMap<>();

    private ReportJsonReader(String source) {
        this.source = source;
    }

    /** Reads the report in {@code file}; errors name the file as given. */
    public static Report read(Path file) {
        String source = file.toString();
        try {
            if (Files.size(file) > DistrictReader.MAX_DOCUMENT_BYTES) {
                throw new InputException(source, 0, 0, "", "the report is larger than "
                        + DistrictReader.MAX_DOCUMENT_BYTES + " bytes");
            }
            return read(Files.readAllBytes(file), source);
        } catch (NoSuchFileException e) {
            throw new InputException(source, 0, 0, "", "no such file", e);
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "", "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Reads the report in the UTF-8 JSON text {@code json}; errors name {@code source}. */
    public static Report read(byte[] json, String source) {
        return read(new String(json, StandardCharsets.UTF_8), source);
    }

    /** Reads the report in the JSON text {@code json}; errors name {@code source}. */
    public static Report read(String json, String source) {
        ReportJsonReader reader = new ReportJsonReader(source == null || source.isBlank() ? "<input>" : source);
        JsonNode root;
        try (JsonParser p = JSON.createParser(json.startsWith("\uFEFF") ? json.substring(1) : json)) {
            if (p.nextToken() == null) {
                throw new InputException(reader.source, 1, 1, "", "the input is empty (expected a report object)");
            }
            root = reader.value(p, "");
            if (p.nextToken() != null) {
                throw reader.error(p.currentLocation(), "", "more than one value (expected one report object)");
            }
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            throw reader.error(e.getLocation(), "", message == null ? "not JSON" : message.lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new InputException(reader.source, 0, 0, "", "cannot be read: " + e.getMessage(), e);
        }
        return reader.report(root);
    }

    // ---- the tree, with the place of every value

    private JsonNode value(JsonParser p, String path) throws IOException {
        where.put(path, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, value(p, path.isEmpty() ? name : path + "." + name));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p, path + "[" + i++ + "]"));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }

    private InputException error(JsonLocation at, String path, String problem) {
        int line = at == null ? 0 : (int) Math.max(0, at.getLineNr());
        int column = at == null ? 0 : (int) Math.max(0, at.getColumnNr());
        return new InputException(source, line, column, path, problem);
    }

    private InputException error(String path, String problem) {
        String at = path;
        while (!where.containsKey(at) && !at.isEmpty()) {
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
        }
        return error(where.get(at), path, problem);
    }

    // ---- typed access

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private ObjectNode object(JsonNode parent, String path, String field, boolean required) {
        JsonNode n = parent.get(field);
        String at = join(path, field);
        if (n == null || n.isNull()) {
            if (required) {
                throw error(at, "missing required field");
            }
            return null;
        }
        if (!n.isObject()) {
            throw error(at, "expected an object, found " + describe(n));
        }
        return (ObjectNode) n;
    }

    private ArrayNode array(JsonNode parent, String path, String field, boolean required) {
        JsonNode n = parent.get(field);
        String at = join(path, field);
        if (n == null || n.isNull()) {
            if (required) {
                throw error(at, "missing required field");
            }
            return NODES.arrayNode();
        }
        if (!n.isArray()) {
            throw error(at, "expected an array, found " + describe(n));
        }
        return (ArrayNode) n;
    }

    private String text(JsonNode parent, String path, String field, boolean required) {
        JsonNode n = parent.get(field);
        String at = join(path, field);
        if (n == null || n.isNull()) {
            if (required) {
                throw error(at, "missing required field");
            }
            return null;
        }
        if (!n.isTextual()) {
            throw error(at, "expected a string, found " + describe(n));
        }
        return n.textValue();
    }

    private String text(JsonNode n, String path) {
        if (n == null || !n.isTextual()) {
            throw error(path, "expected a string, found " + describe(n));
        }
        return n.textValue();
    }

    private long number(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        String at = join(path, field);
        if (n == null || n.isNull()) {
            throw error(at, "missing required field");
        }
        return whole(n, at);
    }

    private long whole(JsonNode n, String path) {
        if (n == null || !n.isIntegralNumber()) {
            throw error(path, "expected a whole number, found " + describe(n));
        }
        return n.longValue();
    }

    private int count(JsonNode parent, String path, String field) {
        long v = number(parent, path, field);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw error(join(path, field), "expected a count, found " + v);
        }
        return (int) v;
    }

    private boolean bool(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw error(join(path, field), "expected true or false, found " + describe(n));
        }
        return n.booleanValue();
    }

    private <E extends Enum<E>> E constant(JsonNode parent, String path, String field, Class<E> type, boolean required) {
        String value = text(parent, path, field, required);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw error(join(path, field), "unknown value \"" + value + "\" (expected one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
        }
    }

    private LocalDate date(JsonNode parent, String path, String field) {
        String value = text(parent, path, field, false);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(join(path, field), "not a valid date \"" + value + "\" (expected YYYY-MM-DD)");
        }
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            String s = n.textValue();
            return "a string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        if (n.isNumber()) {
            return "a number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        return n.isArray() ? "an array" : "an object";
    }

    // ---- the report

    private Report report(JsonNode root) {
        if (!root.isObject()) {
            throw error("", "expected a report object, found " + describe(root));
        }
        String district = text(root, "", "district", false);
        ObjectNode p = object(root, "", "period", true);
        LocalDate start = date(p, "period", "start");
        LocalDate end = date(p, "period", "end");
        AssessmentPeriod period;
        try {
            period = start == null && end == null ? null : new AssessmentPeriod(start, end);
        } catch (IllegalArgumentException e) {
            throw error("period", e.getMessage());
        }
        Provenance provenance = provenance(object(root, "", "provenance", false));
        List<Finding> findings = new ArrayList<>();
        ArrayNode list = array(root, "", "findings", true);
        for (int i = 0; i < list.size(); i++) {
            findings.add(finding(list.get(i), "findings[" + i + "]"));
        }
        Map<String, String> areas = new LinkedHashMap<>();
        ObjectNode areaNode = object(root, "", "areas", false);
        if (areaNode != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = areaNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                areas.put(e.getKey(), text(e.getValue(), "areas." + e.getKey()));
            }
        }
        ObjectNode summary = object(root, "", "summary", false);
        Map<String, RequirementScore> scores = summary == null ? Map.of() : scores(object(summary, "summary", "scores", false), "summary.scores");
        Summary counts = Summary.of(findings, scores);
        ObjectNode card = object(root, "", "scorecard", false);
        Scorecard scorecard = null;
        Map<String, String> names = new HashMap<>();
        if (card != null) {
            ScoreLine overall = line(object(card, "scorecard", "overall", true), "scorecard.overall");
            List<ScoreLine> subDistricts = lines(card, "scorecard", "subDistricts");
            List<ScoreLine> communities = lines(card, "scorecard", "communities");
            scorecard = new Scorecard(overall, subDistricts, communities);
            scorecard.lines().filter(l -> l.areaId() != null && l.name() != null && !l.name().equals(l.areaId()))
                    .forEach(l -> names.put(l.areaId(), l.name()));
        }
        Accounting accounting = accounting(object(root, "", "accounting", false));
        return new Report(district, period, findings, counts, scorecard, accounting, names, areas, provenance);
    }

    private Provenance provenance(ObjectNode p) {
        if (p == null) {
            return null;
        }
        List<String> requirements = new ArrayList<>();
        ArrayNode ids = array(p, "provenance", "requirements", false);
        for (int i = 0; i < ids.size(); i++) {
            requirements.add(text(ids.get(i), "provenance.requirements[" + i + "]"));
        }
        Map<String, Long> parameters = new LinkedHashMap<>();
        ObjectNode values = object(p, "provenance", "parameters", false);
        if (values != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                parameters.put(e.getKey(), whole(e.getValue(), "provenance.parameters." + e.getKey()));
            }
        }
        return new Provenance(text(p, "provenance", "ruleSet", false), text(p, "provenance", "rules", false),
                text(p, "provenance", "catalogue", false), requirements, parameters);
    }

    private Finding finding(JsonNode f, String path) {
        if (f == null || !f.isObject()) {
            throw error(path, "expected a finding object, found " + describe(f));
        }
        List<String> details = new ArrayList<>();
        ArrayNode d = array(f, path, "details", false);
        for (int i = 0; i < d.size(); i++) {
            details.add(text(d.get(i), path + ".details[" + i + "]"));
        }
        JsonNode gap = f.get("gap");
        return new Finding(text(f, path, "requirementId", true), text(f, path, "code", false),
                text(f, path, "clause", false), constant(f, path, "strength", Strength.class, false),
                constant(f, path, "kind", Kind.class, true), text(f, path, "subjectId", true),
                text(f, path, "subjectType", false), bool(f, path, "waived"), text(f, path, "waiverReason", false),
                text(f, path, "measured", false), text(f, path, "required", false),
                gap == null || gap.isNull() ? 0 : whole(gap, path + ".gap"), details,
                bilingual(f, path, "message"), bilingual(f, path, "remedy"), text(f, path, "location", false));
    }

    private Text bilingual(JsonNode parent, String path, String field) {
        ObjectNode t = object(parent, path, field, false);
        String at = join(path, field);
        return t == null ? null : new Text(text(t, at, "zh", false), text(t, at, "en", false));
    }

    private Map<String, RequirementScore> scores(ObjectNode node, String path) {
        Map<String, RequirementScore> scores = new LinkedHashMap<>();
        if (node == null) {
            return scores;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "." + e.getKey();
            if (!e.getValue().isObject()) {
                throw error(at, "expected an object, found " + describe(e.getValue()));
            }
            JsonNode s = e.getValue();
            scores.put(e.getKey(), new RequirementScore(e.getKey(), count(s, at, "checked"), count(s, at, "met"),
                    count(s, at, "waived")));
        }
        return scores;
    }

    private List<ScoreLine> lines(ObjectNode card, String path, String field) {
        List<ScoreLine> lines = new ArrayList<>();
        ArrayNode list = array(card, path, field, false);
        for (int i = 0; i < list.size(); i++) {
            String at = path + "." + field + "[" + i + "]";
            JsonNode n = list.get(i);
            if (!n.isObject()) {
                throw error(at, "expected an object, found " + describe(n));
            }
            lines.add(line((ObjectNode) n, at));
        }
        return lines;
    }

    private ScoreLine line(ObjectNode l, String path) {
        Level level = constant(l, path, "level", Level.class, true);
        return new ScoreLine(text(l, path, "id", false), text(l, path, "name", false), level,
                text(l, path, "parentId", false), scores(object(l, path, "requirements", false), path + ".requirements"));
    }

    private Accounting accounting(ObjectNode a) {
        if (a == null) {
            return null;
        }
        List<RecordAccount> records = new ArrayList<>();
        ObjectNode kinds = object(a, "accounting", "records", false);
        if (kinds != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = kinds.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = "accounting.records." + e.getKey();
                if (!e.getValue().isObject()) {
                    throw error(at, "expected an object, found " + describe(e.getValue()));
                }
                JsonNode r = e.getValue();
                List<Rejection> rejections = new ArrayList<>();
                ArrayNode list = array(r, at, "rejections", false);
                for (int i = 0; i < list.size(); i++) {
                    String rat = at + ".rejections[" + i + "]";
                    JsonNode x = list.get(i);
                    if (!x.isObject()) {
                        throw error(rat, "expected an object, found " + describe(x));
                    }
                    List<String> codes = new ArrayList<>();
                    ArrayNode c = array(x, rat, "codes", false);
                    for (int k = 0; k < c.size(); k++) {
                        codes.add(text(c.get(k), rat + ".codes[" + k + "]"));
                    }
                    rejections.add(new Rejection(text(x, rat, "id", true), text(x, rat, "location", false), codes));
                }
                try {
                    records.add(new RecordAccount(e.getKey(), count(r, at, "read"), count(r, at, "accepted"), rejections));
                } catch (IllegalArgumentException bad) {
                    throw error(at, bad.getMessage());
                }
            }
        }
        List<String> other = new ArrayList<>();
        ArrayNode issues = array(a, "accounting", "otherIssues", false);
        for (int i = 0; i < issues.size(); i++) {
            other.add(text(issues.get(i), "accounting.otherIssues[" + i + "]"));
        }
        return new Accounting(records, other);
    }
}
