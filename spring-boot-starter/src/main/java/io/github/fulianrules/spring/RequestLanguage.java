package io.github.fulianrules.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language of the words a request gets back: English when it asks for it (a {@code lang=en}
 * parameter, or English first in {@code Accept-Language}), Chinese otherwise, whatever the
 * server's own locale.
 */
final class RequestLanguage {
    private RequestLanguage() {
    }

    /** {@code en} or {@code zh} for the request being served; {@code zh} outside a request. */
    static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return "zh";
    }

    static String of(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null && !lang.isBlank()) {
            return lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "zh";
        }
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return "zh";
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return !ranges.isEmpty() && ranges.get(0).getRange().startsWith("en") ? "en" : "zh";
        } catch (IllegalArgumentException e) {
            return "zh";
        }
    }
}
