package io.github.fulianrules.lint;

/**
 * One problem in a rule set, printed as {@code FILE:LINE:COL message}.
 *
 * @param file    the file, as given
 * @param line    the line, from 1 (0 when the whole file is meant)
 * @param column  the column, from 1 (0 when not known)
 * @param message what is wrong
 */
public record Problem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + message;
    }

    /** The problem as lint prints it for the rule set in {@code dir}: {@code DIR/FILE:LINE:COL message}. */
    public String in(java.nio.file.Path dir) {
        return dir.resolve(file) + ":" + line + ":" + column + " " + message;
    }
}
