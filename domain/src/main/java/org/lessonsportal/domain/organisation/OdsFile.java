package org.lessonsportal.domain.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * The ODS files the portal reads, each in its published layout: headerless CSV, one organisation a row, the ODS code
 * in the first column (see docs/adr/0047 and README for the columns read). ODS names its files; the portal recognises
 * a file by that name.
 */
@RequiredArgsConstructor
public enum OdsFile {

    /** {@code etr.csv}: NHS trusts, in ODS's standard 27-column layout. */
    TRUSTS("etr", "NHS trusts", "etr.csv"),
    /** {@code epraccur.csv}: GP practices (prescribing cost centres), in the 27-column practice layout. */
    GP_PRACTICES("epraccur", "GP practices", "epraccur.csv"),
    /**
     * {@code eccg.csv} (sub-ICB locations, formerly CCGs) or {@code eauth.csv} (the health authorities above them,
     * integrated care boards among them), both in the standard layout.
     */
    ICBS("eccg|eauth|icb", "integrated care boards and sub-ICB locations", "eccg.csv or eauth.csv");

    private final String stems;
    private final String description;
    private final String fileNames;

    /** "NHS trusts". */
    public String description() {
        return description;
    }

    /** The name ODS publishes the file under: "etr.csv". */
    public String fileNames() {
        return fileNames;
    }

    /**
     * The file an upload is, from its name as ODS publishes it ({@code etr.csv}, {@code epraccur.csv},
     * {@code eccg.csv}, {@code eauth.csv}), any case, with anything after the name ({@code etr (1).csv},
     * {@code epraccur-2026-12.csv}); empty for any other name.
     */
    public static Optional<OdsFile> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String base = name.substring(slash + 1);
        if (!base.endsWith(".csv")) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> base.matches("(" + f.stems + ")([^a-z].*)?\\.csv")).findFirst();
    }

    /** "etr.csv (NHS trusts), epraccur.csv (GP practices) or eccg.csv or eauth.csv (…)": for messages. */
    public static String known() {
        return TRUSTS.fileNames + " (" + TRUSTS.description + "), " + GP_PRACTICES.fileNames + " ("
                + GP_PRACTICES.description + ") and " + ICBS.fileNames + " (" + ICBS.description + ")";
    }
}
