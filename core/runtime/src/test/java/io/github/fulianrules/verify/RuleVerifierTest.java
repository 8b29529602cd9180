package io.github.fulianrules.verify;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.testing.HostileClasses;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The verifier on classes written here with ASM, each shaped as the executable model's lambda
 * class for a consequence: what an analyst's code may use, and the ways around a member list that
 * the bytecode allows (a member inherited from the JDK, a loop, an array sized at run time, …).
 */
class RuleVerifierTest {
    private static final String CONSEQUENCE = "io/github/fulianrules/rules/P00/LambdaConsequence00";
    private static final String RULES = "io/github/fulianrules/rules/Rules00RuleMethods0";

    /**
     * A verifier of the standard allow-list, read anew: the members it resolved for an earlier
     * test are not remembered (the {@link RuleVerifier#standard() standard} one is read once).
     */
    private static RuleVerifier fresh() {
        try (InputStream in = RuleVerifier.class.getResourceAsStream(RuleVerifier.ALLOW_LIST)) {
            return RuleVerifier.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
        return fresh().verify(Map.of(CONSEQUENCE + ".class", consequence(CONSEQUENCE, body),
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
        List<RuleVerifier.Problem> problems = fresh().verify(Map.of(fake, consequence(fake, mv -> { })));

        assertThat(problems).extracting(RuleVerifier.Problem::message).anyMatch(m -> m.contains("outside the rules' package"));
    }

    private static final String EXECUTE = "(Lorg/drools/model/Drools;Lio/github/fulianrules/model/Federation;)V";
    private static final String FEDERATION = "io/github/fulianrules/model/Federation";
    private static final String[] BLOCK2 = {"org/drools/model/functions/Block2"};

    /** A class of a rule set; {@code members} declares its members. */
    private static byte[] type(String name, int version, int access, String superName, String[] interfaces,
                               Consumer<ClassWriter> members) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(version, access, name, null, superName, interfaces);
        members.accept(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** A method of {@code cw} that returns nothing, with the code {@code body} writes (none when native). */
    private static void method(ClassWriter cw, int access, String name, String desc, Consumer<MethodVisitor> body) {
        MethodVisitor mv = cw.visitMethod(access, name, desc, null, null);
        if ((access & Opcodes.ACC_NATIVE) == 0) {
            mv.visitCode();
            body.accept(mv);
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 0);
        }
        mv.visitEnd();
    }

    /** A class of the generator's own code (not a lambda class) with the method {@code build(Drools, Federation)}. */
    private static byte[] generated(String name, Consumer<MethodVisitor> body) {
        return type(name, Opcodes.V17, Opcodes.ACC_PUBLIC, "java/lang/Object", null,
                cw -> method(cw, Opcodes.ACC_PUBLIC, "build", EXECUTE, body));
    }

    private static List<RuleVerifier.Problem> verifyGenerated(Consumer<MethodVisitor> body) {
        return fresh().verify(Map.of(RULES, generated(RULES, body)));
    }

    private static List<RuleVerifier.Problem> verifyClass(String name, byte[] bytes) {
        return fresh().verify(Map.of(name, bytes));
    }

    private static List<String> names(List<RuleVerifier.Problem> problems) {
        return problems.stream().map(RuleVerifier.Problem::name).toList();
    }

    private static RuleVerifier allowList(String text) throws IOException {
        return RuleVerifier.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theStandardVerifierIsReadOnceAndRefusesWhatItsListDoesNotName() {
        RuleVerifier standard = RuleVerifier.standard();

        assertThat(RuleVerifier.standard()).isSameAs(standard);
        assertThat(standard.verify(Map.of(CONSEQUENCE, consequence(CONSEQUENCE, mv -> {
            mv.visitLdcInsn("HOME");
            call(mv, Opcodes.INVOKESTATIC, "java/lang/System", "getenv", "(Ljava/lang/String;)Ljava/lang/String;");
            mv.visitInsn(Opcodes.POP);
        })))).extracting(RuleVerifier.Problem::name).containsExactly("java.lang.System.getenv");
    }

    @Test
    void aMemberOfAnAllowedPackageIsFoundOnTheInterfacesOfItsInterfaces() throws IOException {
        // NavigableSet extends SortedSet extends Set extends Collection, which declares stream()
        RuleVerifier verifier = allowList("[rules]\njava.util.*\n[generated]\norg.drools.model.functions.Block2:\n");
        List<RuleVerifier.Problem> problems = verifier.verify(Map.of(CONSEQUENCE, consequence(CONSEQUENCE, mv -> {
            mv.visitInsn(Opcodes.ACONST_NULL);
            call(mv, Opcodes.INVOKEINTERFACE, "java/util/NavigableSet", "stream", "()Ljava/util/stream/Stream;");
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.ACONST_NULL);
            call(mv, Opcodes.INVOKEINTERFACE, "java/util/NavigableSet", "getClass", "()Ljava/lang/Class;");
            mv.visitInsn(Opcodes.POP);
        })));

        assertThat(problems).extracting(RuleVerifier.Problem::name).containsExactly("java.util.NavigableSet.getClass");
    }

    @Test
    void anAllowListEntryOutsideASectionOrWithoutAColonIsRefusedWithItsLine() {
        assertThatThrownBy(() -> allowList("# the list\n\n   \njava.lang.String: length\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allowed.txt:4: [rules] or [generated] first");
        assertThatThrownBy(() -> allowList("[rules]\n  # a type\njava.lang.String length\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allowed.txt:3: type: members, or package.*");
    }

    @Test
    void anAllowListOfItsOwnDecidesWhatAnAnalystAndWhatTheGeneratorMayUse() throws IOException {
        RuleVerifier verifier = allowList("""
                [rules]
                  io.github.fulianrules.model.*
                  java.lang.String :  length
                java.lang.String:isEmpty
                [generated]
                org.drools.model.functions.Block2:
                java.lang.String: trim
                """);
        Consumer<MethodVisitor> body = mv -> {
            for (String m : List.of("length", "isEmpty", "trim", "strip")) {
                mv.visitVarInsn(Opcodes.ALOAD, 2);
                call(mv, Opcodes.INVOKEVIRTUAL, FEDERATION, "id", "()Ljava/lang/String;");
                call(mv, Opcodes.INVOKEVIRTUAL, "java/lang/String", m, m.equals("length") ? "()I"
                        : m.equals("isEmpty") ? "()Z" : "()Ljava/lang/String;");
                mv.visitInsn(Opcodes.POP);
            }
        };
        List<RuleVerifier.Problem> problems = verifier.verify(Map.of(CONSEQUENCE, consequence(CONSEQUENCE, body),
                RULES, generated(RULES, body)));

        assertThat(problems).extracting(p -> p.className() + " " + p.name()).containsExactly(
                "io.github.fulianrules.rules.P00.LambdaConsequence00 java.lang.String.trim",
                "io.github.fulianrules.rules.P00.LambdaConsequence00 java.lang.String.strip",
                "io.github.fulianrules.rules.Rules00RuleMethods0 java.lang.String.strip");
        assertThat(problems.get(0).message()).isEqualTo("uses java.lang.String.trim, which is not on the allow-list");
    }

    @Test
    void bytesThatAreNotAClassAreAProblemOfTheirName() {
        List<RuleVerifier.Problem> problems = verifyClass(RULES + ".class", new byte[] {(byte) 0xCA, (byte) 0xFE, 0});

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isNull();
            assertThat(p.className()).isEqualTo("io.github.fulianrules.rules.Rules00RuleMethods0");
            assertThat(p.name()).isEqualTo("class file");
            assertThat(p.message()).startsWith("cannot be read as a class: ");
        });
    }

    @Test
    void aClassIsNamedByItsInternalNameOrItsFileAndOneStoredUnderAnotherNameIsRefused() {
        assertThat(verifyClass(CONSEQUENCE, consequence(CONSEQUENCE, mv -> { }))).isEmpty();
        assertThat(verifyClass(CONSEQUENCE + ".class", consequence(CONSEQUENCE, mv -> { }))).isEmpty();

        assertThat(verifyClass(RULES + ".class", consequence(CONSEQUENCE, mv -> { }))).singleElement().satisfies(p -> {
            assertThat(p.className()).isEqualTo("io.github.fulianrules.rules.Rules00RuleMethods0");
            assertThat(p.name()).isEqualTo("io.github.fulianrules.rules.P00.LambdaConsequence00");
            assertThat(p.message()).isEqualTo("is stored under another name");
        });
    }

    @Test
    void aClassCompiledForAJavaOlderThan7IsRefused() {
        byte[] java6 = type(RULES, Opcodes.V1_6, Opcodes.ACC_PUBLIC, "java/lang/Object", null, cw -> { });
        byte[] java7 = type(RULES, Opcodes.V1_7, Opcodes.ACC_PUBLIC, "java/lang/Object", null, cw -> { });

        assertThat(verifyClass(RULES, java6)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("class version");
            assertThat(p.message()).isEqualTo("is compiled for a Java older than 7");
        });
        assertThat(verifyClass(RULES, java7)).isEmpty();
    }

    @Test
    void anInterfaceIsRefused() {
        byte[] bytes = type(RULES, Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT,
                "java/lang/Object", null, cw -> { });

        assertThat(verifyClass(RULES, bytes)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("interface");
            assertThat(p.message()).isEqualTo("is an interface, an annotation or a module");
        });
    }

    @Test
    void aClassMayExtendOnlyObjectOrEnum() {
        byte[] thread = type(RULES, Opcodes.V17, Opcodes.ACC_PUBLIC, "java/lang/Thread", null, cw -> { });
        byte[] enumeration = type(RULES, Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_ENUM,
                "java/lang/Enum", null, cw -> { });

        assertThat(verifyClass(RULES, thread)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("java.lang.Thread");
            assertThat(p.message()).isEqualTo("extends java.lang.Thread, not a class the generator extends");
        });
        assertThat(verifyClass(RULES, enumeration)).isEmpty();
    }

    @Test
    void aClassMayImplementOnlyTheInterfacesOfTheAllowList() {
        byte[] runnable = type(RULES, Opcodes.V17, Opcodes.ACC_PUBLIC, "java/lang/Object",
                new String[] {"java/lang/Runnable"}, cw -> { });
        byte[] supplier = type(RULES, Opcodes.V17, Opcodes.ACC_PUBLIC, "java/lang/Object",
                new String[] {"java/util/function/Supplier", "java/io/Serializable"}, cw -> { });

        assertThat(verifyClass(RULES, runnable)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("java.lang.Runnable");
            assertThat(p.message()).isEqualTo("implements java.lang.Runnable, which is not on the allow-list");
        });
        assertThat(verifyClass(RULES, supplier)).isEmpty();
    }

    /** A method that uses {@code System.arraycopy}, which only the generator's code may. */
    private static final Consumer<MethodVisitor> ARRAYCOPY = mv -> {
        for (int i = 0; i < 5; i++) {
            mv.visitInsn(i % 2 == 0 ? Opcodes.ACONST_NULL : Opcodes.ICONST_0);
        }
        call(mv, Opcodes.INVOKESTATIC, "java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V");
    };

    @Test
    void theMethodsOfALambdaClassAreAnAnalystsCodeSaveThoseTheGeneratorWrites() {
        byte[] lambda = type(CONSEQUENCE, Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "java/lang/Object",
                new String[] {"org/drools/model/functions/Block2", "org/drools/model/functions/HashedExpression"}, cw -> {
                    method(cw, Opcodes.ACC_PUBLIC, "execute", EXECUTE, ARRAYCOPY);
                    method(cw, Opcodes.ACC_PUBLIC, "getExpressionHash", "()V", ARRAYCOPY);
                    method(cw, Opcodes.ACC_PUBLIC | Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC, "apply", "()V", ARRAYCOPY);
                });
        byte[] hashedOnly = type(RULES, Opcodes.V17, Opcodes.ACC_PUBLIC, "java/lang/Object",
                new String[] {"org/drools/model/functions/HashedExpression"}, cw -> {
                    method(cw, Opcodes.ACC_PUBLIC, "execute", EXECUTE, ARRAYCOPY);
                    method(cw, Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, "lambda$execute$0", "()V",
                            ARRAYCOPY);
                });

        List<RuleVerifier.Problem> problems = fresh().verify(Map.of(CONSEQUENCE, lambda, RULES, hashedOnly));

        assertThat(problems).extracting(p -> p.className() + " " + p.name()).containsExactly(
                "io.github.fulianrules.rules.P00.LambdaConsequence00 java.lang.System.arraycopy",
                "io.github.fulianrules.rules.Rules00RuleMethods0 java.lang.System.arraycopy");
    }

    @Test
    void anAnonymousClassInAConsequenceIsRefusedAndTracedToTheRule() {
        String anonymous = CONSEQUENCE + "$1";
        Map<String, byte[]> classes = Map.of(
                CONSEQUENCE, consequence(CONSEQUENCE, mv -> {
                    mv.visitTypeInsn(Opcodes.NEW, anonymous);
                    mv.visitInsn(Opcodes.POP);
                }),
                anonymous, type(anonymous, Opcodes.V17, 0, "java/lang/Object", null,
                        cw -> cw.visitOuterClass(CONSEQUENCE, "execute", EXECUTE)),
                RULES, builder("FL-9.9z evil"));

        assertThat(fresh().verify(classes)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("FL-9.9z evil");
            assertThat(p.className()).isEqualTo("io.github.fulianrules.rules.P00.LambdaConsequence00$1");
            assertThat(p.name()).isEqualTo("anonymous class");
            assertThat(p.message()).isEqualTo("is an anonymous or local class, which rules may not declare");
        });
    }

    @Test
    void aNativeMethodIsRefused() {
        byte[] bytes = type(RULES, Opcodes.V17, Opcodes.ACC_PUBLIC, "java/lang/Object", null,
                cw -> method(cw, Opcodes.ACC_PUBLIC | Opcodes.ACC_NATIVE, "peek", "()V", mv -> { }));

        assertThat(verifyClass(RULES, bytes)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("native");
            assertThat(p.message()).isEqualTo("declares a native method");
        });
    }

    @Test
    void aTypeOutsideTheAllowListMayNotBeCreatedCastToOrMadeAnArrayOf() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitTypeInsn(Opcodes.NEW, "java/util/ArrayList");
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitTypeInsn(Opcodes.CHECKCAST, "[Ljava/lang/ProcessBuilder;");
            mv.visitTypeInsn(Opcodes.CHECKCAST, "[I");
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.ICONST_2);
            mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Thread");
            mv.visitTypeInsn(Opcodes.CHECKCAST, "[Lio/github/fulianrules/model/Federation;");
            mv.visitInsn(Opcodes.POP);
        });

        assertThat(problems).extracting(RuleVerifier.Problem::message).containsExactly(
                "creates java.util.ArrayList, which is not on the allow-list",
                "names java.lang.ProcessBuilder, which is not on the allow-list",
                "creates an array of java.lang.Thread, which is not on the allow-list");
        assertThat(problems).extracting(RuleVerifier.Problem::name)
                .containsExactly("java.util.ArrayList", "java.lang.ProcessBuilder", "java.lang.Thread");
    }

    @Test
    void aTypeOfTheGeneratorsListMayBeCreatedOnlyByTheGenerator() {
        Consumer<MethodVisitor> body = mv -> {
            mv.visitTypeInsn(Opcodes.NEW, "java/time/format/DateTimeFormatterBuilder");
            mv.visitInsn(Opcodes.POP);
        };

        assertThat(verifyGenerated(body)).isEmpty();
        assertThat(verify(body)).extracting(RuleVerifier.Problem::name)
                .containsExactly("java.time.format.DateTimeFormatterBuilder");
    }

    @Test
    void anAnalystsCodeMayNotCallTheRuleSetsOtherClassesButTheGeneratorMay() {
        Map<String, byte[]> classes = Map.of(
                CONSEQUENCE, consequence(CONSEQUENCE, mv -> {
                    call(mv, Opcodes.INVOKESTATIC, RULES, "rule_x", "()Ljava/lang/Object;");
                    mv.visitInsn(Opcodes.POP);
                }),
                RULES, builder("FL-9.9z evil"),
                RULES + "Caller", generated(RULES + "Caller", mv -> {
                    call(mv, Opcodes.INVOKESTATIC, RULES, "rule_x", "()Ljava/lang/Object;");
                    mv.visitInsn(Opcodes.POP);
                }));

        assertThat(fresh().verify(classes)).singleElement().satisfies(p -> {
            assertThat(p.className()).isEqualTo("io.github.fulianrules.rules.P00.LambdaConsequence00");
            assertThat(p.name()).isEqualTo("io.github.fulianrules.rules.Rules00RuleMethods0.rule_x");
            assertThat(p.message()).isEqualTo("calls the rule set's generated code directly");
        });
    }

    @Test
    void anArrayMayBeClonedButNoOtherMemberOfAnArrayUsed() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitTypeInsn(Opcodes.CHECKCAST, "[Ljava/lang/String;");
            call(mv, Opcodes.INVOKEVIRTUAL, "[Ljava/lang/String;", "clone", "()Ljava/lang/Object;");
            mv.visitTypeInsn(Opcodes.CHECKCAST, "[Ljava/lang/String;");
            call(mv, Opcodes.INVOKEVIRTUAL, "[Ljava/lang/String;", "getClass", "()Ljava/lang/Class;");
            mv.visitInsn(Opcodes.POP);
        });

        assertThat(problems).extracting(RuleVerifier.Problem::name).containsExactly("[Ljava.lang.String;.getClass");
    }

    @Test
    void aForwardJumpIsAllowed() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            Label end = new Label();
            Label other = new Label();
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            mv.visitJumpInsn(Opcodes.IFNULL, end);
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitTableSwitchInsn(0, 1, end, other, end);
            mv.visitLabel(other);
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitLookupSwitchInsn(end, new int[] {7}, new Label[] {end});
            mv.visitLabel(end);
        });

        assertThat(problems).isEmpty();
    }

    /** Visits a switch instruction, given the labels {@code top} (before it) and {@code end} (after it). */
    private interface Switch {
        void visit(MethodVisitor mv, Label top, Label end);
    }

    /** A method body: label {@code top}, a 0 pushed, the switch on it, label {@code end}. */
    private static Consumer<MethodVisitor> switchAtTop(Switch visit) {
        return mv -> {
            Label top = new Label();
            Label end = new Label();
            mv.visitLabel(top);
            mv.visitInsn(Opcodes.ICONST_0);
            visit.visit(mv, top, end);
            mv.visitLabel(end);
        };
    }

    @Test
    void aSwitchThatJumpsBackwardsIsALoop() {
        List<Consumer<MethodVisitor>> switches = List.of(
                switchAtTop((mv, top, end) -> mv.visitTableSwitchInsn(0, 0, end, top)),
                switchAtTop((mv, top, end) -> mv.visitTableSwitchInsn(0, 0, top, end)),
                switchAtTop((mv, top, end) -> mv.visitLookupSwitchInsn(end, new int[] {3}, new Label[] {top})));

        for (Consumer<MethodVisitor> s : switches) {
            assertThat(verify(s)).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("loop");
                assertThat(p.message()).isEqualTo("loops (jumps backwards), which rules may not do");
            });
        }
    }

    @Test
    void anExceptionHandlerAndAnUnlockAreRefused() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            Label start = new Label();
            Label end = new Label();
            Label handler = new Label();
            Label after = new Label();
            mv.visitTryCatchBlock(start, end, handler, "java/lang/RuntimeException");
            mv.visitLabel(start);
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            mv.visitInsn(Opcodes.MONITOREXIT);
            mv.visitLabel(end);
            mv.visitJumpInsn(Opcodes.GOTO, after);
            mv.visitLabel(handler);
            mv.visitInsn(Opcodes.POP);
            mv.visitLabel(after);
        });

        assertThat(problems).extracting(RuleVerifier.Problem::name, RuleVerifier.Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("try", "catches exceptions, which rules may not do"),
                org.assertj.core.groups.Tuple.tuple("synchronized", "takes a lock, which rules may not do"));
    }

    /** The problems of code that creates an {@code int[]} as large as the int on top of the stack after {@code size}. */
    private static List<String> arrayOf(Consumer<MethodVisitor> size) {
        return names(verify(mv -> {
            size.accept(mv);
            mv.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
            mv.visitInsn(Opcodes.POP);
        }));
    }

    private static void lengthOfAnArray(MethodVisitor mv) {
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitTypeInsn(Opcodes.CHECKCAST, "[I");
        mv.visitInsn(Opcodes.ARRAYLENGTH);
    }

    @Test
    void anArrayAsLargeAsAConstantOrAnExistingArrayIsAllowed() {
        assertThat(arrayOf(mv -> mv.visitInsn(Opcodes.ICONST_M1))).isEmpty();
        assertThat(arrayOf(mv -> mv.visitInsn(Opcodes.ICONST_5))).isEmpty();
        assertThat(arrayOf(mv -> mv.visitIntInsn(Opcodes.SIPUSH, 300))).isEmpty();
        assertThat(arrayOf(RuleVerifierTest::lengthOfAnArray)).isEmpty();
        assertThat(arrayOf(mv -> {
            lengthOfAnArray(mv);
            mv.visitInsn(Opcodes.DUP);
            mv.visitVarInsn(Opcodes.ISTORE, 3);
        })).isEmpty();
        assertThat(arrayOf(mv -> {
            lengthOfAnArray(mv);
            mv.visitVarInsn(Opcodes.ISTORE, 3);
            mv.visitLabel(new Label());   // a line, not a jump target
            mv.visitVarInsn(Opcodes.ILOAD, 3);
        })).isEmpty();
    }

    @Test
    void anArraySizedByWhatTheCodeComputesIsRefused() {
        assertThat(verify(mv -> {
            mv.visitLdcInsn(1 << 30);
            mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/String");
            mv.visitInsn(Opcodes.POP);
        })).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("array");
            assertThat(p.message()).isEqualTo("creates an array of a size computed at run time, which rules may not do");
        });
        // a length stored without being kept on the stack leaves what is under it on top
        assertThat(arrayOf(mv -> {
            mv.visitLdcInsn(1 << 30);
            lengthOfAnArray(mv);
            mv.visitVarInsn(Opcodes.ISTORE, 3);
        })).containsExactly("array");
        // a local that held a length, then something else
        assertThat(arrayOf(mv -> {
            lengthOfAnArray(mv);
            mv.visitVarInsn(Opcodes.ISTORE, 3);
            mv.visitLdcInsn(1 << 30);
            mv.visitVarInsn(Opcodes.ISTORE, 3);
            mv.visitVarInsn(Opcodes.ILOAD, 3);
        })).containsExactly("array");
        assertThat(arrayOf(mv -> {
            lengthOfAnArray(mv);
            mv.visitVarInsn(Opcodes.ISTORE, 3);
            mv.visitIincInsn(3, 1000);
            mv.visitVarInsn(Opcodes.ILOAD, 3);
        })).containsExactly("array");
        // a constant below what a field, a call or a constant of the pool puts on top
        assertThat(arrayOf(mv -> {
            mv.visitInsn(Opcodes.ICONST_2);
            mv.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/Integer", "MAX_VALUE", "I");
        })).containsExactly("array");
        assertThat(arrayOf(mv -> {
            mv.visitLdcInsn(1 << 30);
            mv.visitInsn(Opcodes.ICONST_2);
            call(mv, Opcodes.INVOKESTATIC, "java/lang/Math", "max", "(II)I");
        })).containsExactly("array");
        assertThat(arrayOf(mv -> {
            mv.visitInsn(Opcodes.ICONST_2);
            mv.visitLdcInsn(1 << 30);
        })).containsExactly("array");
        assertThat(arrayOf(mv -> {
            mv.visitLdcInsn(1 << 30);
            mv.visitInsn(Opcodes.ICONST_2);
            mv.visitInsn(Opcodes.POP);
        })).containsExactly("array");
    }

    @Test
    void whereTwoPathsMeetTheSizeOfAnArrayIsNoLongerKnown() {
        // one path comes with a computed size, the other with a constant: the constant does not count
        assertThat(arrayOf(mv -> {
            Label join = new Label();
            mv.visitLdcInsn(1 << 30);
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            mv.visitJumpInsn(Opcodes.IFNONNULL, join);
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.ICONST_2);
            mv.visitLabel(join);
        })).containsExactly("array");
        // the same for a local that holds a length on one path only
        assertThat(arrayOf(mv -> {
            Label join = new Label();
            mv.visitLdcInsn(1 << 30);
            mv.visitVarInsn(Opcodes.ISTORE, 3);
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            mv.visitJumpInsn(Opcodes.IFNULL, join);
            lengthOfAnArray(mv);
            mv.visitVarInsn(Opcodes.ISTORE, 3);
            mv.visitLabel(join);
            mv.visitVarInsn(Opcodes.ILOAD, 3);
        })).containsExactly("array");
        // a jump that takes a constant off the stack leaves the computed size under it on top
        assertThat(verify(mv -> {
            Label join = new Label();
            mv.visitLdcInsn(1 << 30);
            mv.visitInsn(Opcodes.ICONST_2);
            mv.visitJumpInsn(Opcodes.IFEQ, join);
            mv.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
            mv.visitInsn(Opcodes.ARRAYLENGTH);
            mv.visitLabel(join);
            mv.visitInsn(Opcodes.POP);
        })).extracting(RuleVerifier.Problem::name).containsExactly("array");
    }

    @Test
    void aMultiDimensionalArrayIsRefused() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitInsn(Opcodes.ICONST_2);
            mv.visitInsn(Opcodes.ICONST_2);
            mv.visitMultiANewArrayInsn("[[I", 2);
            mv.visitInsn(Opcodes.POP);
        });

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("array");
            assertThat(p.message()).isEqualTo("creates a multi-dimensional array, which rules may not do");
        });
    }

    @Test
    void fieldsAreReadWhenListedOrDeclaredByTheModelAndWrittenOnlyByTheGeneratorInItsOwnClass() {
        List<RuleVerifier.Problem> read = verify(mv -> {
            mv.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/Integer", "MAX_VALUE", "I");
            mv.visitInsn(Opcodes.POP);
            mv.visitFieldInsn(Opcodes.GETSTATIC, "io/github/fulianrules/model/Level", "DISTRICT",
                    "Lio/github/fulianrules/model/Level;");
            mv.visitInsn(Opcodes.POP);
            mv.visitFieldInsn(Opcodes.GETSTATIC, "io/github/fulianrules/model/Level", "NOWHERE",
                    "Lio/github/fulianrules/model/Level;");
            mv.visitInsn(Opcodes.POP);
            mv.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
            mv.visitInsn(Opcodes.POP);
            mv.visitFieldInsn(Opcodes.GETSTATIC, RULES, "cache", "Ljava/lang/Object;");
            mv.visitInsn(Opcodes.POP);
        });
        List<RuleVerifier.Problem> written = fresh().verify(Map.of(
                CONSEQUENCE, consequence(CONSEQUENCE, mv -> {
                    mv.visitVarInsn(Opcodes.ALOAD, 0);
                    mv.visitInsn(Opcodes.ACONST_NULL);
                    mv.visitFieldInsn(Opcodes.PUTFIELD, CONSEQUENCE, "last", "Ljava/lang/Object;");
                }),
                RULES, generated(RULES, mv -> {
                    mv.visitInsn(Opcodes.ACONST_NULL);
                    mv.visitFieldInsn(Opcodes.PUTSTATIC, RULES, "cache", "Ljava/lang/Object;");
                    mv.visitInsn(Opcodes.ACONST_NULL);
                    mv.visitFieldInsn(Opcodes.PUTSTATIC, CONSEQUENCE, "shared", "Ljava/lang/Object;");
                })));

        assertThat(read).extracting(RuleVerifier.Problem::name, RuleVerifier.Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("io.github.fulianrules.model.Level.NOWHERE",
                        "reads io.github.fulianrules.model.Level.NOWHERE, which is not on the allow-list"),
                org.assertj.core.groups.Tuple.tuple("java.lang.System.out",
                        "reads java.lang.System.out, which is not on the allow-list"),
                org.assertj.core.groups.Tuple.tuple("io.github.fulianrules.rules.Rules00RuleMethods0.cache",
                        "reads io.github.fulianrules.rules.Rules00RuleMethods0.cache, which the class does not declare"));
        assertThat(written).extracting(p -> p.className() + ": " + p.message()).containsExactly(
                "io.github.fulianrules.rules.P00.LambdaConsequence00: writes the field "
                        + "io.github.fulianrules.rules.P00.LambdaConsequence00.last, which rules may not do",
                "io.github.fulianrules.rules.Rules00RuleMethods0: writes "
                        + "io.github.fulianrules.rules.Rules00RuleMethods0.cache, which the class does not declare",
                "io.github.fulianrules.rules.Rules00RuleMethods0: writes the field "
                        + "io.github.fulianrules.rules.P00.LambdaConsequence00.shared, which rules may not do");
    }

    @Test
    void aMemberOfTheModelIsLookedUpByItsNameAndDescriptorAsTheJvmWould() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            call(mv, Opcodes.INVOKEINTERFACE, "io/github/fulianrules/model/Identified", "hashCode", "()I");
            mv.visitInsn(Opcodes.POP);
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            call(mv, Opcodes.INVOKEINTERFACE, "io/github/fulianrules/model/Identified", "id", "()Ljava/lang/String;");
            mv.visitInsn(Opcodes.POP);
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            call(mv, Opcodes.INVOKEINTERFACE, "io/github/fulianrules/model/Identified", "getClass", "()Ljava/lang/Class;");
            mv.visitInsn(Opcodes.POP);
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            call(mv, Opcodes.INVOKEVIRTUAL, FEDERATION, "id", "()I");
            mv.visitInsn(Opcodes.POP);
            call(mv, Opcodes.INVOKESTATIC, "io/github/fulianrules/model/NoSuchFact", "of", "()V");
        });

        assertThat(problems).extracting(RuleVerifier.Problem::name).containsExactly(
                "io.github.fulianrules.model.Identified.getClass", "io.github.fulianrules.model.Federation.id",
                "io.github.fulianrules.model.NoSuchFact.of");
    }

    @Test
    void aConstructorOfTheModelIsItsOwnNotOneItsSuperclassDeclares() throws IOException {
        RuleVerifier verifier = allowList("[generated]\nio.github.fulianrules.model.*\njava.lang.Record: <init>\n");
        List<RuleVerifier.Problem> own = verifier.verify(Map.of(RULES, generated(RULES, mv -> {
            mv.visitTypeInsn(Opcodes.NEW, FEDERATION);
            mv.visitInsn(Opcodes.DUP);
            mv.visitLdcInsn("d");
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.ACONST_NULL);
            call(mv, Opcodes.INVOKESPECIAL, FEDERATION, "<init>",
                    "(Ljava/lang/String;Lio/github/fulianrules/model/Level;Ljava/lang/String;Ljava/lang/String;Ljava/lang/Integer;)V");
            mv.visitInsn(Opcodes.POP);
        })));
        // Record() is on this list, but a Federation has no such constructor
        List<RuleVerifier.Problem> inherited = verifier.verify(Map.of(RULES, generated(RULES, mv -> {
            mv.visitTypeInsn(Opcodes.NEW, FEDERATION);
            mv.visitInsn(Opcodes.DUP);
            call(mv, Opcodes.INVOKESPECIAL, FEDERATION, "<init>", "()V");
            mv.visitInsn(Opcodes.POP);
        })));

        assertThat(own).isEmpty();
        assertThat(inherited).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("io.github.fulianrules.model.Federation.<init>");
            assertThat(p.message()).isEqualTo("uses io.github.fulianrules.model.Federation.<init>, which is not on the allow-list");
        });
    }

    @Test
    void anInheritedMemberOnTheGeneratorsListIsAllowedInTheGeneratorsCodeOnly() {
        // Level.valueOf(Class, String) is Enum.valueOf, on the [generated] list; the consequence comes first
        Consumer<MethodVisitor> body = mv -> {
            mv.visitLdcInsn(Type.getObjectType("io/github/fulianrules/model/Level"));
            mv.visitLdcInsn("DISTRICT");
            call(mv, Opcodes.INVOKESTATIC, "io/github/fulianrules/model/Level", "valueOf",
                    "(Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Enum;");
            mv.visitInsn(Opcodes.POP);
        };
        List<RuleVerifier.Problem> problems = fresh().verify(Map.of(
                CONSEQUENCE, consequence(CONSEQUENCE, body), RULES, generated(RULES, body)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.className()).isEqualTo("io.github.fulianrules.rules.P00.LambdaConsequence00");
            assertThat(p.name()).isEqualTo("io.github.fulianrules.model.Level.valueOf");
        });
    }

    @Test
    void aConstantOfTheClassFileMayNameAnAllowedTypeButNotAMethodHandleOrADynamicConstant() {
        Handle exit = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "exit", "(I)V", false);
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitLdcInsn(Type.getObjectType(FEDERATION));
            mv.visitLdcInsn(Type.getObjectType("java/lang/Thread"));
            mv.visitLdcInsn(Type.getType("[Ljava/lang/ProcessBuilder;"));
            mv.visitLdcInsn(Type.getMethodType("()V"));
            mv.visitLdcInsn(exit);
            mv.visitLdcInsn(new ConstantDynamic("x", "Ljava/lang/Object;", exit));
            mv.visitLdcInsn(7L);
            for (int i = 0; i < 7; i++) {
                mv.visitInsn(i == 0 ? Opcodes.POP2 : Opcodes.POP);
            }
        });

        assertThat(problems).extracting(RuleVerifier.Problem::message).containsExactly(
                "names java.lang.Thread, which is not on the allow-list",
                "names java.lang.ProcessBuilder, which is not on the allow-list",
                "loads a method handle or a dynamic constant, which rules may not do");
    }

    private static final Handle METAFACTORY = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory",
            "metafactory", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
            + "Ljava/lang/invoke/CallSite;", false);
    private static final Handle CONCAT = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory",
            "makeConcatWithConstants", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false);

    /** {@code invokedynamic} of a function of type {@code function} whose body is {@code impl}. */
    private static void lambda(MethodVisitor mv, String function, Handle impl) {
        mv.visitInvokeDynamicInsn("get", "()L" + function + ";", METAFACTORY, Type.getType("()Ljava/lang/Object;"), impl,
                Type.getType("()Ljava/lang/Object;"));
        mv.visitInsn(Opcodes.POP);
    }

    @Test
    void anAnalystsCodeMayJoinStringsButNotMakeALambda() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            call(mv, Opcodes.INVOKEVIRTUAL, FEDERATION, "id", "()Ljava/lang/String;");
            mv.visitInvokeDynamicInsn("makeConcatWithConstants", "(Ljava/lang/String;)Ljava/lang/String;", CONCAT,
                    "id \u0001");
            mv.visitInsn(Opcodes.POP);
            lambda(mv, "java/util/function/Supplier", new Handle(Opcodes.H_INVOKESTATIC, "java/lang/String",
                    "valueOf", "(I)Ljava/lang/String;", false));
        });

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("lambda");
            assertThat(p.message()).isEqualTo("makes a lambda or method reference "
                    + "(java.lang.invoke.LambdaMetafactory.metafactory), which only the generator may do");
        });
    }

    @Test
    void theGeneratorsLambdasAreCheckedForTheirTypeAndTheMethodTheyReferTo() {
        Handle otherBootstrap = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory", "makeConcat",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
                + "Ljava/lang/invoke/CallSite;", false);
        List<RuleVerifier.Problem> problems = verifyGenerated(mv -> {
            lambda(mv, "java/util/function/Supplier", new Handle(Opcodes.H_INVOKESTATIC, "java/lang/Integer",
                    "valueOf", "(I)Ljava/lang/Integer;", false));
            lambda(mv, "java/lang/Runnable", new Handle(Opcodes.H_INVOKESTATIC, "java/lang/Integer",
                    "valueOf", "(I)Ljava/lang/Integer;", false));
            lambda(mv, "java/util/function/Supplier", new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System",
                    "exit", "(I)V", false));
            mv.visitInvokeDynamicInsn("makeConcat", "()Ljava/lang/String;", otherBootstrap);
            mv.visitInsn(Opcodes.POP);
            // what such a call gives is no constant size
            mv.visitInsn(Opcodes.ICONST_2);
            mv.visitInvokeDynamicInsn("makeConcat", "()I", otherBootstrap);
            mv.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
            mv.visitInsn(Opcodes.POP2);
        });

        assertThat(problems).extracting(RuleVerifier.Problem::message).containsExactly(
                "makes a function of type java.lang.Runnable, which is not on the allow-list",
                "refers to java.lang.System.exit, which is not on the allow-list",
                "makes a lambda or method reference (java.lang.invoke.StringConcatFactory.makeConcat), which only the "
                        + "generator may do",
                "creates an array of a size computed at run time, which rules may not do");
    }

    @Test
    void aLambdaThatCallsTheMethodThatMakesItIsRecursion() {
        byte[] bytes = type(RULES, Opcodes.V17, Opcodes.ACC_PUBLIC, "java/lang/Object", null, cw -> {
            method(cw, Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "build", "()V", mv -> lambda(mv,
                    "java/util/function/Supplier", new Handle(Opcodes.H_INVOKESTATIC, RULES, "make", "()V", false)));
            method(cw, Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, "make", "()V",
                    mv -> call(mv, Opcodes.INVOKESTATIC, RULES, "build", "()V"));
        });

        assertThat(verifyClass(RULES, bytes)).extracting(RuleVerifier.Problem::name, RuleVerifier.Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("recursion",
                        "calls itself (recursion), which rules may not do"));
    }

    @Test
    void twoCallsOfOneMethodAreNotRecursion() {
        // execute calls a and b, which both call c
        byte[] bytes = type(CONSEQUENCE, Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "java/lang/Object", BLOCK2,
                cw -> {
                    method(cw, Opcodes.ACC_PUBLIC, "execute", EXECUTE, mv -> {
                        call(mv, Opcodes.INVOKESTATIC, CONSEQUENCE, "a", "()V");
                        call(mv, Opcodes.INVOKESTATIC, CONSEQUENCE, "b", "()V");
                    });
                    method(cw, Opcodes.ACC_STATIC, "a", "()V", mv -> call(mv, Opcodes.INVOKESTATIC, CONSEQUENCE, "c", "()V"));
                    method(cw, Opcodes.ACC_STATIC, "b", "()V", mv -> call(mv, Opcodes.INVOKESTATIC, CONSEQUENCE, "c", "()V"));
                    method(cw, Opcodes.ACC_STATIC, "c", "()V", mv -> { });
                });

        assertThat(verifyClass(CONSEQUENCE, bytes)).isEmpty();
    }

    @Test
    void recursionInTheMethodThatBuildsARuleIsTracedToThatRule() {
        byte[] bytes = type(RULES, Opcodes.V17, Opcodes.ACC_PUBLIC, "java/lang/Object", null, cw -> {
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "rule_x", "()Ljava/lang/Object;",
                    null, null);
            mv.visitCode();
            mv.visitLdcInsn("io.github.fulianrules.rules");
            mv.visitLdcInsn("FL-1.1a again");
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "org/drools/modelcompiler/dsl/pattern/D", "rule",
                    "(Ljava/lang/String;Ljava/lang/String;)Lorg/drools/model/impl/RuleBuilder;", false);
            mv.visitInsn(Opcodes.POP);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, RULES, "rule_x", "()Ljava/lang/Object;", false);
            mv.visitInsn(Opcodes.ARETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        });

        assertThat(verifyClass(RULES, bytes)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("FL-1.1a again");
            assertThat(p.className()).isEqualTo("io.github.fulianrules.rules.Rules00RuleMethods0");
            assertThat(p.name()).isEqualTo("recursion");
        });
    }

    /** A method {@code method()} that names rule {@code rule} with {@code dsl} (with D.on for {@code rule()}) and uses {@code used}: a call for rule_b, else a field. */
    private static void builderMethod(ClassWriter cw, String method, String dsl, String rule, String used) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, method, "()V", null, null);
        mv.visitCode();
        mv.visitLdcInsn("io.github.fulianrules.rules");
        mv.visitLdcInsn(rule);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, dsl, "rule".equals(method) ? "on" : "rule",
                "(Ljava/lang/String;Ljava/lang/String;)Lorg/drools/model/impl/RuleBuilder;", false);
        mv.visitInsn(Opcodes.POP);
        if (method.endsWith("b")) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, used, "instance", "()Ljava/lang/Object;", false);
        } else {
            mv.visitFieldInsn(Opcodes.GETSTATIC, used, "INSTANCE", "Ljava/lang/Object;");
        }
        mv.visitInsn(Opcodes.POP);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    @Test
    void aProblemInAnAnalystsCodeIsTracedToEveryRuleThatUsesItOnce() {
        String unused = "io/github/fulianrules/rules/P01/LambdaConsequence01";
        String helper = "io/github/fulianrules/rules/RulesHelper";
        Consumer<MethodVisitor> getenvTwice = mv -> {
            for (int i = 0; i < 2; i++) {
                mv.visitLdcInsn("HOME");
                call(mv, Opcodes.INVOKESTATIC, "java/lang/System", "getenv", "(Ljava/lang/String;)Ljava/lang/String;");
                mv.visitInsn(Opcodes.POP);
            }
        };
        Map<String, byte[]> classes = new LinkedHashMap<>();
        classes.put(CONSEQUENCE, consequence(CONSEQUENCE, getenvTwice));
        classes.put(unused, consequence(unused, getenvTwice));
        classes.put(helper, generated(helper, getenvTwice));
        classes.put(RULES, type(RULES, Opcodes.V17, Opcodes.ACC_PUBLIC, "java/lang/Object", null, cw -> {
            builderMethod(cw, "rule_a", "org/drools/modelcompiler/dsl/pattern/D", "FL-1.1a", CONSEQUENCE);
            builderMethod(cw, "rule_b", "org/drools/model/DSL", "FL-1.1b", CONSEQUENCE);
            builderMethod(cw, "rule_c", "org/drools/model/PatternDSL", "FL-1.1c", helper);
            // a call with two strings that does not build a rule
            builderMethod(cw, "rule", "org/drools/modelcompiler/dsl/pattern/D", "FL-1.1d", unused);
        }));

        List<RuleVerifier.Problem> problems = fresh().verify(classes).stream()
                .filter(p -> p.name().equals("java.lang.System.getenv")).toList();

        assertThat(problems).extracting(p -> p.rule() + " " + p.className()).containsExactlyInAnyOrder(
                "FL-1.1a io.github.fulianrules.rules.P00.LambdaConsequence00",
                "FL-1.1b io.github.fulianrules.rules.P00.LambdaConsequence00",
                "null io.github.fulianrules.rules.P01.LambdaConsequence01",
                "null io.github.fulianrules.rules.RulesHelper");
    }

    // Round two (issue 26): every constant of an invokedynamic or ldc, method flags, members of the rule set's own classes.

    private static final Handle INVOKE = HostileClasses.INVOKE;

    private static ConstantDynamic opensFile(String path) {
        return HostileClasses.opensFile(java.nio.file.Path.of(path));
    }

    private static void concatWith(MethodVisitor mv, Object constant) {
        HostileClasses.concatWith(mv, constant);
    }

    @Test
    void aDynamicConstantAmongTheArgumentsOfAStringConcatenationIsRefused() {
        List<RuleVerifier.Problem> inConsequence = verify(mv -> concatWith(mv, opensFile("/tmp/never")));
        List<RuleVerifier.Problem> inGenerated = verifyGenerated(mv -> concatWith(mv, opensFile("/tmp/never")));
        List<RuleVerifier.Problem> aStringIsAllowed = verify(mv -> concatWith(mv, "a constant javac could not inline"));

        assertThat(inConsequence).extracting(RuleVerifier.Problem::rule, RuleVerifier.Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FL-9.9z evil", "joins strings with a dynamic constant, which rules may not do"));
        assertThat(inGenerated).extracting(RuleVerifier.Problem::message)
                .containsExactly("joins strings with a dynamic constant, which rules may not do");
        assertThat(aStringIsAllowed).isEmpty();
    }

    @Test
    void aStringConcatenationIsCheckedForTheTypesItTakesAndGives() {
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInvokeDynamicInsn("makeConcatWithConstants", "(Ljava/lang/Thread;)Ljava/lang/String;", CONCAT, "\u0001");
            mv.visitInsn(Opcodes.POP);
            mv.visitLdcInsn("x");
            mv.visitInvokeDynamicInsn("makeConcatWithConstants", "(Ljava/lang/String;)Ljava/lang/Object;", CONCAT, "\u0001");
            mv.visitInsn(Opcodes.POP);
            concatWith(mv, Type.getType("()V"));
            concatWith(mv, new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "exit", "(I)V", false));
            concatWith(mv, 7);
        });

        assertThat(problems).extracting(RuleVerifier.Problem::message).containsExactly(
                "joins strings of java.lang.Thread, which is not on the allow-list",
                "joins strings into a java.lang.Object, which javac does not write",
                "joins strings with a type, which rules may not do",
                "joins strings with a method handle, which rules may not do",
                "joins strings with a constant of type Integer, which rules may not do");
    }

    @Test
    void aLambdaOfTheGeneratorHasExactlyAMethodTypeAMethodAndAMethodType() {
        Handle valueOf = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
        List<RuleVerifier.Problem> problems = verifyGenerated(mv -> {
            mv.visitInvokeDynamicInsn("get", "()Ljava/util/function/Supplier;", METAFACTORY, opensFile("/tmp/never"),
                    valueOf, Type.getType("()Ljava/lang/Object;"));
            mv.visitInsn(Opcodes.POP);
            mv.visitInvokeDynamicInsn("get", "()Ljava/util/function/Supplier;", METAFACTORY,
                    Type.getType("()Ljava/lang/Thread;"), valueOf, Type.getType("()Ljava/lang/Object;"));
            mv.visitInsn(Opcodes.POP);
            mv.visitInvokeDynamicInsn("get", "()Ljava/util/function/Supplier;", METAFACTORY, Type.getType("()Ljava/lang/Object;"),
                    new Handle(Opcodes.H_GETSTATIC, "java/lang/Integer", "MAX_VALUE", "I", false),
                    Type.getType("()Ljava/lang/Object;"));
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInvokeDynamicInsn("get", "(Ljava/lang/ProcessBuilder;)Ljava/util/function/Supplier;", METAFACTORY,
                    Type.getType("()Ljava/lang/Object;"), valueOf, Type.getType("()Ljava/lang/Object;"));
            mv.visitInsn(Opcodes.POP);
        });

        assertThat(problems).extracting(RuleVerifier.Problem::message).containsExactly(
                "makes a lambda with bootstrap arguments other than a method type, a method and a method type",
                "makes a lambda of a dynamic constant, which rules may not do",
                "makes a function of java.lang.Thread, which is not on the allow-list",
                "makes a function of the field java.lang.Integer.MAX_VALUE, which rules may not do",
                "makes a function of java.lang.ProcessBuilder, which is not on the allow-list");
    }

    @Test
    void anInvokedynamicOfAnyOtherBootstrapIsRefusedWhateverItsArguments() {
        // The right owner and name with another descriptor is another method; ConstantBootstraps is no call site.
        Handle lookalike = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory",
                "makeConcatWithConstants", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
                + "Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false);
        List<RuleVerifier.Problem> problems = verifyGenerated(mv -> {
            mv.visitInvokeDynamicInsn("x", "()Ljava/lang/String;", lookalike, "\u0001", opensFile("/tmp/never"));
            mv.visitInsn(Opcodes.POP);
            mv.visitInvokeDynamicInsn("x", "()Ljava/lang/Object;", INVOKE,
                    new Handle(Opcodes.H_NEWINVOKESPECIAL, "java/io/FileOutputStream", "<init>", "(Ljava/lang/String;)V", false),
                    "/tmp/never");
            mv.visitInsn(Opcodes.POP);
        });

        assertThat(problems).extracting(RuleVerifier.Problem::message).containsExactly(
                "makes a lambda or method reference (java.lang.invoke.StringConcatFactory.makeConcatWithConstants), "
                        + "which only the generator may do",
                "makes a lambda or method reference (java.lang.invoke.ConstantBootstraps.invoke), which only the "
                        + "generator may do");
    }

    @Test
    void aDynamicConstantIsRefusedInAStaticInitialiser() {
        byte[] bytes = type(RULES, Opcodes.V17, Opcodes.ACC_PUBLIC, "java/lang/Object", null,
                cw -> method(cw, Opcodes.ACC_STATIC, "<clinit>", "()V", mv -> {
                    mv.visitLdcInsn(opensFile("/tmp/never"));
                    mv.visitInsn(Opcodes.POP);
                }));

        assertThat(verifyClass(RULES, bytes)).extracting(RuleVerifier.Problem::message)
                .containsExactly("loads a method handle or a dynamic constant, which rules may not do");
    }

    @Test
    void aSynchronizedMethodAndAMemberTheRuleSetsClassOnlyInheritsAreRefused() {
        // synchronized void block() { wait(); }, named on the class itself: Object.wait blocks forever.
        byte[] bytes = type(RULES, Opcodes.V17, Opcodes.ACC_PUBLIC, "java/lang/Object", null, cw -> {
            method(cw, Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNCHRONIZED, "block", "()V", mv -> {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                call(mv, Opcodes.INVOKEVIRTUAL, RULES, "wait", "()V");
            });
            method(cw, Opcodes.ACC_PUBLIC, "fine", "()V", mv -> {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                call(mv, Opcodes.INVOKEVIRTUAL, RULES, "hashCode", "()I");
                mv.visitInsn(Opcodes.POP);
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                call(mv, Opcodes.INVOKEVIRTUAL, RULES, "block", "()V");
            });
        });

        assertThat(verifyClass(RULES, bytes)).extracting(RuleVerifier.Problem::name, RuleVerifier.Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("synchronized",
                                "declares a synchronized method, which rules may not do"),
                        org.assertj.core.groups.Tuple.tuple("io.github.fulianrules.rules.Rules00RuleMethods0.wait",
                                "uses io.github.fulianrules.rules.Rules00RuleMethods0.wait, which the class does not "
                                        + "declare and the allow-list does not name"));
    }

    @Test
    void aMethodOfAnEnumOfTheRuleSetIsResolvedToEnumAndAConstructorIsNeverInherited() {
        String lambda = "io/github/fulianrules/rules/P00/LambdaPredicate00";
        byte[] bytes = type(lambda, Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_ENUM, "java/lang/Enum", null,
                cw -> method(cw, Opcodes.ACC_STATIC, "<clinit>", "()V", mv -> {
                    mv.visitInsn(Opcodes.ACONST_NULL);
                    call(mv, Opcodes.INVOKEVIRTUAL, lambda, "ordinal", "()I");
                    mv.visitInsn(Opcodes.POP);
                    mv.visitInsn(Opcodes.ACONST_NULL);
                    call(mv, Opcodes.INVOKEVIRTUAL, lambda, "getDeclaringClass", "()Ljava/lang/Class;");
                    mv.visitInsn(Opcodes.POP);
                    mv.visitTypeInsn(Opcodes.NEW, lambda);
                    call(mv, Opcodes.INVOKESPECIAL, lambda, "<init>", "()V");
                }));

        assertThat(verifyClass(lambda, bytes)).extracting(RuleVerifier.Problem::name).containsExactly(
                "io.github.fulianrules.rules.P00.LambdaPredicate00.getDeclaringClass",
                "io.github.fulianrules.rules.P00.LambdaPredicate00.<init>");
    }

    @Test
    void membersOfUnboundedCostAreNotOnTheAllowList() {
        // String.format("%1000000000s", x), new BigDecimal(1).setScale(100000000), nested lists hashed.
        List<RuleVerifier.Problem> problems = verify(mv -> {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.ACONST_NULL);
            call(mv, Opcodes.INVOKESTATIC, "java/lang/String", "format", "(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;");
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitLdcInsn(100_000_000);
            call(mv, Opcodes.INVOKEVIRTUAL, "java/math/BigDecimal", "setScale", "(I)Ljava/math/BigDecimal;");
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.ACONST_NULL);
            call(mv, Opcodes.INVOKEINTERFACE, "java/util/List", "hashCode", "()I");
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.ACONST_NULL);
            call(mv, Opcodes.INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I");
            mv.visitInsn(Opcodes.POP);
        });

        assertThat(names(problems)).containsExactly("java.lang.String.format", "java.math.BigDecimal.setScale",
                "java.util.List.hashCode", "java.util.Objects.hashCode");
    }
}
