package org.lessonsportal.portal.base.ui;

import java.security.SecureRandom;

/** Short references for errors, easy to read out over the phone: "LP-7KQ2-M9XD". */
public final class ErrorReference {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    public static String next() {
        StringBuilder reference = new StringBuilder("LP-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
