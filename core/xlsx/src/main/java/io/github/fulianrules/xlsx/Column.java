package io.github.fulianrules.xlsx;

/**
 * One column of a district workbook's sheet: the record field it holds, its header in Chinese and
 * English, the clause of the plan it serves and a line on what to enter, in both languages. A set
 * of enumerated values (a Women's Home's seven haves) is one column here and one yes/no column per
 * value in the sheet.
 *
 * @param field  the record component, as named in the model and the JSON format
 * @param zh     the Chinese header, e.g. {@code 性别}
 * @param en     the English header, e.g. {@code gender}
 * @param clause the plan's clause the column serves, e.g. {@code 二(二)1}, or empty
 * @param noteZh what to enter, in Chinese
 * @param noteEn what to enter, in English
 */
record Column(String field, String zh, String en, String clause, String noteZh, String noteEn) {
    /** The header in {@code english} or Chinese. */
    String header(boolean english) {
        return english ? en : zh;
    }

    /** Whether the column holds an id: the record's own or one it refers to, where spaces at the edges are mistakes. */
    boolean isId() {
        return field.equals("id") || field.endsWith("Id") || field.endsWith("Of");
    }

    /** The note in {@code english} or Chinese. */
    String note(boolean english) {
        return english ? noteEn : noteZh;
    }
}
