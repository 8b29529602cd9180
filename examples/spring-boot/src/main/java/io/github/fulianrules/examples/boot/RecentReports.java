package io.github.fulianrules.examples.boot;

import io.github.fulianrules.report.Report;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The reports of the last uploads, for their downloads: in memory only, the oldest dropped past
 * {@value #KEPT}, by an id nobody can guess.
 */
@Component
class RecentReports {
    static final int KEPT = 50;

    private final Map<String, Report> reports = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Report> eldest) {
            return size() > KEPT;
        }
    };

    synchronized String keep(Report report) {
        String id = UUID.randomUUID().toString();
        reports.put(id, report);
        return id;
    }

    synchronized Optional<Report> get(String id) {
        return Optional.ofNullable(reports.get(id));
    }
}
