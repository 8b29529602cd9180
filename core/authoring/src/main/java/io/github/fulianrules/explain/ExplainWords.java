package io.github.fulianrules.explain;

import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.internal.Sentences;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;
import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.rulesupport.DataIssue;
import io.github.fulianrules.rulesupport.Officer;
import io.github.fulianrules.rulesupport.Param;
import io.github.fulianrules.rulesupport.RoleConflict;
import io.github.fulianrules.rulesupport.SharedId;
import io.github.fulianrules.rulesupport.UnresolvedReference;
import io.github.fulianrules.rulesupport.WrongSubject;
import io.github.fulianrules.rulesupport.SubjectType;
import io.github.fulianrules.rulesupport.Tally;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code explain} says, in Chinese or English from the message bundle {@code Explain}: its
 * sentences, the subjects by name and id ({@code 李娟（p-0094）} / {@code Li Juan (p-0094)}), and each
 * kind of fact a rule matched as a sentence ({@code 青溪区妇联（qx）的执委会委员共 40 人}) instead of
 * the record as Java prints it.
 */
final class ExplainWords {
    static final Sentences WORDS = Sentences.of(ExplainWords.class, "Explain");

    private final Locale locale;
    private final String lang;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Parameter> parameters;

    ExplainWords(Locale locale, DistrictData data, Collection<Parameter> parameters) {
        this.lang = "zh".equals(locale.getLanguage()) ? "zh" : "en";
        this.locale = "zh".equals(lang) ? Locale.CHINESE : Locale.ENGLISH;
        this.parameters = parameters.stream().collect(Collectors.toMap(Parameter::name, p -> p, (a, b) -> a));
        data.federations().forEach(f -> name(f.id(), f.name()));
        data.womensHomes().forEach(h -> name(h.id(), h.name()));
        data.units().forEach(u -> name(u.id(), u.name()));
        data.buildings().forEach(b -> name(b.id(), b.name()));
        data.activityCentres().forEach(c -> name(c.id(), c.name()));
        data.people().forEach(p -> name(p.id(), p.name()));
    }

    private void name(String id, String name) {
        if (id != null && name != null && !name.isBlank() && !name.equals(id)) {
            names.putIfAbsent(id, name.strip());
        }
    }

    /** {@code zh} or {@code en}. */
    String lang() {
        return lang;
    }

    /** The sentence {@code key}, with {@code args} filled in (numbers as they are, without grouping). */
    String say(String key, Object... args) {
        return WORDS.say(locale, key, args);
    }

    /** A subject by name and id where the input names it ({@code 青溪区妇联（qx）}), else by id. */
    String subject(String id) {
        if (id == null) {
            return say("none");
        }
        String name = names.get(id);
        return name == null ? id : say("named", name, id);
    }

    /** A value of the fact model in words ({@code FEMALE} → 女), or "not recorded" for nothing. */
    String value(Object value) {
        if (value == null) {
            return say("notRecorded");
        }
        if (value instanceof Boolean b) {
            return ModelLabels.value(b ? "YES" : "NO", lang);
        }
        return ModelLabels.value(value instanceof Enum<?> e ? e.name() : String.valueOf(value), lang);
    }

    /** Values in words, joined as a list is in the language; "none" when empty. */
    String values(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return say("none");
        }
        // Enum values in their declared order, whatever set holds them.
        return values.stream().sorted((a, b) -> a instanceof Enum<?> x && b instanceof Enum<?> y
                        ? Integer.compare(x.ordinal(), y.ordinal()) : 0)
                .map(this::value).collect(Collectors.joining(say("listSeparator")));
    }

    /** A number with its parameter's unit, e.g. {@code 40%} or {@code 15 人}. */
    String withUnit(long value, String unit) {
        return ModelLabels.quantity(value, unit, lang);
    }

    /** A fact a rule matched, as a sentence. */
    String fact(Object fact) {
        if (fact instanceof Tally t) {
            return tally(t);
        } else if (fact instanceof Param p) {
            Parameter declared = parameters.get(p.name());
            String value = withUnit(p.value(), declared == null ? null : declared.unit());
            return declared == null || declared.clause() == null ? say("fact.param", p.name(), value)
                    : say("fact.param.clause", p.name(), value, declared.clause());
        } else if (fact instanceof AssessmentPeriod p) {
            return say("fact.period", p.start(), p.end());
        } else if (fact instanceof Federation f) {
            String type = ModelLabels.subjectType(SubjectType.of(f).name(), lang);
            String women = f.residentWomen() == null ? say("notRecorded") : say("persons", f.residentWomen());
            return f.parentId() == null ? say("fact.federation.top", subject(f.id()), type, women)
                    : say("fact.federation", subject(f.id()), type, subject(f.parentId()), women);
        } else if (fact instanceof Person p) {
            return say(p.outstandingRepresentative() ? "fact.person.outstanding" : "fact.person", subject(p.id()), value(p.gender()));
        } else if (fact instanceof Position p) {
            return say("fact.position", subject(p.personId()), subject(p.federationId()), value(p.role()));
        } else if (fact instanceof Officer o) {
            return say("fact.officer", subject(o.personId()), subject(o.federationId()), value(o.role()));
        } else if (fact instanceof RoleConflict c) {
            return say("fact.roleConflict", subject(c.personId()), subject(c.federationId()), values(c.roles()));
        } else if (fact instanceof Activity a) {
            return a.days() == null ? say("fact.activity", a.id(), value(a.type()), subject(a.subjectId()), value(a.date()))
                    : say("fact.activity.days", a.id(), value(a.type()), subject(a.subjectId()), value(a.date()), a.days());
        } else if (fact instanceof WomensHome h) {
            return say("fact.womensHome", subject(h.id()), subject(h.federationId()), values(h.haves()), values(h.services()));
        } else if (fact instanceof Unit u) {
            return say("fact.unit", subject(u.id()), value(u.type()), subject(u.federationId()),
                    u.women() == null ? say("notRecorded") : say("persons", u.women()), value(u.womensOrganization()),
                    value(u.functionalPartyBranch()), value(u.guidedByFederation()));
        } else if (fact instanceof Building b) {
            return say("fact.building", subject(b.id()), subject(b.federationId()), value(b.womensWorkStation()));
        } else if (fact instanceof ActivityCentre c) {
            return say("fact.centre", subject(c.id()), subject(c.federationId()), value(c.positioningDefined()),
                    value(c.structureDefined()));
        } else if (fact instanceof WomensGroup g) {
            return say("fact.group", g.id(), value(g.setting()), subject(g.federationId()));
        } else if (fact instanceof Waiver w) {
            return say("fact.waiver", w.id(), w.requirementId(), subject(w.subjectId()), value(w.validFrom()), value(w.validUntil()));
        } else if (fact instanceof SharedId s) {
            return say("fact.sharedId", s.records().size(), s.id());
        } else if (fact instanceof UnresolvedReference u) {
            return say("fact.unresolvedReference", subject(SubjectType.idOf(u.referrer())),
                    ModelLabels.field(u.ref().field(), lang), u.ref().id());
        } else if (fact instanceof WrongSubject w) {
            return say("fact.wrongSubject", w.activity().id(), value(w.activity().type()), subject(w.activity().subjectId()));
        } else if (fact instanceof DataIssue d) {
            return say("fact.dataIssue", d.code(), subject(d.subjectId()));
        } else if (fact instanceof Number n) {
            return say("fact.count", n);
        } else if (fact instanceof Collection<?> c) {
            return say("fact.records", c.size());
        }
        return say("fact.other", fact.getClass().getSimpleName());
    }

    /**
     * A derived count by its key: {@code EXECUTIVE_MEMBER}, {@code EXECUTIVE_MEMBER.outstanding},
     * {@code activities.REFORM_REPORT}, {@code days.GRASSROOTS.unrecorded}, … (see derived-facts.drl);
     * a key of an analyst's own as it is.
     */
    private String tally(Tally t) {
        String subject = subject(t.subjectId());
        String[] parts = t.key().split("\\.");
        String what = parts.length > 1 ? parts[1] : parts[0];
        if (parts.length == 1 && isRole(parts[0])) {
            return say("tally.role", subject, value(parts[0]), t.value());
        }
        if (parts.length == 2 && isRole(parts[0]) && WORDS.has(locale, "tally.role." + parts[1])) {
            return say("tally.role." + parts[1], subject, value(parts[0]), t.value());
        }
        if (parts.length == 2 && parts[0].equals("activities")) {
            return WORDS.has(locale, "tally.activities." + what) ? say("tally.activities." + what, subject, t.value())
                    : say("tally.activities", subject, value(what), t.value());
        }
        if ((parts[0].equals("days") || parts[0].equals("pairings")) && parts.length <= 3) {
            String kind = WORDS.has(locale, "kind." + what) ? say("kind." + what) : value(what);
            String key = parts.length == 3 && parts[2].equals("unrecorded") ? "tally.unrecorded" : "tally." + parts[0];
            return say(key, subject, kind, t.value());
        }
        return say("tally.other", subject, t.key(), t.value());
    }

    private static boolean isRole(String name) {
        for (Role r : Role.values()) {
            if (r.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
