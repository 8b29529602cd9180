package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.rulesupport.Limits;
import io.github.fulianrules.verify.RuleVerifier;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The budget inside one call of rule code: code that would never end, written in bytecode as the
 * verifier would refuse it (a loop), is stopped at its deadline or at its ceiling of steps once
 * instrumented; texts and collections whose size rule code chooses are bounded as they are made;
 * and a rule set's own code cannot call the budget.
 */
class RuleInstrumenterTest {
    private static final String NAME = "io/github/fulianrules/rules/Spin";

    /** A class {@code Spin} with one {@code static Object run()} whose code {@code body} writes. */
    private static byte[] spin(Consumer<MethodVisitor> body) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, NAME, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()Ljava/lang/Object;", null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** {@code while (true) { }} */
    private static byte[] forever() {
        return spin(mv -> {
            Label top = new Label();
            mv.visitLabel(top);
            mv.visitJumpInsn(Opcodes.GOTO, top);
            mv.visitInsn(Opcodes.ACONST_NULL);
        });
    }

    /** Defines {@code bytes} instrumented, in a loader of its own, and calls {@code run()}. */
    private static Object run(byte[] bytes) throws Throwable {
        byte[] instrumented = RuleInstrumenter.instrument(bytes);
        Class<?> type = new ClassLoader(RuleInstrumenterTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(NAME.replace('/', '.'), instrumented, 0, instrumented.length);
            }
        }.define();
        Method run = type.getMethod("run");
        try {
            return run.invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void aLoopThatNeverEndsStopsAtTheDeadlineTheTimeoutAndAsLongAgainUpToASecond() {
        long start = System.nanoTime();
        try (EvaluationBudget budget = EvaluationBudget.open(Duration.ofMillis(300), EvaluationBudget.MAX_STEPS)) {
            assertThatThrownBy(() -> run(forever())).isInstanceOf(EvaluationBudget.Exceeded.class)
                    .hasMessage("still running after 600 ms");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aLoopThatNeverEndsStopsAtTheCeilingOfStepsWithoutADeadline() {
        try (EvaluationBudget budget = EvaluationBudget.open(null, 1_000_000)) {
            assertThatThrownBy(() -> run(forever())).isInstanceOf(EvaluationBudget.Exceeded.class)
                    .hasMessage("took more than 1000000 steps");
        }
    }

    @Test
    void theBudgetOfAnInnerCallEndsWithItAndTheOuterOneHoldsAgain() {
        try (EvaluationBudget outer = EvaluationBudget.open(null, 1_000_000)) {
            try (EvaluationBudget inner = EvaluationBudget.open(Duration.ofMillis(100), EvaluationBudget.MAX_STEPS)) {
                assertThatThrownBy(() -> run(forever())).hasMessage("still running after 200 ms");
            }
            assertThatThrownBy(() -> run(forever())).hasMessage("took more than 1000000 steps");
        }
    }

    @Test
    void outsideAnEvaluationATickDoesNothing() throws Throwable {
        assertThat(run(spin(mv -> mv.visitLdcInsn("done")))).isEqualTo("done");
    }

    @Test
    void aTextBeyondTheLimitIsRefusedAsItIsMade() throws Throwable {
        // "x".repeat(n) is not on the allow-list; String.concat is, and doubles a text at each call.
        Consumer<MethodVisitor> doubling = mv -> {
            mv.visitLdcInsn("0123456789abcdef");
            for (int i = 0; i < 20; i++) {   // 16 << 20 characters: more than Limits.MAX_TEXT
                mv.visitInsn(Opcodes.DUP);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
            }
        };
        assertThatThrownBy(() -> run(spin(doubling))).isInstanceOf(EvaluationBudget.Exceeded.class)
                .hasMessage("made a text of 1048576 characters, more than " + Limits.MAX_TEXT);
        StringBuilder ok = new StringBuilder();
        assertThat(run(spin(mv -> {
            mv.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
            mv.visitInsn(Opcodes.DUP);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
            mv.visitLdcInsn("a");
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
        })).toString()).isEqualTo(ok.append("a").toString());
    }

    @Test
    void aCollectionMadeOfCollectionsIsRefusedAsItIsMade() throws Throwable {
        // List.of(List.of(), List.of()): nested lists of shared parts hash in time exponential in their depth.
        Consumer<MethodVisitor> nested = mv -> {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/List", "of", "()Ljava/util/List;", true);
            mv.visitInsn(Opcodes.DUP);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/List", "of", "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/util/List;", true);
        };
        assertThatThrownBy(() -> run(spin(nested))).isInstanceOf(EvaluationBudget.Exceeded.class)
                .hasMessageStartingWith("made a collection that holds a collection");
        Consumer<MethodVisitor> map = mv -> {
            mv.visitLdcInsn("k");
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/List", "of", "()Ljava/util/List;", true);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Map", "of", "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/util/Map;", true);
        };
        assertThatThrownBy(() -> run(spin(map))).isInstanceOf(EvaluationBudget.Exceeded.class);
        assertThat(run(spin(mv -> {
            mv.visitLdcInsn("a");
            mv.visitLdcInsn("b");
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/List", "of", "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/util/List;", true);
        }))).isEqualTo(List.of("a", "b"));
    }

    @Test
    void aSearchThatWouldCompareTooManyCharactersIsRefusedAndASmallOneSearches() throws Throwable {
        // "a" x 20,000 searched for "a" x 10,000 + "b": 10,000 positions, 10,000 characters compared at each
        Consumer<MethodVisitor> search = mv -> {
            mv.visitLdcInsn("a".repeat(20_000));
            mv.visitLdcInsn("a".repeat(10_000) + "b");
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "contains", "(Ljava/lang/CharSequence;)Z", false);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
        };
        assertThatThrownBy(() -> run(spin(search))).isInstanceOf(EvaluationBudget.Exceeded.class)
                .hasMessage("searched a text of 20000 characters for one of 10001, which may compare more than 100000000 characters");
        assertThat(run(spin(mv -> {
            mv.visitLdcInsn("区妇联");
            mv.visitLdcInsn("妇联");
            mv.visitLdcInsn("女");
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "replace",
                    "(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/lang/String;", false);
        }))).isEqualTo("区女");
    }

    @Test
    void aRuleSetsOwnCodeCannotCallTheBudget() {
        for (String[] call : List.of(new String[] {"io/github/fulianrules/verify/Budget", "tick", "()V"},
                new String[] {"io/github/fulianrules/internal/EvaluationBudget", "spend", "(I)V"})) {
            byte[] bytes = spin(mv -> {
                mv.visitInsn(Opcodes.ICONST_0);
                if (call[2].equals("()V")) {
                    mv.visitInsn(Opcodes.POP);
                }
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, call[0], call[1], call[2], false);
                mv.visitInsn(Opcodes.ACONST_NULL);
            });
            assertThat(RuleVerifier.standard().verify(Map.of(NAME + ".class", bytes)))
                    .as(call[0] + "." + call[1]).extracting(RuleVerifier.Problem::name)
                    .contains(call[0].replace('/', '.') + "." + call[1]);
        }
    }
}
