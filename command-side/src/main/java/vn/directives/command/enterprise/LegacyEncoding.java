package vn.directives.command.enterprise;

/**
 * Vietnamese typed with a legacy font encoding (TCVN3 ".VnTime", VNI) and read as Unicode shows
 * Latin-1 letters and signs that Vietnamese never uses ("C«ng ty", "Coâng ty" aside, "Hµ Néi",
 * "Thaønh"): Unicode Vietnamese takes from Latin-1 only àáâãèéêìíòóôõùúý and their capitals.
 */
final class LegacyEncoding {

    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

    private LegacyEncoding() {
    }

    static boolean suspected(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00a1' && c <= '\u00ff' && VIETNAMESE_LATIN1.indexOf(c) < 0 && c != '\u00b0') {
                return true;
            }
        }
        return false;
    }
}
