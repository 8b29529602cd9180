package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.input.InputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A messages file read strictly, each message with the line it starts on. */
class MessageFileTest {
    private final List<String> problems = new ArrayList<>();

    private MessageFile read(String text) {
        return MessageFile.read("messages_en.properties", text.getBytes(StandardCharsets.UTF_8),
                (InputException e) -> problems.add(e.getMessage()));
    }

    @Test
    void aMessageContinuedOnTheNextLinesStartsOnItsFirstLine() {
        MessageFile file = read("# comment\n! also a comment\n\na=one \\\n    two \\\n    three\nb=c:\\\\\nc=after\n");

        assertThat(file.entries().values()).extracting(MessageFile.Entry::key, MessageFile.Entry::value, MessageFile.Entry::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "one two three", 4),
                        org.assertj.core.groups.Tuple.tuple("b", "c:\\", 7),
                        org.assertj.core.groups.Tuple.tuple("c", "after", 8));
        assertThat(problems).isEmpty();
    }

    @Test
    void linesMayEndInAWindowsOrAnOldMacLineBreak() {
        MessageFile file = read("a=1\r\nb=2\rc=3");

        assertThat(file.entries().values()).extracting(MessageFile.Entry::line).containsExactly(1, 2, 3);
    }

    @Test
    void aKeyGivenTwiceIsNamedAtTheColumnWhereItStarts() {
        read("  k=1\n  k=2\n");

        assertThat(problems).containsExactly("messages_en.properties:2:3: k: given twice (first on line 1): keep one");
    }

    @Test
    void aBrokenEscapeOnALineThatContinuesAnotherIsNamedAtTheStartOfTheMessage() {
        MessageFile file = read("k=fine \\\n  \\u12\nok=yes\n");

        assertThat(problems).containsExactly("messages_en.properties:1:1: a \\u escape needs four hexadecimal digits"
                + " (e.g. \\u4e00); write the character itself instead");
        assertThat(file.entries()).containsOnlyKeys("ok");
    }

    @Test
    void aColumnIsKnownOnlyWhereTheValueIsWrittenAsItReadsOnTheFirstLine() {
        MessageFile file = read("plain=ab {x}\nescaped=\\u4e00 {x}\nempty=\nnext=\\\n  {x}\n");

        assertThat(file.entries().get("plain").columnAt(3)).isEqualTo(10);
        assertThat(file.entries().get("escaped").columnAt(2)).isEqualTo(1);
        assertThat(file.entries().get("empty").columnAt(0)).isEqualTo(1);
        assertThat(file.entries().get("next").columnAt(0)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotUtf8HasNoMessages() {
        MessageFile file = MessageFile.read("messages_zh.properties", new byte[] {'k', '=', (byte) 0xC7, '\n'}, e -> { });

        assertThat(file.source()).isEqualTo("messages_zh.properties");
        assertThat(file.entries()).isEmpty();
    }

    @Test
    void aBackslashAtTheEndOfTheFileOrAloneOnALineContinuesTheMessage() {
        assertThat(read("a=x \\").entries().get("a").value()).isEqualTo("x ");
        MessageFile file = read("k=a \\\n\\\n  b\nnext=1\n");

        assertThat(file.entries()).containsOnlyKeys("k", "next");
        assertThat(file.entries().get("k").value()).isEqualTo("a b");
        assertThat(file.entries().get("next").line()).isEqualTo(4);
        assertThat(problems).isEmpty();
    }

    @Test
    void aTemplateLongerThanTheLimitIsAProblemAtItsLineAndLeftOut() {
        // Filling a template costs in proportion to its length, at every finding: a 4 MB one is refused.
        String longest = "x".repeat(MessageFile.MAX_TEMPLATE);
        MessageFile file = read("a=" + longest + "\nb=" + longest + "y\n");

        assertThat(file.entries()).containsOnlyKeys("a");
        assertThat(problems).containsExactly("messages_en.properties:2:1: b: the template has 2001 characters, more than the"
                + " 2000 a message may have: shorten it");
    }
}
