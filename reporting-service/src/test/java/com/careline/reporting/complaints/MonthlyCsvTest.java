package com.careline.reporting.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MonthlyCsvTest {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaShowsAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", MonthlyCsv.escape("=HYPERLINK(\"http://x\")"));
        assertEquals("'+86 555", MonthlyCsv.escape("+86 555"));
        assertEquals("'-1", MonthlyCsv.escape("-1"));
        assertEquals("'@SUM(A1)", MonthlyCsv.escape("@SUM(A1)"));
        assertEquals("\"'\rcmd\"", MonthlyCsv.escape("\rcmd"));
        assertEquals("'\tx", MonthlyCsv.escape("\tx"));
    }

    @Test
    void plainCellsStayAsTheyAreAndSeparatorsAreQuoted() {
        assertEquals("SZ", MonthlyCsv.escape("SZ"));
        assertEquals("tel:ab12", MonthlyCsv.escape("tel:ab12"));
        assertEquals("\"a,b\"", MonthlyCsv.escape("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", MonthlyCsv.escape("say \"hi\""));
        assertEquals("", MonthlyCsv.escape(null));
    }
}
