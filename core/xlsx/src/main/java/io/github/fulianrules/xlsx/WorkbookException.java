package io.github.fulianrules.xlsx;

import io.github.fulianrules.input.InputException;

/**
 * A district workbook that cannot be read into the fact model, with the place and the reason in
 * one line: {@code FILE!SHEET!CELL: COLUMN: what is wrong}, e.g.
 * {@code 青溪区.xlsx!人员!D17: 性别: unknown value "F" (expected 女, 男)}. The column is named by its
 * header as the file has it. Where a part is not known it is left out: a file that is not a
 * workbook has no sheet, a sheet that is missing has no cell, a row without a cell has its number.
 */
public class WorkbookException extends InputException {
    private final String file;
    private final String sheet;
    private final String cell;

    /**
     * @param file    the file or stream name
     * @param sheet   the sheet's name, or empty
     * @param cell    the cell ({@code D17}) or row ({@code 17}), or empty
     * @param column  the column's header, or empty
     * @param problem what is wrong
     */
    public WorkbookException(String file, String sheet, String cell, String column, String problem) {
        this(file, sheet, cell, column, problem, null);
    }

    /** As {@link #WorkbookException(String, String, String, String, String)}, keeping the cause. */
    public WorkbookException(String file, String sheet, String cell, String column, String problem, Throwable cause) {
        super(place(file, sheet, cell), 0, 0, column, problem, cause);
        this.file = file;
        this.sheet = sheet == null ? "" : sheet;
        this.cell = cell == null ? "" : cell;
    }

    private static String place(String file, String sheet, String cell) {
        StringBuilder s = new StringBuilder(file);
        if (sheet != null && !sheet.isEmpty()) {
            s.append('!').append(sheet);
            if (cell != null && !cell.isEmpty()) {
                s.append('!').append(cell);
            }
        }
        return s.toString();
    }

    /** The file or stream name. */
    public String file() {
        return file;
    }

    /** The sheet's name; empty when the problem is with the whole file. */
    public String sheet() {
        return sheet;
    }

    /** The cell ({@code D17}) or row ({@code 17}); empty when the problem is with a whole sheet. */
    public String cell() {
        return cell;
    }
}
