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
                String missing = missing(messages, r.value().id());
                if (!missing.isEmpty()) {
                    problems.add(new Problem(CatalogueFiles.CATALOGUE, r.line(), r.column(), r.path() + ".id: "
                            + r.value().id() + " has no " + missing + " in " + file));
                }
            }
            for (Code c : codes.values()) {
                String missing = missing(messages, "DATA." + c.code());
                if (!missing.isEmpty()) {
                    problems.add(new Problem(c.file(), c.line(), c.column(), "DATA code " + c.code() + " has no "
                            + missing + " in " + file));
                }
            }
            for (MessageFile.Entry e : messages.entries().values()) {
                problems.addAll(entry(e, file, ids, codes.keySet(), parameters));
            }
        }
        return problems;
    }

    private static String missing(MessageFile messages, String base) {
        return List.of(base + ".message", base + ".remedy").stream().filter(k -> !messages.entries().containsKey(k))
                .collect(Collectors.joining(" and "));
    }

    /** The problems of one message entry; a message may also name any parameter, whose value in force it shows. */
    private static List<Problem> entry(MessageFile.Entry e, String file, Set<String> ids, Set<String> codes,
                                       Set<String> parameters) {
        if (e.key().startsWith("token.")) {
            return List.of();
        }
        Matcher key = KEY.matcher(e.key());
        String unused = null;
        List<String> fills = null;
        if (!key.matches()) {
            unused = "not a message key, so nothing uses it (keys are ID.message, ID.remedy, DATA.CODE.message,"
                    + " DATA.CODE.remedy, each with an optional .VARIANT, and token.WORD)";
        } else if (ids.contains(key.group(1))) {
            fills = FindingAssembler.REQUIREMENT_PLACEHOLDERS;
        } else if (key.group(1).startsWith("DATA.")) {
            String code = key.group(1).substring("DATA.".length());
            if (codes.contains(code) || FindingAssembler.ENGINE_DATA_CODES.contains(code)) {
                fills = FindingAssembler.DATA_PLACEHOLDERS;
            } else {
                unused = "nothing uses it: no rule gives DATA code " + code + meant(code, codes);
            }
        } else {
            unused = "nothing uses it: " + key.group(1) + " is not in " + CatalogueFiles.CATALOGUE + meant(key.group(1), ids);
        }
        List<Problem> problems = new ArrayList<>();
        if (unused != null) {
            problems.add(new Problem(file, e.line(), 1, e.key() + ": " + unused));
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
            problems.add(new Problem(file, e.line(), e.columnAt(p.offset()), e.key() + ": unknown placeholder " + p.text()
                    + (nearest != null ? " (did you mean {" + nearest + "}?)"
                    : " (its finding fills " + fills.stream().map(f -> "{" + f + "}").collect(Collectors.joining(", "))
                    + " and the parameters by name)")));
        }
        Set<Integer> starts = placeholders.stream().map(Messages.Placeholder::offset).collect(Collectors.toSet());
        for (int i = e.value().indexOf('{'); i >= 0; i = e.value().indexOf('{', i + 1)) {
            if (!starts.contains(i)) {
                problems.add(new Problem(file, e.line(), e.columnAt(i), e.key() + ": a { that opens no placeholder"
                        + " (write {name}, or {name|one|other} for a word that follows a number)"));
            }
        }
        return problems;
    }

    /**
     * {@code " (did you mean X?)"} for the one of {@code known} nearest {@code written}, when it is
     * near and no other is as near (FL-2.3d is as near FL-2.3a as FL-2.3c: no guess); else nothing.
     */
    private static String meant(String written, Set<String> known) {
        int nearest = known.stream().mapToInt(k -> DerivedFactKeys.distance(k, written)).min().orElse(Integer.MAX_VALUE);
        List<String> at = known.stream().filter(k -> DerivedFactKeys.distance(k, written) == nearest).toList();
        return nearest <= 2 && at.size() == 1 ? " (did you mean " + at.get(0) + "?)" : "";
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
