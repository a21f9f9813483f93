package org.lessonsportal.portal.api;

/** An import body larger than the portal accepts: answered with 413 by {@link ApiProblems}, nothing imported. */
class ImportTooLargeException extends RuntimeException {

    ImportTooLargeException(long maxBytes) {
        super("The document is larger than the " + describe(maxBytes) + " the portal accepts, so nothing was "
                + "imported. Split it into smaller documents and send them one by one.", null, false, false);
    }

    /** "20 MB", "512 KB", "1000 bytes". */
    static String describe(long bytes) {
        long mb = 1024 * 1024;
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        return bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
