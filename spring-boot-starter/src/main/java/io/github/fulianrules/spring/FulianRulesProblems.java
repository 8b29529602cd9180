package io.github.fulianrules.spring;

import io.github.fulianrules.RuleFailureException;
import io.github.fulianrules.RuleLimitException;
import io.github.fulianrules.input.InputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details (RFC 9457) for what the engine refuses: a district that cannot be read is 400
 * with its place ({@code problems}: source, line, column, path, problem); a rule limit or a
 * failing rule is 422. Titles in the request's language (Chinese unless English is asked for).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class FulianRulesProblems {
    private static final String MESSAGES = "io.github.fulianrules.spring.messages";

    /** 400: the district cannot be read. */
    @ExceptionHandler(InputException.class)
    public ProblemDetail input(InputException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle(text(RequestLanguage.of(request), "input.title"));
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("source", e.source());
        place.put("line", e.line());
        place.put("column", e.column());
        place.put("path", e.path());
        place.put("problem", e.problem());
        place.put("message", e.getMessage());
        problem.setProperty("problems", List.of(place));
        return problem;
    }

    /** 422: the rules stopped at a limit (time, facts, firings). */
    @ExceptionHandler(RuleLimitException.class)
    public ProblemDetail limit(RuleLimitException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle(text(RequestLanguage.of(request), "limit.title"));
        return problem;
    }

    /** 422: a rule failed; {@code rule} names it. */
    @ExceptionHandler(RuleFailureException.class)
    public ProblemDetail failure(RuleFailureException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle(text(RequestLanguage.of(request), "failure.title"));
        problem.setProperty("rule", e.rule());
        return problem;
    }

    /** The text {@code key} in {@code language}: {@code en} for English, Chinese otherwise. */
    static String text(String language, String key) {
        return ResourceBundle.getBundle(MESSAGES, "en".equals(language) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
