package io.github.fulianrules.xlsx;

import java.nio.file.Path;

/** For {@link HostileWorkbookTest}: reads the workbook named by the argument in a JVM of its own, printing what happens. */
final class ReadInSmallHeap {
    private ReadInSmallHeap() {
    }

    public static void main(String[] args) {
        try {
            System.out.println("read " + DistrictWorkbook.read(Path.of(args[0])).size() + " facts");
        } catch (WorkbookException e) {
            System.out.println(e.getMessage());
        }
    }
}
