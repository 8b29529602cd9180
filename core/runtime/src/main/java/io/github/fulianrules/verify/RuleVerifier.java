package io.github.fulianrules.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The guarantee that a rule set only judges facts: a check of the bytecode its rules compile to,
 * class by class, against an allow-list. What a rule may use is data, the resource
 * {@value #ALLOW_LIST} beside this class: the fact model, {@code rulesupport}, a named list of JDK
 * value members, and the members of the Drools executable model that its generator writes. Anything
 * else is refused, and so is what would let an analyst write a program rather than a rule:
 * anonymous and local classes, loops (a jump backwards), recursion, exception handlers, locks,
 * arrays of a size computed at run time, lambdas in an analyst's own code, writes to fields,
 * synchronized and native methods.
 *
 * <p>Every constant that could run code is read: an {@code ldc} of a method handle, a method type
 * or a dynamic constant is refused; an {@code invokedynamic} is allowed only with javac's string
 * concatenation (whose bootstrap arguments must all be strings) or, in the generator's code, the
 * lambda metafactory with exactly a method type, a method (not a field) on the allow-list and a
 * method type. A member named on one of the rule set's own classes must be one that class declares,
 * or is looked up in its supertypes and allowed only as the allow-list allows it there.
 *
 * <p>Bytes in, problems out: an empty list means the classes may be loaded. Each problem names the
 * rule whose code it was found in, where it can be traced to one.
 *
 * <pre>{@code
 * List<RuleVerifier.Problem> problems = RuleVerifier.standard().verify(classes);   // name -> bytes
 * problems.forEach(p -> System.out.println(p.rule() + ": " + p.message()));
 * // DATA probe: uses java.util.Formatter.<init>, which is not on the allow-list
 * }</pre>
 *
 * <p>Code an analyst wrote is the body of a constraint or a consequence: the methods of the
 * generator's lambda classes that implement {@code org.drools.model.functions}, and any
 * {@code lambda$} method. The rest is what the generator writes around it, which may also use the
 * {@code [generated]} part of the allow-list.
 */
public final class RuleVerifier {
    /** The allow-list, a class-path resource beside this class. */
    public static final String ALLOW_LIST = "allowed.txt";
    /** Where every class of a rule set lives: the rules' package and its sub-packages. */
    private static final String RULES_PACKAGE = "io/github/fulianrules/rules/";
    /** Java 7: from here the JVM verifies every class by its stack map frames. */
    private static final int OLDEST_CLASS_VERSION = Opcodes.V1_7;
    private static final String FUNCTIONS = "org/drools/model/functions/";
    private static final Set<String> GENERATED_METHODS_OF_LAMBDAS =
            Set.of("<clinit>", "<init>", "getExpressionHash", "predicateInformation", "values", "valueOf");
    private static final Set<String> RULE_BUILDERS =
            Set.of("org/drools/modelcompiler/dsl/pattern/D", "org/drools/model/PatternDSL", "org/drools/model/DSL");

    /** The bootstrap of javac's string concatenation, the one {@code invokedynamic} an analyst's code may hold. */
    private static final Handle CONCAT = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory",
            "makeConcatWithConstants", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false);
    /** The bootstrap of the generator's lambdas. */
    private static final Handle METAFACTORY = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory",
            "metafactory", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
            + "Ljava/lang/invoke/CallSite;", false);

    private static volatile RuleVerifier standard;

    /** For each type (internal name), the members allowed in an analyst's code; "*" stands for all it declares. */
    private final Map<String, Set<String>> rules;
    /** The same for the code the generator writes, on top of {@link #rules}. */
    private final Map<String, Set<String>> generated;
    /** Packages (internal names, ending in /) every type and declared member of which is allowed. */
    private final Set<String> packages;
    private final Map<String, Optional<Class<?>>> trusted = new ConcurrentHashMap<>();
    /** What {@link #memberAllowed} found for members of the allowed packages, by owner, name, descriptor and kind of code. */
    private final Map<String, Boolean> resolved = new ConcurrentHashMap<>();

    private RuleVerifier(Map<String, Set<String>> rules, Map<String, Set<String>> generated, Set<String> packages) {
        this.rules = rules;
        this.generated = generated;
        this.packages = packages;
    }

    /**
     * A problem in a rule set's code.
     *
     * @param rule      the rule whose code it is in, or {@code null} when it cannot be traced to one
     * @param className the class it is in, e.g. {@code io.github.fulianrules.rules.P49.LambdaConsequence49…}
     * @param name      what it names: a member ({@code java.util.Formatter.<init>}) or a construct ({@code loop})
     * @param message   what is wrong, in a sentence without the rule
     */
    public record Problem(String rule, String className, String name, String message) {
    }

    /** The verifier with the allow-list {@value #ALLOW_LIST}, read once. */
    public static RuleVerifier standard() {
        RuleVerifier v = standard;
        if (v == null) {
            try (InputStream in = RuleVerifier.class.getResourceAsStream(ALLOW_LIST)) {
                if (in == null) {
                    throw new IllegalStateException("the allow-list " + ALLOW_LIST + " is not on the class path");
                }
                v = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = v;
        }
        return v;
    }

    /** Reads an allow-list in the format of {@value #ALLOW_LIST}. */
    static RuleVerifier parse(InputStream in) throws IOException {
        Map<String, Set<String>> rules = new HashMap<>();
        Map<String, Set<String>> generated = new HashMap<>();
        Set<String> packages = new HashSet<>();
        Map<String, Set<String>> section = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.equals("[rules]") || text.equals("[generated]")) {
                section = text.equals("[rules]") ? rules : generated;
            } else if (section == null) {
                throw new IllegalArgumentException(ALLOW_LIST + ":" + number + ": [rules] or [generated] first");
            } else if (text.endsWith(".*")) {
                packages.add(text.substring(0, text.length() - 1).replace('.', '/'));
            } else {
                int colon = text.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException(ALLOW_LIST + ":" + number + ": type: members, or package.*");
                }
                String type = text.substring(0, colon).strip().replace('.', '/');
                Set<String> members = section.computeIfAbsent(type, t -> new HashSet<>());
                for (String member : text.substring(colon + 1).strip().split("\\s+")) {
                    if (!member.isEmpty()) {
                        members.add(member);
                    }
                }
            }
        }
        return new RuleVerifier(rules, generated, packages);
    }

    /**
     * Every problem of {@code classes}, in class order; empty when they may all be loaded.
     *
     * @param classes each class of a rule set by its name, internal ({@code io/github/…/X}) or as a
     *                file ({@code io/github/…/X.class}), with its bytes
     */
    public List<Problem> verify(Map<String, byte[]> classes) {
        Map<String, byte[]> byName = new TreeMap<>();
        classes.forEach((name, bytes) -> byName.put(name.endsWith(".class") ? name.substring(0, name.length() - 6) : name,
                bytes));
        Scan scan = new Scan(declarations(byName));
        for (Map.Entry<String, byte[]> c : byName.entrySet()) {
            try {
                new ClassReader(c.getValue()).accept(scan.classVisitor(c.getKey()), 0);
            } catch (RuntimeException e) {
                scan.problem(c.getKey(), null, "class file", "cannot be read as a class: " + e);
            }
        }
        scan.recursion();
        return scan.problems();
    }

    /** What a class of the rule set declares: its supertypes, methods ({@code name+desc}) and fields. */
    private record Declared(String superName, List<String> interfaces, Set<String> methods, Set<String> fields) {
    }

    private static final Declared NOTHING = new Declared(null, List.of(), Set.of(), Set.of());

    /** The declarations of each class of a rule set by its internal name; an unreadable class declares nothing. */
    private static Map<String, Declared> declarations(Map<String, byte[]> classes) {
        Map<String, Declared> out = new HashMap<>();
        classes.forEach((name, bytes) -> {
            Declared d = new Declared(null, new ArrayList<>(), new HashSet<>(), new HashSet<>());
            try {
                new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                    private Declared found = d;

                    @Override
                    public void visit(int version, int access, String n, String signature, String superName,
                                      String[] interfaces) {
                        found = new Declared(superName, interfaces == null ? List.of() : List.of(interfaces),
                                d.methods(), d.fields());
                    }

                    @Override
                    public org.objectweb.asm.FieldVisitor visitField(int access, String n, String desc, String signature,
                                                                     Object value) {
                        found.fields().add(n);
                        return null;
                    }

                    @Override
                    public MethodVisitor visitMethod(int access, String n, String desc, String signature,
                                                     String[] exceptions) {
                        found.methods().add(n + desc);
                        return null;
                    }

                    @Override
                    public void visitEnd() {
                        out.put(name, found);
                    }
                }, ClassReader.SKIP_CODE);
            } catch (RuntimeException e) {
                out.put(name, d);   // verify() reports it
            }
        });
        return out;
    }

    /** Whether an analyst's code (or with {@code generatedCode}, the generator's) may name the class {@code type}. */
    private boolean typeAllowed(String type, boolean generatedCode) {
        return inPackage(type) || rules.containsKey(type) || generatedCode && generated.containsKey(type);
    }

    private boolean inPackage(String type) {
        int slash = type.lastIndexOf('/');
        return slash > 0 && packages.contains(type.substring(0, slash + 1));
    }

    private boolean listed(String owner, String name, boolean generatedCode) {
        return rules.getOrDefault(owner, Set.of()).contains(name)
                || generatedCode && generated.getOrDefault(owner, Set.of()).contains(name);
    }

    /**
     * Whether code may use member {@code name} (descriptor {@code desc}, {@code null} for a field)
     * named on {@code owner}. On a type of an allowed package the member is looked up as the JVM
     * would, and it is allowed if the type declaring it is of such a package or lists it: so a fact's
     * {@code getClass()} resolves to {@code Object.getClass}, which is not listed.
     */
    private boolean memberAllowed(String owner, String name, String desc, boolean generatedCode) {
        if (listed(owner, name, generatedCode)) {
            return true;
        }
        if (!inPackage(owner)) {
            return false;
        }
        return resolved.computeIfAbsent(owner + "." + name + desc + generatedCode,
                k -> declaredAllowed(owner, name, desc, generatedCode));
    }

    private boolean declaredAllowed(String owner, String name, String desc, boolean generatedCode) {
        Optional<Class<?>> type = trusted.computeIfAbsent(owner, RuleVerifier::load);
        if (type.isEmpty()) {
            return false;
        }
        Optional<Class<?>> declaring = desc == null ? fieldDeclarer(type.get(), name) : methodDeclarer(type.get(), name, desc);
        return declaring.isPresent() && (inPackage(Type.getInternalName(declaring.get()))
                || listed(Type.getInternalName(declaring.get()), name, generatedCode));
    }

    private static Optional<Class<?>> load(String internalName) {
        try {
            return Optional.of(Class.forName(internalName.replace('/', '.'), false, RuleVerifier.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static Optional<Class<?>> fieldDeclarer(Class<?> type, String name) {
        for (Class<?> c : supertypes(type)) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> methodDeclarer(Class<?> type, String name, String desc) {
        for (Class<?> c : supertypes(type)) {
            List<Executable> members = new ArrayList<>();
            if (name.equals("<init>")) {
                if (c != type) {
                    return Optional.empty();   // constructors are not inherited
                }
                members.addAll(List.of(c.getDeclaredConstructors()));
            } else {
                members.addAll(List.of(c.getDeclaredMethods()));
            }
            for (Executable m : members) {
                String d = m instanceof Method method ? Type.getMethodDescriptor(method)
                        : Type.getConstructorDescriptor((Constructor<?>) m);
                if ((name.equals("<init>") || m.getName().equals(name)) && d.equals(desc)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code type}, its superclasses, then its interfaces, nearest first, each once. */
    private static List<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            all.add(c);
        }
        Deque<Class<?>> todo = new ArrayDeque<>(all);
        while (!todo.isEmpty()) {
            for (Class<?> i : todo.pop().getInterfaces()) {
                if (all.add(i)) {
                    todo.add(i);
                }
            }
        }
        if (type.isInterface()) {
            all.add(Object.class);
        }
        return List.copyOf(all);
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    /** One run of {@link #verify}: what was found, and what is needed to trace it to a rule. */
    private final class Scan {
        private final Set<String> own;
        private final Map<String, Declared> declared;
        private final Map<String, List<String[]>> problemsByClass = new LinkedHashMap<>();
        /** Rule name by the method that builds it, {@code class.method}. */
        private final Map<String, String> ruleOfBuilder = new HashMap<>();
        /** For each class, the classes of the rule set that its code names. */
        private final Map<String, Set<String>> uses = new HashMap<>();
        /** For each builder method, the classes of the rule set that it names. */
        private final Map<String, Set<String>> usesOfBuilder = new HashMap<>();
        /** The classes of an analyst's code: the lambda classes and the anonymous or local classes in them. */
        private final Set<String> ruleCode = new HashSet<>();
        /** Calls between methods of the rule set, {@code class.name(desc)}. */
        private final Map<String, Set<String>> calls = new HashMap<>();

        Scan(Map<String, Declared> declared) {
            this.own = declared.keySet();
            this.declared = declared;
        }

        /**
         * Whether the member {@code name} ({@code desc}, {@code null} for a field) named on the rule
         * set's class {@code owner} is one that class declares; if not, it is looked up in the
         * class's supertypes as the JVM would, and allowed only where the allow-list allows it there
         * (a lambda class's {@code wait()} is {@code Object.wait}, which it does not).
         */
        boolean ownMemberAllowed(String owner, String name, String desc, boolean generatedCode) {
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(owner));
            while (!todo.isEmpty()) {
                String type = todo.pop();
                if (!seen.add(type)) {
                    continue;
                }
                Declared d = declared.get(type);
                if (d == null) {
                    if (memberAllowed(type, name, desc, generatedCode)) {
                        return true;
                    }
                    continue;
                }
                if (desc == null ? d.fields().contains(name) : d.methods().contains(name + desc)) {
                    return true;
                }
                if (!"<init>".equals(name)) {
                    if (d.superName() != null) {
                        todo.add(d.superName());
                    }
                    todo.addAll(d.interfaces());
                }
            }
            return false;
        }

        void problem(String className, String method, String name, String message) {
            problemsByClass.computeIfAbsent(className, c -> new ArrayList<>()).add(new String[] {method, name, message});
        }

        ClassVisitor classVisitor(String expectedName) {
            return new ClassVisitor(Opcodes.ASM9) {
                private String name = expectedName;
                private boolean lambda;

                @Override
                public void visit(int version, int access, String className, String signature, String superName,
                                  String[] interfaces) {
                    name = className;
                    if (!className.equals(expectedName)) {
                        problem(expectedName, null, dotted(className), "is stored under another name");
                    }
                    if (!className.startsWith(RULES_PACKAGE)) {
                        problem(className, null, dotted(className), "is a class outside the rules' package "
                                + dotted(RULES_PACKAGE));
                    }
                    if ((version & 0xFFFF) < OLDEST_CLASS_VERSION) {
                        problem(className, null, "class version", "is compiled for a Java older than 7");
                    }
                    if ((access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ANNOTATION | Opcodes.ACC_MODULE)) != 0) {
                        problem(className, null, "interface", "is an interface, an annotation or a module");
                    }
                    if (!"java/lang/Object".equals(superName) && !"java/lang/Enum".equals(superName)) {
                        problem(className, null, dotted(String.valueOf(superName)), "extends " + dotted(String.valueOf(superName))
                                + ", not a class the generator extends");
                    }
                    for (String i : interfaces) {
                        if (!typeAllowed(i, true)) {
                            problem(className, null, dotted(i), "implements " + dotted(i) + ", which is not on the allow-list");
                        }
                        lambda |= i.startsWith(FUNCTIONS) && !i.equals(FUNCTIONS + "HashedExpression");
                    }
                }

                @Override
                public void visitOuterClass(String owner, String method, String descriptor) {
                    ruleCode.add(name);
                    problem(name, null, "anonymous class", "is an anonymous or local class, which rules may not declare");
                }

                @Override
                public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                                                 String[] exceptions) {
                    if ((access & Opcodes.ACC_NATIVE) != 0) {
                        problem(name, method, "native", "declares a native method");
                    }
                    if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                        problem(name, method, "synchronized", "declares a synchronized method, which rules may not do");
                    }
                    if (lambda) {
                        ruleCode.add(name);
                    }
                    boolean analysts = method.startsWith("lambda$") || lambda && (access & Opcodes.ACC_BRIDGE) == 0
                            && !GENERATED_METHODS_OF_LAMBDAS.contains(method);
                    return new CodeScan(name, method + descriptor, !analysts);
                }
            };
        }

        /** The checks of one method's code. */
        private final class CodeScan extends MethodVisitor {
            private final String className;
            private final String method;
            private final boolean generatedCode;
            private final Set<Label> seen = new HashSet<>();
            private final Set<Label> jumpTargets = new HashSet<>();
            /** Where the int on top of the stack comes from, for an array's size. */
            private IntSource top = IntSource.OTHER;
            private boolean dup;
            private final Set<Integer> lengthLocals = new HashSet<>();
            private final Deque<String> strings = new ArrayDeque<>();

            CodeScan(String className, String method, boolean generatedCode) {
                super(Opcodes.ASM9);
                this.className = className;
                this.method = method;
                this.generatedCode = generatedCode;
            }

            private void refuse(String name, String message) {
                problem(className, method, name, message);
            }

            private void uses(String owner) {
                if (own.contains(owner)) {
                    uses.computeIfAbsent(className, c -> new HashSet<>()).add(owner);
                    usesOfBuilder.computeIfAbsent(className + "." + method, c -> new HashSet<>()).add(owner);
                }
            }

            private void next(IntSource source) {
                top = source;
                dup = false;
            }

            /** Checks a type named by its internal name or, for an array, its descriptor. */
            private void checkType(String type, String what) {
                Type t = type.startsWith("[") ? Type.getType(type) : Type.getObjectType(type);
                if (t.getSort() == Type.ARRAY) {
                    t = t.getElementType();
                }
                if (t.getSort() != Type.OBJECT) {
                    return;   // a primitive
                }
                String element = t.getInternalName();
                uses(element);
                if (!own.contains(element) && !typeAllowed(element, generatedCode)) {
                    refuse(dotted(element), what + " " + dotted(element) + ", which is not on the allow-list");
                }
            }

            private void checkMember(String owner, String name, String desc, String what) {
                if (own.contains(owner)) {
                    uses(owner);
                    if (!generatedCode && !owner.equals(className)) {
                        refuse(dotted(owner) + "." + name, "calls the rule set's generated code directly");
                    } else if (!ownMemberAllowed(owner, name, desc, generatedCode)) {
                        refuse(dotted(owner) + "." + name, what + " " + dotted(owner) + "." + name
                                + ", which the class does not declare and the allow-list does not name");
                    }
                    return;
                }
                if (owner.startsWith("[") && "clone".equals(name)) {
                    return;   // an enum's values() copies its array
                }
                if (!memberAllowed(owner, name, desc, generatedCode)) {
                    refuse(dotted(owner) + "." + name, what + " " + dotted(owner) + "." + name
                            + ", which is not on the allow-list");
                }
            }

            @Override
            public void visitLabel(Label label) {
                seen.add(label);
                if (jumpTargets.contains(label)) {
                    next(IntSource.OTHER);   // paths meet here
                    lengthLocals.clear();
                }
            }

            private void jump(Label target) {
                if (seen.contains(target)) {
                    refuse("loop", "loops (jumps backwards), which rules may not do");
                }
                jumpTargets.add(target);
            }

            @Override
            public void visitJumpInsn(int opcode, Label label) {
                jump(label);
                next(IntSource.OTHER);
            }

            @Override
            public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                jump(dflt);
                for (Label l : labels) {
                    jump(l);
                }
                next(IntSource.OTHER);
            }

            @Override
            public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                visitTableSwitchInsn(0, 0, dflt, labels);
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                refuse("try", "catches exceptions, which rules may not do");
            }

            @Override
            public void visitInsn(int opcode) {
                if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
                    refuse("synchronized", "takes a lock, which rules may not do");
                }
                if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5) {
                    next(IntSource.CONSTANT);
                } else if (opcode == Opcodes.ARRAYLENGTH) {
                    next(IntSource.LENGTH);
                } else if (opcode == Opcodes.DUP) {
                    dup = true;
                } else {
                    next(IntSource.OTHER);
                }
            }

            @Override
            public void visitIntInsn(int opcode, int operand) {
                if (opcode == Opcodes.NEWARRAY) {
                    newArray("an array");
                } else {
                    next(IntSource.CONSTANT);   // BIPUSH, SIPUSH: at most 32767
                }
            }

            @Override
            public void visitVarInsn(int opcode, int var) {
                if (opcode == Opcodes.ISTORE) {
                    if (top == IntSource.LENGTH) {
                        lengthLocals.add(var);
                    } else {
                        lengthLocals.remove(var);
                    }
                    next(dup ? top : IntSource.OTHER);
                } else if (opcode == Opcodes.ILOAD) {
                    next(lengthLocals.contains(var) ? IntSource.LENGTH : IntSource.OTHER);
                } else {
                    next(IntSource.OTHER);
                }
            }

            @Override
            public void visitIincInsn(int var, int increment) {
                lengthLocals.remove(var);
                next(IntSource.OTHER);
            }

            /** An array may be as large as a constant in the code (a list of elements) or as an existing array. */
            private void newArray(String what) {
                if (top == IntSource.OTHER) {
                    refuse("array", "creates " + what + " of a size computed at run time, which rules may not do");
                }
                next(IntSource.OTHER);
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                if (opcode == Opcodes.ANEWARRAY) {
                    checkType(type, "creates an array of");
                    newArray("an array");
                    return;
                }
                checkType(type, opcode == Opcodes.NEW ? "creates" : "names");
                next(IntSource.OTHER);
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
                refuse("array", "creates a multi-dimensional array, which rules may not do");
                next(IntSource.OTHER);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                boolean write = opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC;
                if (write && (!generatedCode || !owner.equals(className))) {
                    refuse(dotted(owner) + "." + name, "writes the field " + dotted(owner) + "." + name
                            + ", which rules may not do");
                } else if (own.contains(owner)) {
                    uses(owner);
                    if (write ? !declared.getOrDefault(owner, NOTHING).fields().contains(name)
                            : !ownMemberAllowed(owner, name, null, generatedCode)) {
                        refuse(dotted(owner) + "." + name, (write ? "writes " : "reads ") + dotted(owner) + "." + name
                                + ", which the class does not declare");
                    }
                } else {
                    checkMember(owner, name, null, "reads");
                }
                next(IntSource.OTHER);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                if (own.contains(owner)) {
                    calls.computeIfAbsent(className + "." + method, m -> new HashSet<>()).add(owner + "." + name + descriptor);
                }
                checkMember(owner, name, descriptor, "uses");
                if (RULE_BUILDERS.contains(owner) && name.equals("rule") && strings.size() >= 2) {
                    ruleOfBuilder.put(className + "." + method, strings.peek());
                }
                next(IntSource.OTHER);
            }

            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof String s) {
                    strings.push(s);
                } else if (value instanceof Type t && (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY)) {
                    checkType(t.getInternalName(), "names");
                } else if (value instanceof Type || value instanceof Handle || value instanceof ConstantDynamic) {
                    refuse("constant", "loads a method handle or a dynamic constant, which rules may not do");
                }
                next(IntSource.OTHER);
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                Type call = Type.getMethodType(descriptor);
                if (bootstrap.equals(CONCAT)) {
                    // javac's string concatenation: a recipe, and the constants it could not inline, all strings
                    for (Object a : arguments) {
                        if (!(a instanceof String)) {
                            refuseConstant(a, "joins strings with");
                        }
                    }
                    checkMethodType(call, "joins strings of");
                    if (!Type.getReturnType(descriptor).getDescriptor().equals("Ljava/lang/String;")) {
                        refuse("lambda", "joins strings into a " + Type.getReturnType(descriptor).getClassName()
                                + ", which javac does not write");
                    }
                } else if (!bootstrap.equals(METAFACTORY) || !generatedCode) {
                    refuse("lambda", "makes a lambda or method reference (" + dotted(bootstrap.getOwner()) + "."
                            + bootstrap.getName() + "), which only the generator may do");
                } else if (arguments.length != 3 || !isMethodType(arguments[0]) || !(arguments[1] instanceof Handle h)
                        || !isMethodType(arguments[2])) {
                    refuse("lambda", "makes a lambda with bootstrap arguments other than a method type, a method and "
                            + "a method type");
                    for (Object a : arguments) {
                        if (!isMethodType(a) && !(a instanceof Handle)) {
                            refuseConstant(a, "makes a lambda of");
                        }
                    }
                } else {
                    checkType(Type.getReturnType(descriptor).getInternalName(), "makes a function of type");
                    for (Type captured : call.getArgumentTypes()) {
                        checkValueType(captured, "makes a function of");
                    }
                    checkMethodType((Type) arguments[0], "makes a function of");
                    checkMethodType((Type) arguments[2], "makes a function of");
                    if (h.getTag() < Opcodes.H_INVOKEVIRTUAL) {
                        refuse("constant", "makes a function of the field " + dotted(h.getOwner()) + "." + h.getName()
                                + ", which rules may not do");
                    } else {
                        if (own.contains(h.getOwner())) {
                            calls.computeIfAbsent(className + "." + method, m -> new HashSet<>())
                                    .add(h.getOwner() + "." + h.getName() + h.getDesc());
                        }
                        checkMember(h.getOwner(), h.getName(), h.getDesc(), "refers to");
                    }
                }
                next(IntSource.OTHER);
            }

            private static boolean isMethodType(Object constant) {
                return constant instanceof Type t && t.getSort() == Type.METHOD;
            }

            /** Checks every type a method type names. */
            private void checkMethodType(Type type, String what) {
                for (Type t : type.getArgumentTypes()) {
                    checkValueType(t, what);
                }
                checkValueType(type.getReturnType(), what);
            }

            private void checkValueType(Type t, String what) {
                if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
                    checkType(t.getSort() == Type.ARRAY ? t.getDescriptor() : t.getInternalName(), what);
                }
            }

            private void refuseConstant(Object constant, String what) {
                String kind = constant instanceof ConstantDynamic ? "a dynamic constant"
                        : constant instanceof Handle ? "a method handle"
                        : constant instanceof Type ? "a type" : "a constant of type " + constant.getClass().getSimpleName();
                refuse("constant", what + " " + kind + ", which rules may not do");
            }
        }

        /** Refuses every method that can call itself again, directly or through others. */
        void recursion() {
            Set<String> done = new HashSet<>();
            for (String start : calls.keySet()) {
                findCycle(start, new HashSet<>(), done);
            }
        }

        private void findCycle(String at, Set<String> onPath, Set<String> done) {
            if (onPath.contains(at)) {
                String className = at.substring(0, at.indexOf('.'));
                problem(className, at.substring(at.indexOf('.') + 1), "recursion",
                        "calls itself (recursion), which rules may not do");
                return;
            }
            if (!done.add(at)) {
                return;
            }
            onPath.add(at);
            for (String callee : calls.getOrDefault(at, Set.of())) {
                findCycle(callee, onPath, done);
            }
            onPath.remove(at);
        }

        /**
         * The problems, each traced to its rule: a problem in a method that builds a rule to that
         * rule, one in the code of an analyst's expression to every rule that uses it.
         */
        List<Problem> problems() {
            Map<String, Set<String>> rulesOfClass = new HashMap<>();
            ruleOfBuilder.forEach((builder, rule) -> {
                Deque<String> todo = new ArrayDeque<>(usesOfBuilder.getOrDefault(builder, Set.of()));
                Set<String> reached = new HashSet<>();
                while (!todo.isEmpty()) {
                    String c = todo.pop();
                    if (ruleCode.contains(c) && reached.add(c)) {
                        rulesOfClass.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(rule);
                        todo.addAll(uses.getOrDefault(c, Set.of()));
                    }
                }
            });
            List<Problem> out = new ArrayList<>();
            Set<String> distinct = new HashSet<>();
            problemsByClass.forEach((className, found) -> {
                for (String[] p : found) {
                    String builderRule = p[0] == null ? null : ruleOfBuilder.get(className + "." + p[0]);
                    Set<String> rules = builderRule != null ? Set.of(builderRule) : rulesOfClass.getOrDefault(className, Set.of());
                    for (String rule : rules.isEmpty() ? Collections.<String>singleton(null) : rules) {
                        if (distinct.add(rule + "\n" + className + "\n" + p[1] + "\n" + p[2])) {
                            out.add(new Problem(rule, dotted(className), p[1], p[2]));
                        }
                    }
                }
            });
            return List.copyOf(out);
        }
    }

    private enum IntSource { CONSTANT, LENGTH, OTHER }
}
