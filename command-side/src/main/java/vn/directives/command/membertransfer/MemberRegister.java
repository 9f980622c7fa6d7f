package vn.directives.command.membertransfer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.directives.command.common.RuleViolation;

import java.util.List;
import java.util.UUID;

/**
 * The members' personal data, in {@code command.member_personal_data}, each under the random
 * reference that events use instead. One row per member (by citizen ID), so that all the
 * transfers of a member share one reference, and erasing the row leaves every event in place
 * while nothing in them points to a person any more.
 */
@Component
class MemberRegister {

    private record Stored(String memberRef, String fullName, String partyCardNumber) {
    }

    private final JdbcTemplate jdbc;

    MemberRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The member's reference: the one this citizen ID already has, or a new random one. Runs in
     * the caller's transaction. A citizen ID known with another Party card number (or a card
     * number known with another citizen ID) is refused, since one of them is mistyped. The name
     * is kept as the latest request states it.
     */
    String referenceOf(MemberIdentity member) {
        jdbc.update("""
                INSERT INTO command.member_personal_data
                    (member_ref, full_name, party_card_number, citizen_id, created_at)
                VALUES (?, ?, ?, ?, now()) ON CONFLICT DO NOTHING""",
                UUID.randomUUID(), member.fullName(), member.partyCardNumber(), member.citizenId());
        List<Stored> stored = jdbc.query("""
                SELECT member_ref, full_name, party_card_number FROM command.member_personal_data
                WHERE citizen_id = ?""",
                (rs, row) -> new Stored(rs.getString("member_ref"), rs.getString("full_name"),
                        rs.getString("party_card_number")),
                member.citizenId());
        if (stored.isEmpty() || !stored.get(0).partyCardNumber().equals(member.partyCardNumber())) {
            throw RuleViolation.refused("member-identity-mismatch", "member",
                    "Số căn cước công dân hoặc số thẻ đảng viên đã được ghi nhận cho một đảng viên khác; "
                            + "hãy kiểm tra lại.",
                    "The citizen ID or the Party card number is already recorded for another member; check them.");
        }
        Stored known = stored.get(0);
        if (!known.fullName().equals(member.fullName())) {
            jdbc.update("UPDATE command.member_personal_data SET full_name = ? WHERE member_ref = ?::uuid",
                    member.fullName(), known.memberRef());
        }
        return known.memberRef();
    }
}
