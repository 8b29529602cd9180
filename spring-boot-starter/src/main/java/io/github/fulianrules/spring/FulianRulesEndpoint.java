package io.github.fulianrules.spring;

import io.github.fulianrules.ReloadableRules;
import io.github.fulianrules.catalogue.RuleInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The actuator endpoint {@value #ID}: read ({@code GET /actuator/fulianrules}) shows the loaded rule
 * set (name, digest, rules with their requirement, file and line, the last reload); write
 * ({@code POST}) reloads the rules from {@code fulian.rules.location} and says whether the new
 * rules are served, or why not. Exposed like any endpoint
 * ({@code management.endpoints.web.exposure.include=health,fulianrules}).
 */
@Endpoint(id = FulianRulesEndpoint.ID)
public class FulianRulesEndpoint {
    /** The endpoint's id. */
    public static final String ID = "fulianrules";

    private final FulianRulesService service;

    public FulianRulesEndpoint(FulianRulesService service) {
        this.service = service;
    }

    /** The loaded rule set. */
    @ReadOperation
    public Map<String, Object> ruleSet() {
        Map<String, Object> view = service.details();
        List<Map<String, Object>> rules = service.engine().rules().stream().map(FulianRulesEndpoint::rule).toList();
        view.put("ruleList", rules);
        return view;
    }

    /** Reloads the rules; the bundled rules never change, which the answer says. */
    @WriteOperation
    public Map<String, Object> reload() {
        Map<String, Object> answer = new LinkedHashMap<>();
        if (!service.reloadable()) {
            answer.put("reloaded", false);
            answer.put("problems", List.of("the bundled rules never change: set fulian.rules.location to reload"));
            return answer;
        }
        ReloadableRules.Outcome outcome = service.reload();
        answer.put("reloaded", outcome.reloaded());
        answer.put("problems", outcome.problems());
        answer.putAll(service.details());
        return answer;
    }

    private static Map<String, Object> rule(RuleInfo info) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("name", info.name());
        rule.put("requirement", info.requirementId());
        rule.put("clause", info.clause());
        rule.put("strength", info.strength());
        rule.put("file", info.file());
        rule.put("line", info.line());
        return rule;
    }
}
