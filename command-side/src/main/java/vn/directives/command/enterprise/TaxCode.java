package vn.directives.command.enterprise;

import vn.directives.command.common.RuleViolation;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Vietnamese tax code (mã số thuế): ten digits, the tenth a check digit over the first nine
 * (weights 31, 29, 23, 19, 17, 13, 7, 5, 3; check = 10 − sum mod 11), optionally followed by
 * "-" and three digits for a branch (đơn vị phụ thuộc).
 */
final class TaxCode {

    static final String FIELD = "taxCode";
    private static final Pattern FORMAT = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TaxCode() {
    }

    /** The tax code without surrounding blanks, or the refusal naming the rule it breaks. */
    static String checked(String given) {
        String code = given == null ? "" : given.strip();
        if (!FORMAT.matcher(code).matches()) {
            throw RuleViolation.invalid("tax-code-format", FIELD,
                    "Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu '-' và 3 chữ số của đơn vị phụ thuộc.",
                    "A tax code is 10 digits, or 10 digits, '-' and 3 digits of a branch.");
        }
        if (checkDigit(code) != code.charAt(9) - '0') {
            throw RuleViolation.invalid("tax-code-check-digit", FIELD,
                    "Chữ số kiểm tra (chữ số thứ 10) của mã số thuế không đúng.",
                    "The check digit (the tenth digit) of the tax code is wrong.");
        }
        return code;
    }

    /** The tax codes among {@code given} that are well formed (the others are refused row by row). */
    static Set<String> readable(Stream<String> given) {
        return given.map(code -> code == null ? "" : code.strip()).filter(code -> FORMAT.matcher(code).matches())
                .collect(Collectors.toSet());
    }

    /** The check digit of the first nine digits; 10 when no digit fits (such codes are never issued). */
    static int checkDigit(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (code.charAt(i) - '0');
        }
        return 10 - sum % 11;
    }
}
