package io.github.fulianrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Requirement IDs sort by task and number, not as text; DATA comes last. */
class RequirementIdsTest {
    @Test
    void idsSortByTaskThenNumberThenLetter() {
        List<String> ids = new ArrayList<>(List.of("DATA", "zzz", "FL-4.1e", "FL-2.10a", "FL-2.4b", "FL-2.4a", "FL-10.1a",
                "abc", "FL-4.1a"));

        ids.sort(RequirementIds.ORDER);

        assertThat(ids).containsExactly("FL-2.4a", "FL-2.4b", "FL-2.10a", "FL-4.1a", "FL-4.1e", "FL-10.1a", "abc", "zzz", "DATA");
        assertThat(RequirementIds.ORDER.compare("FL-2.4a", "FL-2.4a")).isZero();
        assertThat(RequirementIds.ORDER.compare("DATA", "DATA")).isZero();
        assertThat(RequirementIds.ORDER.compare("abc", "DATA")).isNegative();
    }

    @Test
    void wellFormedIds() {
        assertThat(RequirementIds.isWellFormed("FL-2.4a")).isTrue();
        assertThat(RequirementIds.isWellFormed("FL-2.4")).isFalse();
        assertThat(RequirementIds.isWellFormed("DATA")).isFalse();
        assertThat(RequirementIds.isWellFormed(null)).isFalse();
    }

    /** Found by the catalogue fuzzer: a number longer than an int made the order throw. */
    @Test
    void numbersLongerThanAnIntAreOrderedByValue() {
        assertThat(Stream.of("FL-99999999999999999999.1a", "FL-2.10a", "FL-0010.1a", "FL-9.1a")
                .sorted(RequirementIds.ORDER).toList())
                .containsExactly("FL-2.10a", "FL-9.1a", "FL-0010.1a", "FL-99999999999999999999.1a");
    }

    /** The order as a regular expression says it, which the comparator reads without one: both agree on every pair. */
    @Test
    void sameOrderAsTheRegularExpression() {
        Pattern id = Pattern.compile("FL-(\\d+)\\.(\\d+)([a-z]+)");
        Comparator<String> numbers = Comparator.comparing((String n) -> n.replaceFirst("^0+(?=.)", ""),
                Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        Comparator<String> reference = (a, b) -> {
            Matcher ma = id.matcher(a);
            Matcher mb = id.matcher(b);
            if (ma.matches() && mb.matches()) {
                int c = numbers.compare(ma.group(1), mb.group(1));
                c = c != 0 ? c : numbers.compare(ma.group(2), mb.group(2));
                return c != 0 ? c : ma.group(3).compareTo(mb.group(3));
            }
            if (ma.matches() != mb.matches()) {
                return ma.matches() ? -1 : 1;
            }
            if (a.equals("DATA") != b.equals("DATA")) {
                return a.equals("DATA") ? 1 : -1;
            }
            return a.compareTo(b);
        };
        Random random = new Random(13);
        String alphabet = "FL-.0123456789azAZ_";
        List<String> ids = new ArrayList<>(List.of("DATA", "FL-", "FL-1.", "FL-1.1", "FL-.1a", "FL-1.a", "FL-01.1a", "FL-1.01a",
                "FL-0.0a", "FL-00.0ab", "FL-1.1A", "FL-1.1a1", "fl-1.1a", ""));
        for (int i = 0; i < 200; i++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "FL-" : "");
            for (int n = random.nextInt(7); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ids.add(s.toString());
            ids.add("FL-" + random.nextInt(12) + "." + random.nextInt(12) + "abc".substring(random.nextInt(3)));
        }
        for (String a : ids) {
            assertThat(RequirementIds.isWellFormed(a)).as(a).isEqualTo(id.matcher(a).matches());
            for (String b : ids) {
                assertThat(Integer.signum(RequirementIds.ORDER.compare(a, b))).as(a + " vs " + b)
                        .isEqualTo(Integer.signum(reference.compare(a, b)));
            }
        }
    }
}
