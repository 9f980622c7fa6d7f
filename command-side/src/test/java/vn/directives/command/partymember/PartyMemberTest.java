package vn.directives.command.partymember;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.partymember.PartyMemberChanged;
import vn.directives.events.partymember.PartyMemberRecorded;
import vn.directives.events.partyorganization.MemberStatus;
import vn.directives.platform.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directives.command.common.RuleViolations.violates;

/** The roster entry of one member: one fixture per rule, and the entry's rules as the import reports them. */
class PartyMemberTest {

    private static final String REF = "5f0c7c1e-2b7a-4c1e-9d1a-3a2b1c0d9e8f";
    private static final String ID = PartyMemberStream.id(REF);
    private static final String TAX_CODE = "4600112233";
    private static final String ORGANIZATION = "org-minh-phat";
    private static final String WARD = "dang-uy-phuong-tan-thinh";
    private static final String JOB = "import-0123456789abcdef";
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate ADMITTED = LocalDate.of(2024, 5, 19);

    private static final CommandContext ORGANIZATION_COMMITTEE =
            new CommandContext("ban-to-chuc", Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    private static final CommandContext UNIT_OFFICER =
            new CommandContext("officer-1", Set.of(Role.UNIT_OFFICER), "dang-uy-khoi-doanh-nghiep", TODAY);

    private static final MemberEntry PROBATIONARY = new MemberEntry(TAX_CODE, ORGANIZATION, null,
            MemberStatus.PROBATIONARY, ADMITTED, null, CandidateCategory.MANAGER);
    private static final MemberEntry OFFICIAL = new MemberEntry(TAX_CODE, ORGANIZATION, null, MemberStatus.OFFICIAL,
            ADMITTED, ADMITTED.plusMonths(12), CandidateCategory.MANAGER);

    private FixtureConfiguration<PartyMember> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PartyMember.class);
    }

    private static PartyMemberRecorded recorded(LocalDate on) {
        return new PartyMemberRecorded(REF, TAX_CODE, ORGANIZATION, null, MemberStatus.PROBATIONARY, ADMITTED, null,
                CandidateCategory.MANAGER, on, JOB, "ban-to-chuc");
    }

    @Test
    void a_member_is_entered_by_reference_only() {
        fixture.givenNoPriorActivity()
                .when(new RecordPartyMember(ID, REF, PROBATIONARY, LocalDate.of(2026, 1, 5), JOB,
                        ORGANIZATION_COMMITTEE))
                .expectEvents(recorded(LocalDate.of(2026, 1, 5)));
    }

    @Test
    void a_member_registered_at_residence_is_entered_with_the_committee_and_no_organization() {
        MemberEntry atResidence = new MemberEntry(TAX_CODE, null, WARD, MemberStatus.OFFICIAL, ADMITTED,
                ADMITTED.plusMonths(13), null);
        fixture.givenNoPriorActivity()
                .when(new RecordPartyMember(ID, REF, atResidence, null, JOB, ORGANIZATION_COMMITTEE))
                .expectEvents(new PartyMemberRecorded(REF, TAX_CODE, null, WARD, MemberStatus.OFFICIAL, ADMITTED,
                        ADMITTED.plusMonths(13), null, TODAY, JOB, "ban-to-chuc"));
    }

    @Test
    void only_the_organization_committee_keeps_the_roster() {
        fixture.givenNoPriorActivity()
                .when(new RecordPartyMember(ID, REF, PROBATIONARY, null, JOB, UNIT_OFFICER))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void recognition_before_twelve_months_of_probation_is_refused_naming_the_day_of_recognition() {
        MemberEntry early = new MemberEntry(TAX_CODE, ORGANIZATION, null, MemberStatus.OFFICIAL, ADMITTED,
                ADMITTED.plusMonths(12).minusDays(1), null);
        fixture.givenNoPriorActivity()
                .when(new RecordPartyMember(ID, REF, early, null, JOB, ORGANIZATION_COMMITTEE))
                .expectException(violates("probation-twelve-months", "recognizedOn"))
                .expectNoEvents();
    }

    @Test
    void a_changed_entry_is_recorded_whole_from_its_date() {
        fixture.given(recorded(LocalDate.of(2026, 1, 5)))
                .when(new ChangePartyMember(ID, OFFICIAL, LocalDate.of(2026, 5, 20), JOB, ORGANIZATION_COMMITTEE))
                .expectEvents(new PartyMemberChanged(REF, TAX_CODE, ORGANIZATION, null, MemberStatus.OFFICIAL,
                        ADMITTED, ADMITTED.plusMonths(12), CandidateCategory.MANAGER, LocalDate.of(2026, 5, 20), JOB,
                        "ban-to-chuc"));
    }

    @Test
    void a_change_that_changes_nothing_or_precedes_the_last_is_refused() {
        fixture.given(recorded(LocalDate.of(2026, 1, 5)))
                .when(new ChangePartyMember(ID, PROBATIONARY, null, JOB, ORGANIZATION_COMMITTEE))
                .expectException(violates("nothing-changed"))
                .expectNoEvents();
        fixture.given(recorded(LocalDate.of(2026, 1, 5)))
                .when(new ChangePartyMember(ID, OFFICIAL, LocalDate.of(2025, 12, 31), JOB, ORGANIZATION_COMMITTEE))
                .expectException(violates("not-before-last-change", "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void the_entry_names_every_rule_it_breaks_with_its_field() {
        MemberEntry bad = new MemberEntry(TAX_CODE, ORGANIZATION, WARD, MemberStatus.PROBATIONARY,
                TODAY.plusDays(1), TODAY, null);
        assertThat(rules(bad)).containsExactly("registeredAt:registered-once", "admittedOn:not-in-future",
                "recognizedOn:probationary-recognized", "recognizedOn:probation-twelve-months");
        assertThat(rules(new MemberEntry(null, null, null, MemberStatus.OFFICIAL, ADMITTED, null, null)))
                .containsExactly("enterpriseTaxCode:required", "registeredAt:registered-once",
                        "recognizedOn:required");
        assertThat(rules(new MemberEntry(TAX_CODE, null, WARD, MemberStatus.TEMPORARY, null, null, null)))
                .containsExactly("status:unknown-value", "admittedOn:required");
        assertThat(rules(OFFICIAL)).isEmpty();
        assertThat(rules(new MemberEntry(TAX_CODE, null, WARD, MemberStatus.OFFICIAL, LocalDate.of(2024, 2, 29),
                LocalDate.of(2025, 2, 28), null))).as("twelve months from 29 February end on 28 February").isEmpty();
    }

    private static List<String> rules(MemberEntry entry) {
        return entry.violations(TODAY).stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

}
