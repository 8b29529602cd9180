package io.github.fulianrules.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The verifier on classes written here with ASM, each shaped as the executable model's lambda
 * class for a consequence: what an analyst's code may use, and the ways around a member list that
 * the bytecode allows (a member inherited from the JDK, a loop, an array sized at run time, …).
 */
class RuleVerifierTest {
    private static final String CONSEQUENCE = "io/github/fulianrules/rules/P00/LambdaConsequence00";
    private static final String RULES = "io/github/fulianrules/rules/Rules00RuleMethods0";

    /** A consequence class whose {@code execute(Drools, Federation)} has the code {@code body} writes. */
    private static byte[] consequence(String name, Consumer<MethodVisitor> body) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, name, null, "java/lang/Object",
                new String[] {"org/drools/model/functions/Block2"});
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "execute",
                "(Lorg/drools/model/Drools;Lio/github/fulianrules/model/Federation;)V", null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** A rule builder {@code rule_x()} that names rule {@code rule} and uses {@link #CONSEQUENCE}. */
    private static byte[] builder(String rule) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, RULES, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "rule_x", "()Ljava/lang/Object;", null, null);
        mv.visitCode();
        mv.visitLdcInsn("io.github.fulianrules.rules");
        mv.visitLdcInsn(rule);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "org/drools/modelcompiler/dsl/pattern/D", "rule",
                "(Ljava/lang/String;Ljava/lang/String;)Lorg/drools/model/impl/RuleBuilder;", false);
        mv.visitInsn(Opcodes.POP);
        mv.visitTypeInsn(Opcodes.NEW, CONSEQUENCE);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static List<RuleVerifier.Problem> verify(Consumer<MethodVisitor> body) {
        return RuleVerifier.standard().verify(Map.of(CONSEQUENCE + ".class", consequence(CONSEQUENCE, body),
                RULES + ".class", builder("FL-9.9z evil")));
    }

    private static void call(MethodVisitor mv, int opcode, String owner, String name, String desc) {
        mv.visitMethodInsn(opcode, owner, name, desc, opcode == Opcodes.INVOKEINTERFACE);
    }

    @Test
    void aConsequenceThatReadsTheFactModelAndInsertsAnAssessmentIsAllowed() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            call(mv, Opcodes.INVOKEVIRTUAL, "io/github/fulianrules/model/Federation", "id", "()Ljava/lang/String;");
            call(mv, Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I");
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.ACONST_NULL);
            call(mv, Opcodes.INVOKEINTERFACE, "org/drools/model/Drools", "insert", "(Ljava/lang/Object;)V");
        });

        assertThat(problems).isEmpty();
    }

    @Test
    void aMemberAFactInheritsFromTheJdkIsResolvedToItsDeclaringClass() {
        // $f.getClass() names Federation.getClass, which is Object.getClass: not listed.
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            call(mv, Opcodes.INVOKEVIRTUAL, "io/github/fulianrules/model/Federation", "getClass", "()Ljava/lang/Class;");
            mv.visitInsn(Opcodes.POP);
        });

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("FL-9.9z evil");
            assertThat(p.name()).isEqualTo("io.github.fulianrules.model.Federation.getClass");
            assertThat(p.message()).contains("not on the allow-list");
        });
    }

    @Test
    void aJdkMemberThatIsNotListedIsRefused() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitLdcInsn("HOME");
            call(mv, Opcodes.INVOKESTATIC, "java/lang/System", "getenv", "(Ljava/lang/String;)Ljava/lang/String;");
            mv.visitInsn(Opcodes.POP);
        });

        assertThat(problems).extracting(RuleVerifier.Problem::name).containsExactly("java.lang.System.getenv");
    }

    @Test
    void aMemberOfTheGeneratorsListIsRefusedInAnAnalystsCode() {
        // System.arraycopy is written by the generator (an enum's values()), not allowed in a consequence.
        List<RuleVerifier.Problem> problems = verify(mv -> {
            for (int i = 0; i < 5; i++) {
                mv.visitInsn(i % 2 == 0 ? Opcodes.ACONST_NULL : Opcodes.ICONST_0);
            }
            call(mv, Opcodes.INVOKESTATIC, "java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V");
        });

        assertThat(problems).extracting(RuleVerifier.Problem::name).containsExactly("java.lang.System.arraycopy");
    }

    @Test
    void aBackwardJumpIsALoopAndIsRefused() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            Label top = new Label();
            mv.visitLabel(top);
            mv.visitJumpInsn(Opcodes.GOTO, top);
        });

        assertThat(problems).extracting(RuleVerifier.Problem::name).contains("loop");
    }

    @Test
    void anArrayOfAConstantSizeIsAllowedAndOneSizedAtRunTimeIsRefused() {
        List<RuleVerifier.Problem> constant = verify(mv -> {
            mv.visitIntInsn(Opcodes.BIPUSH, 20);
            mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/String");
            mv.visitInsn(Opcodes.POP);
        });
        List<RuleVerifier.Problem> computed = verify(mv -> {
            mv.visitLdcInsn(Integer.MAX_VALUE - 8);
            mv.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_LONG);
            mv.visitInsn(Opcodes.POP);
        });

        assertThat(constant).isEmpty();
        assertThat(computed).extracting(RuleVerifier.Problem::name).containsExactly("array");
    }

    @Test
    void aCallBackIntoItselfIsRecursionAndIsRefused() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.ACONST_NULL);
            call(mv, Opcodes.INVOKEVIRTUAL, CONSEQUENCE, "execute",
                    "(Lorg/drools/model/Drools;Lio/github/fulianrules/model/Federation;)V");
        });

        assertThat(problems).extracting(RuleVerifier.Problem::name).contains("recursion");
    }

    @Test
    void aLockAndAFieldWriteAreRefused() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            mv.visitInsn(Opcodes.MONITORENTER);
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitFieldInsn(Opcodes.PUTSTATIC, "io/github/fulianrules/rulesupport/Param", "x", "Ljava/lang/Object;");
        });

        assertThat(problems).extracting(RuleVerifier.Problem::name)
                .contains("synchronized", "io.github.fulianrules.rulesupport.Param.x");
    }

    @Test
    void aClassOutsideTheRulesPackageIsRefusedEvenInAnAllowedPackage() {
        // A class of the rule set named as the fact model's would be trusted as the fact model.
        String fake = "io/github/fulianrules/model/Fake";
        List<RuleVerifier.Problem> problems = RuleVerifier.standard().verify(Map.of(fake, consequence(fake, mv -> { })));

        assertThat(problems).extracting(RuleVerifier.Problem::message).anyMatch(m -> m.contains("outside the rules' package"));
    }
}
