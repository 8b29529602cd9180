package io.github.fulianrules.examples.boot;

import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.spring.FulianRulesService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/check}: a district in (JSON, or a workbook with
 * {@code Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}), its
 * report out as the {@code Accept} header asks: JSON (as {@code check --format json} writes it),
 * HTML, CSV or a workbook. A district that cannot be read is answered 400 with its place.
 */
@RestController
class CheckApi {
    private final FulianRulesService rules;

    CheckApi(FulianRulesService rules) {
        this.rules = rules;
    }

    @PostMapping("/api/check")
    Report check(@RequestBody DistrictData district) {
        return rules.evaluate(district);
    }
}
