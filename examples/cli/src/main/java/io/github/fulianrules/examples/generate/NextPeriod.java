package io.github.fulianrules.examples.generate;

import io.github.fulianrules.compare.ChangeKind;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensHome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated district one assessment period later, after a year of rectification (整改): the
 * same federations, people and records with every date a year on, so that what was met stays met,
 * except for the changes drawn here, each with the finding it is made to close, narrow, widen or
 * open. A comparison of the two periods' reports should find exactly these changes, and every
 * other finding persisting.
 *
 * <p>The changes, drawn from the seed: a Women's Home short of some of the seven haves (FL-4.4b)
 * gets all of them (closed, 40 %), or one more (narrowed, 30 % of the rest, when two or more are
 * missing), or loses one more (widened, 5 % of the rest); a complete one loses one (new, 3 %); a
 * building without a women's work station gets one (FL-4.3d closed, 50 %), one with a station
 * loses it (new, 4 %).
 *
 * @param district the district in the next period
 * @param changes  the findings changed on purpose, by requirement and subject
 */
public record NextPeriod(DistrictData district, List<Change> changes) {
    public NextPeriod {
        changes = List.copyOf(changes);
    }

    /**
     * One finding changed on purpose.
     *
     * @param requirementId the requirement
     * @param subjectId     the subject
     * @param kind          closed, new, narrowed or widened
     */
    public record Change(String requirementId, String subjectId, ChangeKind kind) {
    }

    /** {@code d} a year on, with changes drawn from {@code r}. */
    static NextPeriod of(DistrictData d, SplittableRandom r) {
        List<Change> changes = new ArrayList<>();
        List<WomensHome> homes = new ArrayList<>();
        for (WomensHome h : d.womensHomes()) {
            if (h.haves() == null) {
                homes.add(h);   // not recorded (Revision 3): stays so
                continue;
            }
            EnumSet<Have> haves = h.haves().isEmpty() ? EnumSet.noneOf(Have.class) : EnumSet.copyOf(h.haves());
            List<Have> missing = new ArrayList<>(h.missingHaves());
            double draw = r.nextDouble();
            ChangeKind kind = null;
            if (missing.isEmpty()) {
                if (draw < 0.03) {
                    haves.remove(Have.values()[r.nextInt(Have.values().length)]);
                    kind = ChangeKind.NEW;
                }
            } else if (draw < 0.4) {
                haves = EnumSet.allOf(Have.class);
                kind = ChangeKind.CLOSED;
            } else if (missing.size() >= 2 && draw < 0.4 + 0.6 * 0.3) {
                haves.add(missing.get(r.nextInt(missing.size())));
                kind = ChangeKind.NARROWED;
            } else if (!haves.isEmpty() && r.nextDouble() < 0.05) {
                List<Have> present = new ArrayList<>(haves);
                haves.remove(present.get(r.nextInt(present.size())));
                kind = ChangeKind.WIDENED;
            }
            if (kind != null) {
                changes.add(new Change("FL-4.4b", h.id(), kind));
            }
            homes.add(new WomensHome(h.id(), h.name(), h.federationId(), haves, h.services(), h.demonstration()));
        }
        List<Building> buildings = new ArrayList<>();
        for (Building b : d.buildings()) {
            if (b.womensWorkStation() == null) {
                buildings.add(b);   // not recorded (Revision 3): stays so
                continue;
            }
            boolean station = b.womensWorkStation();
            if (!station && r.nextDouble() < 0.5) {
                station = true;
                changes.add(new Change("FL-4.3d", b.id(), ChangeKind.CLOSED));
            } else if (station && r.nextDouble() < 0.04) {
                station = false;
                changes.add(new Change("FL-4.3d", b.id(), ChangeKind.NEW));
            }
            buildings.add(new Building(b.id(), b.name(), b.federationId(), station));
        }
        List<Activity> activities = d.activities().stream()
                .map(a -> new Activity(a.id(), a.type(), a.subjectId(), later(a.date()), a.days())).toList();
        List<Waiver> waivers = d.waivers().stream()
                .map(w -> new Waiver(w.id(), w.requirementId(), w.subjectId(), w.reason(), w.approver(),
                        later(w.validFrom()), later(w.validUntil()))).toList();
        AssessmentPeriod period = new AssessmentPeriod(later(d.period().start()), later(d.period().end()));
        DistrictData next = new DistrictData(period, d.federations(), d.people(), d.positions(), homes, d.units(),
                buildings, d.activityCentres(), d.womensGroups(), activities, waivers, d.locations());
        return new NextPeriod(next, changes);
    }

    private static LocalDate later(LocalDate day) {
        return day == null ? null : day.plusYears(1);
    }
}
