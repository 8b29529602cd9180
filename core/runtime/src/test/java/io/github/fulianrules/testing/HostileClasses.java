package io.github.fulianrules.testing;

import io.github.fulianrules.internal.ModelClasses;
import io.github.fulianrules.internal.RuleBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Classes of a rule set written as an attacker would, at the level of bytecode, and bundles that
 * carry them (in the test jar, for every module that loads rules). Each attack, if it ran, would
 * create a file: a test asserts the file is not there.
 */
public final class HostileClasses {
    /** {@code ConstantBootstraps.invoke}: a dynamic constant whose value is what a method handle returns. */
    public static final Handle INVOKE = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps",
            "invoke", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;"
            + "Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;)Ljava/lang/Object;", false);
    /** The bootstrap of javac's string concatenation. */
    public static final Handle CONCAT = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory",
            "makeConcatWithConstants", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false);
    /** The bootstrap of lambdas. */
    public static final Handle METAFACTORY = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory",
            "metafactory", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
            + "Ljava/lang/invoke/CallSite;", false);
    /** The model class of every hostile bundle here. */
    public static final String MODEL = "io/github/fulianrules/rules/EvilModel";

    private HostileClasses() {
    }

    /** A dynamic constant that, once the JVM resolves it, opens (creates) the file {@code path}. */
    public static ConstantDynamic opensFile(Path path) {
        return new ConstantDynamic("file", "Ljava/lang/Object;", INVOKE, new Handle(Opcodes.H_NEWINVOKESPECIAL,
                "java/io/FileOutputStream", "<init>", "(Ljava/lang/String;)V", false), path.toString());
    }

    /** {@code "x" + …} whose recipe carries {@code constant} as its bootstrap argument, as javac never writes. */
    public static void concatWith(MethodVisitor mv, Object constant) {
        mv.visitLdcInsn("x");
        mv.visitInvokeDynamicInsn("makeConcatWithConstants", "(Ljava/lang/String;)Ljava/lang/String;", CONCAT,
                "\u0001\u0002", constant);
        mv.visitInsn(Opcodes.POP);
    }

    /** Static initialiser code whose string concatenation creates {@code marker} when the class initialises. */
    public static Consumer<MethodVisitor> concatCreating(Path marker) {
        return mv -> concatWith(mv, opensFile(marker));
    }

    /** Static initialiser code whose lambda's first bootstrap argument creates {@code marker}. */
    public static Consumer<MethodVisitor> lambdaCreating(Path marker) {
        return mv -> {
            mv.visitInvokeDynamicInsn("get", "()Ljava/util/function/Supplier;", METAFACTORY, opensFile(marker),
                    new Handle(Opcodes.H_INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false),
                    org.objectweb.asm.Type.getType("()Ljava/lang/Object;"));
            mv.visitInsn(Opcodes.POP);
        };
    }

    /**
     * A model class {@value #MODEL} with a public constructor and the static initialiser {@code clinit};
     * with {@code waits}, the constructor calls a synchronized method that waits on the class's own
     * monitor for ever (named on the class, so that {@code wait} looks like its own member).
     */
    public static byte[] model(Consumer<MethodVisitor> clinit, boolean waits) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, MODEL, null, "java/lang/Object", new String[] {"org/drools/model/Model"});
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        if (waits) {
            init.visitVarInsn(Opcodes.ALOAD, 0);
            init.visitMethodInsn(Opcodes.INVOKEVIRTUAL, MODEL, "block", "()V", false);
        }
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor block = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNCHRONIZED, "block", "()V", null, null);
        block.visitCode();
        block.visitVarInsn(Opcodes.ALOAD, 0);
        block.visitMethodInsn(Opcodes.INVOKEVIRTUAL, MODEL, "wait", "()V", false);
        block.visitInsn(Opcodes.RETURN);
        block.visitMaxs(0, 0);
        block.visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        clinit.accept(mv);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * A class {@value #MODEL} that the verifier allows but that is no {@code Model}: its static
     * initialiser throws, so a load that initialised it would fail with that, not with a refusal.
     */
    public static byte[] notAModel() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, MODEL, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        mv.visitTypeInsn(Opcodes.NEW, "java/lang/RuntimeException");
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/RuntimeException", "<init>", "()V", false);
        mv.visitInsn(Opcodes.ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Writes a bundle to {@code jar} of the {@code model} class and a model index of {@code index}, with a valid hash. */
    public static Path bundle(Path jar, byte[] model, List<String> index) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        if (model != null) {
            classes.put(MODEL + ".class", model);
        }
        Map<String, byte[]> files = Map.of("evil.drl", "package io.github.fulianrules.rules;\n".getBytes(StandardCharsets.UTF_8));
        new RuleBundle(new ModelClasses(classes, index), files).write(jar);
        return jar;
    }

    /** Defines and initialises {@code bytes} as the class {@value #MODEL}, as a JVM would without the verifier. */
    public static void initialiseUnverified(byte[] bytes) throws ClassNotFoundException {
        ClassLoader loader = new ClassLoader(HostileClasses.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (!name.equals(MODEL.replace('/', '.'))) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        Class.forName(MODEL.replace('/', '.'), true, loader);
    }
}
