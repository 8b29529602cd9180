package io.github.fulianrules.scenario;

import io.github.fulianrules.internal.Sentences;

import io.github.fulianrules.report.Finding;
import io.github.fulianrules.rulesupport.Assessment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /** Whether {@code assessment}, met or not, is of this requirement (and of this subject, if one is given). */
    public boolean matchesJudged(Assessment assessment) {
        return requirementId().equals(assessment.requirementId())
                && (!fields.containsKey("subjectId") || fields.get("subjectId").equals(assessment.subjectId()));
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

    /** This expectation as a finding, e.g. {@code finding of FL-2.4a on d with kind VIOLATION and gap 3}. */
    String asFinding(Locale locale) {
        return ScenarioFiles.WORDS.say(locale, "findingOf", requirementId(), subjectPart(locale), withOthers(locale, "subjectId", "requirementId"));
    }

    /** This expectation as a check expected to be met, e.g. {@code FL-4.1a to be met on s1 with measured 1/1}. */
    String asMet(Locale locale) {
        return ScenarioFiles.WORDS.say(locale, "toBeMet", requirementId(), subjectPart(locale), withOthers(locale, "subjectId", "requirementId"));
    }

    /** This expectation as a requirement expected not to be judged, e.g. {@code FL-2.1a not to be judged on d}. */
    String asNotJudged(Locale locale) {
        return ScenarioFiles.WORDS.say(locale, "notToBeJudged", requirementId(), subjectPart(locale));
    }

    private String subjectPart(Locale locale) {
        return fields.containsKey("subjectId") ? ScenarioFiles.WORDS.say(locale, "onSubject", fields.get("subjectId")) : "";
    }

    private String withOthers(Locale locale, String... leaveOut) {
        List<String> others = new ArrayList<>();
        fields.forEach((k, v) -> {
            if (!List.of(leaveOut).contains(k)) {
                others.add(k + " " + (v.isEmpty() ? ScenarioFiles.WORDS.say(locale, "none") : v));
            }
        });
        if (others.isEmpty()) {
            return "";
        }
        String last = others.remove(others.size() - 1);
        return ScenarioFiles.WORDS.say(locale, "with", others.isEmpty() ? last
                : ScenarioFiles.WORDS.say(locale, "and", String.join(Sentences.isChinese(locale) ? "、" : ", ", others), last));
    }

    @Override
    public String toString() {
        return fields.toString().replace('=', ':');
    }
}
