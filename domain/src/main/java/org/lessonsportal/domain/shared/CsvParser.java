package org.lessonsportal.domain.shared;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;

/**
 * Reads comma-separated values as RFC 4180 describes them, one record at a time: cells in double quotes may hold
 * commas, line breaks and doubled quotes ({@code ""} for one {@code "}); lines may end in CRLF, LF or CR; a byte
 * order mark at the start (Excel's "CSV UTF-8" writes one) is skipped. Outside quotes a {@code "} is kept as it is,
 * as spreadsheets read it. A quoted cell still open at the end of the file is an error. Shared by the lessons
 * spreadsheet import and the ODS reference data import.
 */
@RequiredArgsConstructor
public final class CsvParser {

    private static final int BOM = '\uFEFF';

    private final Reader in;
    private int pushedBack = -2;
    private boolean started;
    private int record;
    private int line = 1;

    /** The next record's cells, or {@code null} at the end of the file. */
    public List<String> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == BOM) {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        record++;
        int startLine = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CsvException("A cell that starts with a double quote (\") on line " + startLine
                            + " is never closed, so the rest of the file would be read as part of it. Check that "
                            + "every quote in that row is closed, or that quotes inside a cell are doubled (\"\").");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    countLine(c, cell);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                if (c != -1) {
                    line++;
                }
                cells.add(cell.toString());
                return cells;
            } else {
                cell.append((char) c);
                cellStarted = true;
            }
            c = read();
        }
    }

    /** The number of the record {@link #next} returned last, from 1 (a spreadsheet's row number). */
    public int record() {
        return record;
    }

    private void countLine(int c, StringBuilder cell) throws IOException {
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                unread(after);
            }
            cell.append('\n');
            line++;
        } else {
            if (c == '\n') {
                line++;
            }
            cell.append((char) c);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    /** The file cannot be read as comma-separated values. */
    public static final class CsvException extends IOException {
        CsvException(String message) {
            super(message);
        }
    }
}
