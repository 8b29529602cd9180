package io.github.fulianrules.examples.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.RequirementScore;
import io.github.fulianrules.report.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Evaluates one partition of district lines with this JVM's engine, one row per line: the district's findings and
 * scores, or why the line could not be checked. Rows come out one at a time as Spark asks for them, so a partition
 * holds one district in memory at a time, whatever its size.
 */
final class DistrictOutcomes implements FlatMapFunction<Iterator<DistrictLine>, Row> {
    private static final long serialVersionUID = 1L;

    /** One finding, as in {@link Finding}. */
    static final StructType FINDING = new StructType()
            .add("requirement", StringType, false)
            .add("code", StringType)
            .add("clause", StringType)
            .add("strength", StringType)
            .add("kind", StringType)
            .add("subject", StringType)
            .add("subject_type", StringType)
            .add("waived", BooleanType, false)
            .add("waiver_reason", StringType)
            .add("measured", StringType)
            .add("required", StringType)
            .add("gap", LongType, false)
            .add("details", createArrayType(StringType, false))
            .add("message_zh", StringType)
            .add("message_en", StringType)
            .add("remedy_zh", StringType)
            .add("remedy_en", StringType);

    /** How one requirement fared in the whole district, as in {@link RequirementScore}. */
    static final StructType SCORE = new StructType()
            .add("requirement", StringType, false)
            .add("checked", IntegerType, false)
            .add("met", IntegerType, false)
            .add("waived", IntegerType, false)
            .add("rate", DoubleType, false);

    /** One line of input: a district checked ({@code error} null) or a line that could not be. */
    static final StructType SCHEMA = new StructType()
            .add("input_file", StringType, false)
            .add("line", LongType, false)
            .add("district", StringType)
            .add("period_start", DateType)
            .add("period_end", DateType)
            .add("findings", createArrayType(FINDING, false), false)
            .add("scores", createArrayType(SCORE, false), false)
            .add("error", StringType);

    private final EngineSettings settings;

    DistrictOutcomes(EngineSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<DistrictLine> lines) {
        FulianRules engine = ExecutorEngine.of(settings);
        return new Iterator<>() {
            private DistrictLine next;

            @Override
            public boolean hasNext() {
                while (next == null && lines.hasNext()) {
                    DistrictLine line = lines.next();
                    if (!DistrictReader.isBlank(line.json())) {
                        next = line;
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                DistrictLine line = next;
                next = null;
                return outcome(engine, line);
            }
        };
    }

    /** The row of one line: as {@code check FILE.jsonl} checks it, its error message the one the CLI prints. */
    static Row outcome(FulianRules engine, DistrictLine line) {
        DistrictData data;
        try {
            data = DistrictReader.readLine(line.json(), line.source(), line.line());
        } catch (InputException e) {
            return error(line, e.getMessage());
        }
        try {
            return checked(line, engine.evaluate(data));
        } catch (FulianRulesException e) {
            // A rule-set limit (RuleLimitException) or another refusal of the engine: this district only.
            return error(line, line.source() + ":" + line.line() + ": " + e.getMessage());
        }
    }

    private static Row checked(DistrictLine line, Report report) {
        List<Row> findings = new ArrayList<>(report.findings().size());
        for (Finding f : report.findings()) {
            findings.add(RowFactory.create(f.requirementId(), f.code(), f.clause(),
                    f.strength() == null ? null : f.strength().name(), f.kind() == null ? null : f.kind().name(),
                    f.subjectId(), f.subjectType(), f.waived(), f.waiverReason(), f.measured(), f.required(), f.gap(),
                    seq(f.details()), zh(f.message()), en(f.message()), zh(f.remedy()), en(f.remedy())));
        }
        List<Row> scores = new ArrayList<>(report.summary().scores().size());
        for (RequirementScore s : report.summary().scores().values()) {
            scores.add(RowFactory.create(s.requirementId(), s.checked(), s.met(), s.waived(), s.ratePercent()));
        }
        LocalDate start = report.period() == null ? null : report.period().start();
        LocalDate end = report.period() == null ? null : report.period().end();
        return RowFactory.create(line.source(), line.line(), report.districtId(), start, end, seq(findings), seq(scores),
                null);
    }

    private static Row error(DistrictLine line, String message) {
        return RowFactory.create(line.source(), line.line(), null, null, null, seq(List.of()), seq(List.of()), message);
    }

    /** An array value of a row as Spark's row encoder takes it: a Scala sequence. */
    private static <T> Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toSeq();
    }

    private static String zh(Text text) {
        return text == null ? null : text.zh();
    }

    private static String en(Text text) {
        return text == null ? null : text.en();
    }
}
