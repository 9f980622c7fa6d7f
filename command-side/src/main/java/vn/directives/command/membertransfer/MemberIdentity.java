package vn.directives.command.membertransfer;

import vn.directives.command.common.RuleViolation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who the member is, as a transfer request or a row of a list of Party members names them: personal
 * data (Decree 13/2023/NĐ-CP).
 * It goes to {@code command.member_personal_data} and nowhere else: not into a command, an event,
 * a log line or an error message. Its formats are checked here rather than with Bean Validation,
 * whose errors keep the rejected value and print it whenever they are logged.
 */
public record MemberIdentity(String fullName, String partyCardNumber, String citizenId) {

    public static final int NAME_MAX_LENGTH = 150;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*");
    /** Party card numbers are all digits; older cards have fewer of them than the newer ones. */
    private static final Pattern PARTY_CARD_NUMBER = Pattern.compile("\\d{6,12}");
    /** Căn cước công dân: 12 digits. */
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");

    /**
     * The same identity with the name in one form (Unicode NFC, single spaces), so that a name
     * typed with combining accents is stored like one typed with precomposed letters; refused by the
     * first format rule it breaks.
     */
    public MemberIdentity checked() {
        List<RuleViolation> found = violations();
        if (!found.isEmpty()) {
            throw found.get(0);
        }
        return normalized();
    }

    /** The same identity with the name in its one form (see {@link #checked()}), unchecked. */
    public MemberIdentity normalized() {
        return new MemberIdentity(name(), partyCardNumber, citizenId);
    }

    /**
     * Every format rule the identity breaks (fields {@code member.fullName}, {@code member.partyCardNumber},
     * {@code member.citizenId}); the messages never quote the values.
     */
    public List<RuleViolation> violations() {
        List<RuleViolation> found = new ArrayList<>();
        String name = name();
        if (name.isEmpty() || name.length() > NAME_MAX_LENGTH || !NAME.matcher(name).matches()) {
            found.add(RuleViolation.invalid("member-name-format", "member.fullName",
                    "Họ và tên chỉ gồm chữ cái, khoảng trắng, dấu chấm, nháy đơn hoặc gạch nối; tối đa "
                            + NAME_MAX_LENGTH + " ký tự.",
                    "The full name has letters, spaces, dots, apostrophes or hyphens only; at most "
                            + NAME_MAX_LENGTH + " characters."));
        }
        if (partyCardNumber == null || !PARTY_CARD_NUMBER.matcher(partyCardNumber).matches()) {
            found.add(RuleViolation.invalid("party-card-number-format", "member.partyCardNumber",
                    "Số thẻ đảng viên gồm từ 6 đến 12 chữ số.", "The Party card number has 6 to 12 digits."));
        }
        if (citizenId == null || !CITIZEN_ID.matcher(citizenId).matches()) {
            found.add(RuleViolation.invalid("citizen-id-format", "member.citizenId",
                    "Số căn cước công dân gồm đúng 12 chữ số.", "The citizen ID has exactly 12 digits."));
        }
        return found;
    }

    private String name() {
        return fullName == null ? ""
                : Normalizer.normalize(fullName.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
    }

    /** Records print their components; this one must not, wherever it ends up. */
    @Override
    public String toString() {
        return "MemberIdentity[personal data withheld]";
    }
}
