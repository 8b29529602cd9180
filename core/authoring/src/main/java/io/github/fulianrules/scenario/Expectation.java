package io.github.fulianrules.scenario;

import io.github.fulianrules.report.Finding;
import io.github.fulianrules.rulesupport.Assessment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A partial description of a finding: only the fields given are compared, as text.
 * Known fields: {@code requirementId} (required), {@code subjectId}, {@code kind}, {@code code},
 * {@code measured}, {@code required}, {@code gap}, {@code waived}, {@code details}.
 *
 * @param fields the fields to compare, by name
 */
public record Expectation(Map<String, String> fields) {
    /** The fields an expectation may name. */
    public static final List<String> KNOWN = List.of("requirementId", "subjectId", "kind", "code", "measured",
            "required", "gap", "waived", "details");

    public Expectation {
        fields = new LinkedHashMap<>(fields);
        if (!fields.containsKey("requirementId")) {
            throw new IllegalArgumentException("an expectation needs a requirementId: " + fields);
        }
        for (String key : fields.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("unknown field '" + key + "' (known: " + KNOWN + ")");
            }
        }
    }

    public String requirementId() {
        return fields.get("requirementId");
    }

    /** Whether {@code finding} has every field given. */
    public boolean matches(Finding finding) {
        return fields.entrySet().stream().allMatch(e -> Objects.equals(e.getValue(), valueOf(finding, e.getKey())));
    }

    /** Whether {@code assessment} is met and has every field given. */
    public boolean matchesMet(Assessment assessment) {
        if (!assessment.met()) {
            return false;
        }
        return fields.entrySet().stream().allMatch(e -> switch (e.getKey()) {
            case "requirementId" -> e.getValue().equals(assessment.requirementId());
            case "subjectId" -> e.getValue().equals(assessment.subjectId());
            case "measured" -> e.getValue().equals(assessment.measured());
            case "required" -> e.getValue().equals(assessment.required());
            default -> false;
        });
    }

    static String valueOf(Finding f, String field) {
        return switch (field) {
            case "requirementId" -> f.requirementId();
            case "subjectId" -> f.subjectId();
            case "kind" -> f.kind().name();
            case "code" -> f.code();
            case "measured" -> f.measured();
            case "required" -> f.required();
            case "gap" -> Long.toString(f.gap());
            case "waived" -> Boolean.toString(f.waived());
            case "details" -> String.join(",", f.details());
            default -> null;
        };
    }

    /** The finding described in the same fields, for a difference report. */
    static String describe(Finding f) {
        StringBuilder s = new StringBuilder("{");
        for (String k : KNOWN) {
            String v = valueOf(f, k);
            if (v != null && !v.isEmpty()) {
                s.append(s.length() > 1 ? ", " : "").append(k).append(": ").append(v);
            }
        }
        return s.append('}').toString();
    }

    @Override
    public String toString() {
        return fields.toString().replace('=', ':');
    }
}
