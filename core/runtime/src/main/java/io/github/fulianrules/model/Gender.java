package io.github.fulianrules.model;

/** A person's gender as recorded; several requirements ask for women (优秀女性, 女性领导). */
public enum Gender {
    FEMALE,
    MALE
}
