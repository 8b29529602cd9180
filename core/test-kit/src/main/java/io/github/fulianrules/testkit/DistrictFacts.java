package io.github.fulianrules.testkit;

import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * District facts for a test, in a few lines instead of a JSON file: federations, each followed by its
 * officers, then any other fact of the model.
 *
 * <pre>{@code
 * DistrictData district = DistrictFacts.year(2025)
 *         .federation("d", Level.DISTRICT).women(Role.PART_TIME_VICE_CHAIR, "vc1", "vc2", "vc3")
 *         .build();
 * }</pre>
 *
 * A person named twice (a vice-chair who is also an executive member) is one record; a person added
 * with {@link #add} before or after, e.g. {@code Person.woman("vc1").asOutstandingRepresentative()},
 * is the one recorded.
 */
public final class DistrictFacts {
    private final AssessmentPeriod period;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final List<Object> others = new ArrayList<>();
    private Federation current;

    private DistrictFacts(AssessmentPeriod period) {
        this.period = period;
    }

    /** Facts for the calendar year {@code year}. */
    public static DistrictFacts year(int year) {
        return of(AssessmentPeriod.year(year));
    }

    /** Facts for {@code period}. */
    public static DistrictFacts of(AssessmentPeriod period) {
        return new DistrictFacts(period);
    }

    /**
     * A federation, the one the officers that follow hold posts in; below the district, its parent is the
     * federation added before it at the level above (a community's is the last sub-district).
     */
    public DistrictFacts federation(String id, Level level) {
        String parent = null;
        for (int i = others.size() - 1; i >= 0 && level != Level.DISTRICT; i--) {
            if (others.get(i) instanceof Federation f && f.level().ordinal() == level.ordinal() - 1) {
                parent = f.id();
                break;
            }
        }
        return federation(Federation.of(id, level, parent));
    }

    /** A federation as given, the one the officers that follow hold posts in. */
    public DistrictFacts federation(Federation federation) {
        current = federation;
        others.add(federation);
        return this;
    }

    /** The officers that follow hold posts in the federation {@code federationId}, added before. */
    public DistrictFacts in(String federationId) {
        current = others.stream().filter(f -> f instanceof Federation fed && fed.id().equals(federationId))
                .map(Federation.class::cast).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalArgumentException("no federation " + federationId + " added before"));
        return this;
    }

    /** Women holding {@code role} in the last federation. */
    public DistrictFacts women(Role role, String... personIds) {
        return officers(role, true, personIds);
    }

    /** Men holding {@code role} in the last federation. */
    public DistrictFacts men(Role role, String... personIds) {
        return officers(role, false, personIds);
    }

    private DistrictFacts officers(Role role, boolean women, String... personIds) {
        if (current == null) {
            throw new IllegalStateException("officers of no federation: add a federation first");
        }
        for (String id : personIds) {
            people.putIfAbsent(id, women ? Person.woman(id) : Person.man(id));
            others.add(new Position(id, current.id(), role));
        }
        return this;
    }

    /**
     * Any facts of the model: a {@link Person} replaces the record of the same id the officers made, a
     * {@link Federation} is the one the officers that follow hold posts in.
     */
    public DistrictFacts add(Object... more) {
        for (Object fact : more) {
            if (fact instanceof Person p) {
                people.put(p.id(), p);
            } else if (fact instanceof Federation f) {
                federation(f);
            } else {
                others.add(fact);
            }
        }
        return this;
    }

    public DistrictData build() {
        return DistrictData.builder(period).addAll(people.values()).addAll(others).build();
    }
}
