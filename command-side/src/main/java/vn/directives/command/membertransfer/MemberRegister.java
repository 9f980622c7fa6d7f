package vn.directives.command.membertransfer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.directives.command.common.RuleViolation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The members' personal data, in {@code command.member_personal_data}, each under the random
 * reference that events use instead. One row per member (by citizen ID), so that all the
 * transfers of a member, and their entry on the roster of Party members, share one reference, and
 * erasing the row leaves every event in place while nothing in them points to a person any more.
 */
@Component
public class MemberRegister {

    /** A member as the store knows them. Personal data: its printed form withholds it. */
    public record Known(String memberRef, String fullName, String partyCardNumber, String citizenId,
                        LocalDate birthDate) {

        @Override
        public String toString() {
            return "Known[personal data withheld]";
        }
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
        return keep(member, null, UUID.randomUUID().toString());
    }

    /**
     * Keeps the member's personal data, in the caller's transaction, under {@code newRef} when the store
     * does not know the citizen ID yet; answers the reference the member has. The name, and the date of
     * birth when given, are kept as stated now. Refused ({@code member-identity-mismatch}) as
     * {@link #referenceOf} is.
     */
    public String keep(MemberIdentity member, LocalDate birthDate, String newRef) {
        jdbc.update("""
                INSERT INTO command.member_personal_data
                    (member_ref, full_name, party_card_number, citizen_id, birth_date, created_at)
                VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT DO NOTHING""",
                UUID.fromString(newRef), member.fullName(), member.partyCardNumber(), member.citizenId(),
                birthDate == null ? null : Date.valueOf(birthDate));
        List<Known> stored = jdbc.query("""
                SELECT member_ref, full_name, party_card_number, citizen_id, birth_date
                  FROM command.member_personal_data WHERE citizen_id = ?""",
                (rs, row) -> known(rs), member.citizenId());
        if (stored.isEmpty() || !stored.get(0).partyCardNumber().equals(member.partyCardNumber())) {
            throw RuleViolation.refused("member-identity-mismatch", "member",
                    "Số căn cước công dân hoặc số thẻ đảng viên đã được ghi nhận cho một đảng viên khác; "
                            + "hãy kiểm tra lại.",
                    "The citizen ID or the Party card number is already recorded for another member; check them.");
        }
        Known known = stored.get(0);
        if (!known.fullName().equals(member.fullName())
                || (birthDate != null && !Objects.equals(known.birthDate(), birthDate))) {
            jdbc.update("""
                    UPDATE command.member_personal_data SET full_name = ?, birth_date = coalesce(?, birth_date)
                     WHERE member_ref = ?::uuid""",
                    member.fullName(), birthDate == null ? null : Date.valueOf(birthDate), known.memberRef());
        }
        return known.memberRef();
    }

    /** The members the store knows by any of these citizen IDs or Party card numbers (one read for a whole list). */
    public List<Known> known(Collection<String> citizenIds, Collection<String> partyCardNumbers) {
        if (citizenIds.isEmpty() && partyCardNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                        SELECT member_ref, full_name, party_card_number, citizen_id, birth_date
                          FROM command.member_personal_data
                         WHERE citizen_id = ANY (?) OR party_card_number = ANY (?)""",
                (rs, row) -> known(rs), (Object) citizenIds.toArray(String[]::new),
                (Object) partyCardNumbers.toArray(String[]::new));
    }

    private static Known known(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date birth = rs.getDate("birth_date");
        return new Known(rs.getString("member_ref"), rs.getString("full_name"), rs.getString("party_card_number"),
                rs.getString("citizen_id"), birth == null ? null : birth.toLocalDate());
    }
}
