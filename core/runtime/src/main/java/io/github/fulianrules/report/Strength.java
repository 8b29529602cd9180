package io.github.fulianrules.report;

/**
 * How firmly the plan words a requirement, read from its own words, and what a failed check yields.
 */
public enum Strength {
    /** 确保, 100%, 全覆盖, 由…兼任, 不低于, 不少于: a failure is a violation. */
    MUST(Kind.VIOLATION),
    /** 原则上: a violation unless a valid waiver exists; then kept, marked waived. */
    IN_PRINCIPLE(Kind.VIOLATION),
    /** 一般, or a plain directive (定期, 落实…制度, 推进, 开展): a warning. */
    SHOULD(Kind.WARNING),
    /** 因地制宜, 探索, 培育, 推动: a recommendation. */
    ENCOURAGED(Kind.RECOMMENDATION),
    /** Not a requirement of the plan: a fact that cannot be judged. */
    DATA(Kind.DATA);

    private final Kind kind;

    Strength(Kind kind) {
        this.kind = kind;
    }

    /** The kind of finding a failed check of this strength yields. */
    public Kind findingKind() {
        return kind;
    }

    /** Whether an approved waiver can exempt a subject. */
    public boolean waivable() {
        return this == IN_PRINCIPLE;
    }
}
