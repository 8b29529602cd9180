package io.github.fulianrules.examples.embed;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Report;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A host program that uses the engine through its public API only: build the engine once, give it
 * a district's facts (read from a file, or built in code), and act on the findings.
 *
 * <pre>
 * java -cp fulian-rules-cli.jar io.github.fulianrules.examples.embed.EmbeddingExample [district.json]
 * </pre>
 *
 * <p>Without an argument it checks a small district built in code: three part-time vice-chairs
 * where the plan asks for at least four in principle (FL-2.4a).
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        System.exit(run(args.length > 0 ? Path.of(args[0]) : null, System.out));
    }

    /** Checks {@code file}, or the district built in code when it is {@code null}; returns 1 on open violations. */
    public static int run(Path file, PrintStream out) {
        // 1. One engine for the whole program: it is immutable and thread-safe.
        FulianRules engine = FulianRules.bundled();

        // 2. The facts: from a file in the documented JSON format, or built in code.
        DistrictData district = file != null ? DistrictReader.read(file) : smallDistrict();

        // 3. Evaluate and use the report.
        Report report = engine.evaluate(district);
        out.printf("%s: %d findings, %d open violations%n", report.districtId(), report.findings().size(),
                report.summary().openViolations());
        for (Finding f : report.findings()) {
            // A requirement's finding cites its clause; a data finding (requirement DATA) says what is wrong instead.
            String what = f.code() == null ? f.requirementId() + " " + f.clause() : f.requirementId() + " " + f.code();
            out.printf("%s %s %s: %s -> %s%n", f.kind(), what, f.subjectId(), f.message().en(), f.remedy().en());
        }
        return report.hasOpenViolations() ? 1 : 0;
    }

    /** A district federation with three women as part-time vice-chairs and a year's party work on record. */
    static DistrictData smallDistrict() {
        DistrictData.Builder b = DistrictData.builder(AssessmentPeriod.year(2025))
                .add(new Federation("demo", Level.DISTRICT, "示例区妇联", null, null));
        for (String id : new String[] {"vc1", "vc2", "vc3"}) {
            b.add(Person.woman(id).asOutstandingRepresentative())
                    .add(new Position(id, "demo", Role.PART_TIME_VICE_CHAIR))
                    .add(new Position(id, "demo", Role.EXECUTIVE_MEMBER));
        }
        b.add(Activity.on("r1", ActivityType.REFORM_REPORT, "demo", LocalDate.of(2025, 6, 30)))
                .add(Activity.on("r2", ActivityType.REFORM_REPORT, "demo", LocalDate.of(2025, 12, 15)));
        return b.build();
    }
}
