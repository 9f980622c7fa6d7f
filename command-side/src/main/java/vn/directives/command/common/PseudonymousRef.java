package vn.directives.command.common;

import java.util.regex.Pattern;

/**
 * The shape of a reference that names a person in commands and events instead of their personal
 * data: no spaces or diacritics, so that a name cannot be typed in, and at least one letter, so that
 * a bare Party card number or citizen ID cannot either. Training course participants and member
 * development candidates share it, so one person is known by one reference in both.
 */
public final class PseudonymousRef {

    public static final String PATTERN = "(?=.*[A-Za-z])[A-Za-z0-9._:-]{1,100}";

    private static final Pattern REF = Pattern.compile(PATTERN);

    private PseudonymousRef() {
    }

    public static boolean matches(String ref) {
        return ref != null && REF.matcher(ref).matches();
    }
}
