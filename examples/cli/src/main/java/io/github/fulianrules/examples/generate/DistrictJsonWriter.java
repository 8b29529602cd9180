package io.github.fulianrules.examples.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes districts in the JSON format {@value DistrictReader#FORMAT} that {@link DistrictReader}
 * reads, one district per line (JSON lines), streaming: nothing but the district being written is
 * held. Yes/no fields are written only when true and absent values are left out, as a person would.
 *
 * <pre>{@code
 * try (DistrictJsonWriter w = new DistrictJsonWriter(out)) { w.write(district, "示例区 2025"); }
 * }</pre>
 */
public final class DistrictJsonWriter implements Closeable {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private final JsonGenerator g;

    /** Writes UTF-8 to {@code out}, which is flushed but not closed by {@link #close()}. */
    public DistrictJsonWriter(OutputStream out) throws IOException {
        this.g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setRootValueSeparator(null);
    }

    /** Writes {@code district} as one line, ending in a newline; {@code name} is left out when {@code null}. */
    public void write(DistrictData district, String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", DistrictReader.FORMAT);
        optional("name", name);
        g.writeObjectFieldStart("period");
        g.writeStringField("start", district.period().start().toString());
        g.writeStringField("end", district.period().end().toString());
        g.writeEndObject();
        g.writeArrayFieldStart("federations");
        for (Federation f : district.federations()) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("level", f.level().name());
            optional("name", f.name());
            optional("parentId", f.parentId());
            if (f.residentWomen() != null) {
                g.writeNumberField("residentWomen", f.residentWomen());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        people(district);
        g.writeArrayFieldStart("womensHomes");
        for (WomensHome h : district.womensHomes()) {
            g.writeStartObject();
            g.writeStringField("id", h.id());
            optional("name", h.name());
            optional("federationId", h.federationId());
            names("haves", h.haves());
            names("services", h.services());
            flag("demonstration", h.demonstration());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("units");
        for (Unit u : district.units()) {
            g.writeStartObject();
            g.writeStringField("id", u.id());
            optional("name", u.name());
            g.writeStringField("type", u.type().name());
            optional("federationId", u.federationId());
            if (u.women() != null) {
                g.writeNumberField("women", u.women());
            }
            flag("womensOrganization", u.womensOrganization());
            flag("functionalPartyBranch", u.functionalPartyBranch());
            flag("guidedByFederation", u.guidedByFederation());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("buildings");
        for (Building b : district.buildings()) {
            g.writeStartObject();
            g.writeStringField("id", b.id());
            optional("name", b.name());
            optional("federationId", b.federationId());
            flag("womensWorkStation", b.womensWorkStation());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("activityCentres");
        for (ActivityCentre c : district.activityCentres()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            optional("name", c.name());
            optional("federationId", c.federationId());
            flag("positioningDefined", c.positioningDefined());
            flag("structureDefined", c.structureDefined());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("womensGroups");
        for (WomensGroup w : district.womensGroups()) {
            g.writeStartObject();
            g.writeStringField("id", w.id());
            optional("federationId", w.federationId());
            g.writeStringField("setting", w.setting().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("activities");
        for (Activity a : district.activities()) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("type", a.type().name());
            g.writeStringField("subjectId", a.subjectId());
            g.writeStringField("date", a.date().toString());
            if (a.days() != null) {
                g.writeNumberField("days", a.days());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("waivers");
        for (Waiver w : district.waivers()) {
            g.writeStartObject();
            g.writeStringField("id", w.id());
            g.writeStringField("requirementId", w.requirementId());
            g.writeStringField("subjectId", w.subjectId());
            g.writeStringField("reason", w.reason());
            g.writeStringField("approver", w.approver());
            g.writeStringField("validFrom", w.validFrom().toString());
            g.writeStringField("validUntil", w.validUntil().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    /** People with their positions nested, as the format has them. */
    private void people(DistrictData district) throws IOException {
        Map<String, List<Position>> positions = new HashMap<>();
        for (Position p : district.positions()) {
            positions.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p);
        }
        g.writeArrayFieldStart("people");
        for (Person p : district.people()) {
            g.writeStartObject();
            g.writeStringField("id", p.id());
            optional("name", p.name());
            if (p.gender() != null) {
                g.writeStringField("gender", p.gender().name());
            }
            flag("outstandingRepresentative", p.outstandingRepresentative());
            optional("leadershipTeamOf", p.leadershipTeamOf());
            optional("twoCommitteesOf", p.twoCommitteesOf());
            if (p.rank() != null) {
                g.writeStringField("rank", p.rank().name());
            }
            flag("substantiveRank", p.substantiveRank());
            g.writeArrayFieldStart("positions");
            // Under the first person of an id only: a duplicate id (a data finding) must not copy them.
            for (Position q : Objects.requireNonNullElse(positions.remove(p.id()), List.<Position>of())) {
                g.writeStartObject();
                g.writeStringField("federationId", q.federationId());
                g.writeStringField("role", q.role().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void optional(String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    /** A yes/no whose absence reads as "no" (outstandingRepresentative, demonstration): written when true. */
    private void flag(String field, boolean value) throws IOException {
        if (value) {
            g.writeBooleanField(field, true);
        }
    }

    /** A yes/no whose absence reads as not recorded (Revision 3): written, false too, unless not recorded. */
    private void flag(String field, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(field, value);
        }
    }

    /** Enum values in declaration order: the model's sets are immutable sets, whose order changes from run to run. */
    private void names(String field, Collection<? extends Enum<?>> values) throws IOException {
        if (values == null) {
            return;   // not recorded (Revision 3), which [] is not
        }
        g.writeArrayFieldStart(field);
        for (Enum<?> v : values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).toList()) {
            g.writeString(v.name());
        }
        g.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}
