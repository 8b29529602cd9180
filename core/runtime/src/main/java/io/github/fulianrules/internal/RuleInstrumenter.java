package io.github.fulianrules.internal;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Puts the calls of {@link io.github.fulianrules.verify.Budget} into a class of a rule set, as its
 * class loader defines it (after the verifier has read the class as it was given): a
 * {@code Budget.tick()} at the entry of every method and before every jump backwards, and after
 * every call that returns a text, a builder or a collection of {@code java.util} the check of what
 * it returned; String's searches of a text for a text are called through the budget, which bounds
 * them. The stack and the frames stay as they were: a tick takes and leaves nothing, a check takes
 * the value and gives it back, of the same type, a search takes what String's took.
 */
public final class RuleInstrumenter {
    private static final String BUDGET = "io/github/fulianrules/verify/Budget";
    /** Facts' values are the district's data, bounded where it is read: their getters are not checked. */
    private static final String MODEL = "io/github/fulianrules/model/";
    private static final Set<String> TEXTS = Set.of("Ljava/lang/String;", "Ljava/lang/StringBuilder;");
    private static final Set<String> COLLECTIONS =
            Set.of("Ljava/util/List;", "Ljava/util/Set;", "Ljava/util/Collection;", "Ljava/util/Map;");

    /** String's searches of a text for a text, which compare as many characters as the product of the lengths. */
    private static final Set<String> SEARCHES = Set.of("indexOf(Ljava/lang/String;)I", "indexOf(Ljava/lang/String;I)I",
            "lastIndexOf(Ljava/lang/String;)I", "lastIndexOf(Ljava/lang/String;I)I", "contains(Ljava/lang/CharSequence;)Z",
            "replace(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/lang/String;");

    private RuleInstrumenter() {
    }

    /** {@code bytes}, a class of a rule set, with the calls of the budget put in. */
    public static byte[] instrument(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                return (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0 ? mv : new Ticks(mv);
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class Ticks extends MethodVisitor {
        private final Set<Label> seen = new HashSet<>();

        Ticks(MethodVisitor mv) {
            super(Opcodes.ASM9, mv);
        }

        private void tick() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "tick", "()V", false);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            tick();
        }

        @Override
        public void visitLabel(Label label) {
            super.visitLabel(label);
            seen.add(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (seen.contains(label)) {
                tick();
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            if (backwards(dflt, labels)) {
                tick();
            }
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            if (backwards(dflt, labels)) {
                tick();
            }
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        private boolean backwards(Label dflt, Label[] labels) {
            boolean back = seen.contains(dflt);
            for (Label l : labels) {
                back |= seen.contains(l);
            }
            return back;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (opcode == Opcodes.INVOKEVIRTUAL && owner.equals("java/lang/String") && SEARCHES.contains(name + descriptor)) {
                // The same stack: the text, then the arguments; Budget's method checks the sizes and searches.
                super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, name, "(Ljava/lang/String;" + descriptor.substring(1), false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
            if (!owner.startsWith(MODEL)) {
                check(Type.getReturnType(descriptor).getDescriptor(), owner.startsWith("java/util/"));
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
            check(Type.getReturnType(descriptor).getDescriptor(), false);
        }

        /** The check of a value of type {@code returned} just made, if it is one whose size rule code chooses. */
        private void check(String returned, boolean collections) {
            if (TEXTS.contains(returned)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "text", "(" + returned + ")" + returned, false);
            } else if (collections && COLLECTIONS.contains(returned)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "flat", "(" + returned + ")" + returned, false);
            }
        }
    }
}
