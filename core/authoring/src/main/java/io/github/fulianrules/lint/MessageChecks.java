package io.github.fulianrules.lint;

import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.internal.CatalogueFiles;
import io.github.fulianrules.internal.CatalogueFiles.Located;
import io.github.fulianrules.internal.FindingAssembler;
import io.github.fulianrules.internal.MessageFile;
import io.github.fulianrules.internal.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The messages against what uses them: every requirement of the catalogue and every {@code DATA}
 * code a rule gives has a message and a remedy in each language; every placeholder of a message is
 * one its finding fills; every message is used by something. Without this, a new requirement's
 * finding reads {@code FL-2.3c: qx 0 / 2} as message and again as remedy.
 */
final class MessageChecks {
    private static final Pattern KEY = Pattern.compile("(.+?)\\.(message|remedy)(\\.[A-Z0-9_]+)?");

    private MessageChecks() {
    }

    /**
     * A {@code DATA} code a rule gives.
     *
     * @param code   the code
     * @param file   the rule's file
     * @param line   where the code is written
     * @param column where the code is written
     */
    private record Code(String code, String file, int line, int column) {
    }

    /** Every problem of the messages; {@code name} gives a data file's name as lint prints it. */
    static List<Problem> check(CatalogueFiles.DataFiles data, List<ParsedDrl> files, UnaryOperator<String> name) {
        return check(data, files, name, Locale.ENGLISH);
    }

    /** As {@link #check(CatalogueFiles.DataFiles, List, UnaryOperator)}, told in the language of {@code locale}. */
    static List<Problem> check(CatalogueFiles.DataFiles data, List<ParsedDrl> files, UnaryOperator<String> name,
                               Locale locale) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Code> codes = codesGiven(files);
        Set<String> ids = data.requirements().stream().map(r -> r.value().id()).collect(Collectors.toSet());
        Set<String> parameters = data.parameters().stream().map(p -> p.value().name()).collect(Collectors.toSet());
        for (MessageFile messages : List.of(data.zh(), data.en())) {
            String file = name.apply(messages.source());
            if (messages.entries().isEmpty()) {
                continue; // missing or unreadable: said already
            }
            for (Located<Requirement> r : data.requirements()) {
                String missing = missing(messages, r.value().id(), locale);
                if (!missing.isEmpty()) {
                    problems.add(new Problem(CatalogueFiles.CATALOGUE, r.line(), r.column(),
                            Words.say(locale, "messageMissing", r.path(), r.value().id(), missing, file)));
                }
            }
            for (Code c : codes.values()) {
                String missing = missing(messages, "DATA." + c.code(), locale);
                if (!missing.isEmpty()) {
                    problems.add(new Problem(c.file(), c.line(), c.column(),
                            Words.say(locale, "dataMessageMissing", c.code(), missing, file)));
                }
            }
            for (MessageFile.Entry e : messages.entries().values()) {
                problems.addAll(entry(e, file, ids, codes.keySet(), parameters, locale));
            }
        }
        return problems;
    }

    private static String missing(MessageFile messages, String base, Locale locale) {
        return List.of(base + ".message", base + ".remedy").stream().filter(k -> !messages.entries().containsKey(k))
                .collect(Collectors.joining(Words.say(locale, "and")));
    }

    /** The problems of one message entry; a message may also name any parameter, whose value in force it shows. */
    private static List<Problem> entry(MessageFile.Entry e, String file, Set<String> ids, Set<String> codes,
                                       Set<String> parameters, Locale locale) {
        if (e.key().startsWith("token.")) {
            return List.of();
        }
        Matcher key = KEY.matcher(e.key());
        String unused = null;
        List<String> fills = null;
        if (!key.matches()) {
            unused = Words.say(locale, "notAMessageKey", e.key());
        } else if (ids.contains(key.group(1))) {
            fills = FindingAssembler.REQUIREMENT_PLACEHOLDERS;
        } else if (key.group(1).startsWith("DATA.")) {
            String code = key.group(1).substring("DATA.".length());
            if (codes.contains(code) || FindingAssembler.ENGINE_DATA_CODES.contains(code)) {
                fills = FindingAssembler.DATA_PLACEHOLDERS;
            } else {
                unused = meant(code, codes).map(m -> Words.say(locale, "unusedDataCodeGuess", e.key(), code, m))
                        .orElseGet(() -> Words.say(locale, "unusedDataCode", e.key(), code));
            }
        } else {
            String id = key.group(1);
            unused = meant(id, ids).map(m -> Words.say(locale, "unusedRequirementGuess", e.key(), id, CatalogueFiles.CATALOGUE, m))
                    .orElseGet(() -> Words.say(locale, "unusedRequirement", e.key(), id, CatalogueFiles.CATALOGUE));
        }
        List<Problem> problems = new ArrayList<>();
        if (unused != null) {
            problems.add(new Problem(file, e.line(), 1, unused));
            return problems;
        }
        List<Messages.Placeholder> placeholders = Messages.placeholders(e.value());
        for (Messages.Placeholder p : placeholders) {
            if (fills.contains(p.name()) || parameters.contains(p.name())) {
                continue;
            }
            List<String> known = new ArrayList<>(fills);
            known.addAll(parameters);
            String nearest = known.stream().min(Comparator.comparingInt(k -> DerivedFactKeys.distance(k, p.name())))
                    .filter(k -> DerivedFactKeys.distance(k, p.name()) <= 2).orElse(null);
            problems.add(new Problem(file, e.line(), e.columnAt(p.offset()), nearest != null
                    ? Words.say(locale, "unknownPlaceholderGuess", e.key(), p.text(), nearest)
                    : Words.say(locale, "unknownPlaceholder", e.key(), p.text(),
                            fills.stream().map(f -> "{" + f + "}").collect(Collectors.joining(", ")))));
        }
        Set<Integer> starts = placeholders.stream().map(Messages.Placeholder::offset).collect(Collectors.toSet());
        for (int i = e.value().indexOf('{'); i >= 0; i = e.value().indexOf('{', i + 1)) {
            if (!starts.contains(i)) {
                problems.add(new Problem(file, e.line(), e.columnAt(i), Words.say(locale, "strayBrace", e.key())));
            }
        }
        return problems;
    }

    /**
     * The one of {@code known} nearest {@code written}, when it is near and no other is as near
     * (FL-2.3d is as near FL-2.3a as FL-2.3c: no guess); else nothing.
     */
    private static Optional<String> meant(String written, Set<String> known) {
        int nearest = known.stream().mapToInt(k -> DerivedFactKeys.distance(k, written)).min().orElse(Integer.MAX_VALUE);
        List<String> at = known.stream().filter(k -> DerivedFactKeys.distance(k, written) == nearest).toList();
        return nearest <= 2 && at.size() == 1 ? Optional.of(at.get(0)) : Optional.empty();
    }

    /** The {@code DATA} codes the rules give ({@code new DataIssue("CODE", …)}), each where it is first written. */
    private static Map<String, Code> codesGiven(List<ParsedDrl> files) {
        Map<String, Code> codes = new LinkedHashMap<>();
        for (ParsedDrl file : files) {
            for (ParsedDrl.Rule rule : file.rules()) {
                for (ObjectCreationExpr c : rule.creations("DataIssue")) {
                    if (!c.getArguments().isEmpty() && c.getArgument(0) instanceof StringLiteralExpr s) {
                        int at = file.source().text().indexOf("\"" + s.asString() + "\"", rule.offset());
                        int offset = at < 0 ? rule.offset() : at;
                        codes.putIfAbsent(s.asString(), new Code(s.asString(), file.source().file(),
                                file.source().lineOf(offset), file.source().columnOf(offset)));
                    }
                }
            }
        }
        return codes;
    }
}
