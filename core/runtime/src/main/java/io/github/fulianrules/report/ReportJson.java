package io.github.fulianrules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A report as JSON, for other programs: one object with the district, the period, every finding
 * and the summary. Fields always come in the same order and absent values are written as
 * {@code null}, so that the same report gives the same text, byte for byte, and two reports diff
 * cleanly. Chinese text is written as is (the output is Unicode; write it as UTF-8).
 *
 * <pre>{@code
 * String json = ReportJson.toJson(engine.evaluate(district));
 * Files.writeString(Path.of("report.json"), json, StandardCharsets.UTF_8);
 * }</pre>
 *
 * <p>The shape:
 * <pre>
 * {"district": "d", "period": {"start": "2025-01-01", "end": "2025-12-31"},
 *  "provenance": {"ruleSet": "bundled", "rules": SHA-256, "catalogue": SHA-256,
 *                 "requirements": ["FL-1.1a", ...], "parameters": {"daysPerMonth": 30, ...}},
 *  "findings": [{"requirementId", "code", "clause", "strength", "kind", "subjectId", "subjectType",
 *                "waived", "waiverReason", "measured", "required", "gap", "details",
 *                "message": {"zh", "en"}, "remedy": {"zh", "en"}, "location"}],
 *  "areas": {"SUBJECT": "FEDERATION", ...},
 *  "summary": {"byKind": {"VIOLATION": n, ...}, "openViolations": n, "waived": n,
 *              "byRequirement": {"FL-2.4a": n, ...},
 *              "scores": {"FL-2.4a": {"checked", "met", "waived", "rate"}}},
 *  "scorecard": {"overall": LINE, "subDistricts": [LINE], "communities": [LINE]},
 *  "accounting": {"read", "accepted", "rejected",
 *                 "records": {"federations": {"read", "accepted", "rejected",
 *                                             "rejections": [{"id", "location", "codes": []}]}, ...},
 *                 "otherIssues": ["NO_DISTRICT -"]}}
 * </pre>
 * where a LINE is {@code {"id", "name", "level", "parentId", "checked", "met", "waived", "rate",
 * "requirements": {"FL-4.1a": {"checked", "met", "waived", "rate"}}}}.
 * {@code rate} is the share met or waived, in percent with one decimal; a line's rate is
 * {@code null} when nothing was checked in its area. {@code provenance} is {@code null} when not
 * known; {@code areas} gives, for each subject of a finding, the federation whose area it lies in
 * ({@link Report#areaOf}). {@link ReportJsonReader} reads it back.
 */
public final class ReportJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ReportJson() {
    }

    /** The report as pretty-printed JSON, ending in a newline. */
    public static String toJson(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            write(g, report);
        } catch (IOException e) {
            // A StringWriter does not fail; a generator bug must not pass silently either.
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** The report as JSON on one line, ending in a newline: one line per district in a JSON-lines batch. */
    public static String toJsonLine(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void write(JsonGenerator g, Report report) throws IOException {
        g.writeStartObject();
        g.writeStringField("district", report.districtId());
        g.writeObjectFieldStart("period");
        g.writeStringField("start", report.period() == null ? null : report.period().start().toString());
        g.writeStringField("end", report.period() == null ? null : report.period().end().toString());
        g.writeEndObject();
        provenance(g, report.provenance());
        g.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) {
            finding(g, f);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("areas");
        for (Map.Entry<String, String> e : report.areas().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        summary(g, report.summary());
        scorecard(g, report.scorecard());
        accounting(g, report.accounting());
        g.writeEndObject();
    }

    private static void provenance(JsonGenerator g, Provenance p) throws IOException {
        if (p == null) {
            g.writeNullField("provenance");
            return;
        }
        g.writeObjectFieldStart("provenance");
        g.writeStringField("ruleSet", p.ruleSet());
        g.writeStringField("rules", p.rulesDigest());
        g.writeStringField("catalogue", p.catalogueDigest());
        g.writeArrayFieldStart("requirements");
        for (String id : p.requirements()) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("parameters");
        for (Map.Entry<String, Long> e : p.parameters().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void scorecard(JsonGenerator g, Scorecard card) throws IOException {
        g.writeObjectFieldStart("scorecard");
        g.writeFieldName("overall");
        line(g, card.overall());
        g.writeArrayFieldStart("subDistricts");
        for (ScoreLine l : card.subDistricts()) {
            line(g, l);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("communities");
        for (ScoreLine l : card.communities()) {
            line(g, l);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void line(JsonGenerator g, ScoreLine l) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", l.areaId());
        g.writeStringField("name", l.name());
        g.writeStringField("level", l.level().name());
        g.writeStringField("parentId", l.parentId());
        g.writeNumberField("checked", l.checked());
        g.writeNumberField("met", l.met());
        g.writeNumberField("waived", l.waived());
        if (l.ratePercent() == null) {
            g.writeNullField("rate");
        } else {
            g.writeNumberField("rate", l.ratePercent());
        }
        scores(g, "requirements", l.requirements());
        g.writeEndObject();
    }

    private static void scores(JsonGenerator g, String field, Map<String, RequirementScore> scores) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, RequirementScore> e : scores.entrySet()) {
            RequirementScore score = e.getValue();
            g.writeObjectFieldStart(e.getKey());
            g.writeNumberField("checked", score.checked());
            g.writeNumberField("met", score.met());
            g.writeNumberField("waived", score.waived());
            g.writeNumberField("rate", score.ratePercent());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void accounting(JsonGenerator g, Accounting a) throws IOException {
        g.writeObjectFieldStart("accounting");
        g.writeNumberField("read", a.read());
        g.writeNumberField("accepted", a.accepted());
        g.writeNumberField("rejected", a.rejected());
        g.writeObjectFieldStart("records");
        for (RecordAccount r : a.records()) {
            g.writeObjectFieldStart(r.kind());
            g.writeNumberField("read", r.read());
            g.writeNumberField("accepted", r.accepted());
            g.writeNumberField("rejected", r.rejectedCount());
            g.writeArrayFieldStart("rejections");
            for (Rejection x : r.rejected()) {
                g.writeStartObject();
                g.writeStringField("id", x.recordId());
                g.writeStringField("location", x.location());
                g.writeArrayFieldStart("codes");
                for (String c : x.codes()) {
                    g.writeString(c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("otherIssues");
        for (String s : a.otherIssues()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("requirementId", f.requirementId());
        g.writeStringField("code", f.code());
        g.writeStringField("clause", f.clause());
        g.writeStringField("strength", f.strength() == null ? null : f.strength().name());
        g.writeStringField("kind", f.kind() == null ? null : f.kind().name());
        g.writeStringField("subjectId", f.subjectId());
        g.writeStringField("subjectType", f.subjectType());
        g.writeBooleanField("waived", f.waived());
        g.writeStringField("waiverReason", f.waiverReason());
        g.writeStringField("measured", f.measured());
        g.writeStringField("required", f.required());
        g.writeNumberField("gap", f.gap());
        g.writeArrayFieldStart("details");
        for (String d : f.details()) {
            g.writeString(d);
        }
        g.writeEndArray();
        text(g, "message", f.message());
        text(g, "remedy", f.remedy());
        g.writeStringField("location", f.location());
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, Text text) throws IOException {
        if (text == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("zh", text.zh());
        g.writeStringField("en", text.en());
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, Summary s) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeObjectFieldStart("byKind");
        for (Kind k : Kind.values()) {
            g.writeNumberField(k.name(), s.count(k));
        }
        g.writeEndObject();
        g.writeNumberField("openViolations", s.openViolations());
        g.writeNumberField("waived", s.waived());
        g.writeObjectFieldStart("byRequirement");
        for (Map.Entry<String, Integer> e : s.byRequirement().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        scores(g, "scores", s.scores());
        g.writeEndObject();
    }
}
