package vn.directives.command.membertransfer;

import org.junit.jupiter.api.Test;
import vn.directives.command.common.RuleViolation;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MemberIdentityTest {

    private static final String NAME = "Nguyễn Thị Thu Hà";
    private static final String CARD = "80123456";
    private static final String CITIZEN_ID = "026185001234";

    @Test
    void a_well_formed_identity_is_kept_with_its_name_in_one_form() {
        String decomposed = "  " + Normalizer.normalize("Nguyễn Thị   Thu Hà", Normalizer.Form.NFD) + " ";

        MemberIdentity checked = new MemberIdentity(decomposed, CARD, CITIZEN_ID).checked();

        assertThat(checked).isEqualTo(new MemberIdentity(NAME, CARD, CITIZEN_ID));
    }

    @Test
    void a_citizen_id_has_exactly_twelve_digits() {
        assertThat(refusal(new MemberIdentity(NAME, CARD, "02618500123")).rule()).isEqualTo("citizen-id-format");
        assertThat(refusal(new MemberIdentity(NAME, CARD, "02618500123A")).rule()).isEqualTo("citizen-id-format");
    }

    @Test
    void a_party_card_number_is_six_to_twelve_digits() {
        assertThat(refusal(new MemberIdentity(NAME, "12345", CITIZEN_ID)).rule()).isEqualTo("party-card-number-format");
        assertThat(refusal(new MemberIdentity(NAME, "80-123456", CITIZEN_ID)).rule())
                .isEqualTo("party-card-number-format");
    }

    @Test
    void a_name_has_letters_only_and_a_bounded_length() {
        assertThat(refusal(new MemberIdentity("Nguyễn Văn 3", CARD, CITIZEN_ID)).rule())
                .isEqualTo("member-name-format");
        assertThat(refusal(new MemberIdentity("a".repeat(MemberIdentity.NAME_MAX_LENGTH + 1), CARD, CITIZEN_ID))
                .rule()).isEqualTo("member-name-format");
        assertThat(refusal(new MemberIdentity(" ", CARD, CITIZEN_ID)).rule()).isEqualTo("member-name-format");
    }

    @Test
    void a_refusal_names_the_field_but_never_quotes_the_value() {
        RuleViolation refusal = refusal(new MemberIdentity(NAME, CARD, "0261850012345"));

        assertThat(refusal.field()).isEqualTo("member.citizenId");
        assertThat(refusal.messageVi() + refusal.messageEn() + refusal).doesNotContain("0261850012345", NAME, CARD);
    }

    @Test
    void an_identity_never_prints_its_personal_data() {
        String printed = new MemberIdentity(NAME, CARD, CITIZEN_ID) + " " + new MemberTransferRequests.Open(
                null, new MemberIdentity(NAME, CARD, CITIZEN_ID), null, null, null, null, null, null, null);

        assertThat(printed).doesNotContain(NAME, CARD, CITIZEN_ID);
    }

    private static RuleViolation refusal(MemberIdentity identity) {
        return catchThrowableOfType(RuleViolation.class, identity::checked);
    }
}
