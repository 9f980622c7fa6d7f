package vn.directives.command.partyorganization;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.events.memberdevelopment.MemberRecognizedOfficial;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.PartyOrganizationDissolved;
import vn.directives.events.partyorganization.PartyOrganizationMerged;
import vn.directives.events.partyorganization.SuccessorShare;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/** The organizations that take members, and a candidate's recognition, are told in the same transaction. */
class ReorganizationPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 8, 14);
    private static final LocalDate ON = LocalDate.of(2025, 7, 1);
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(HANOI).toInstant(), HANOI);
    private static final CommandContext CONTEXT = new CommandContext("ban-to-chuc", Set.of(), null, TODAY);

    private final CommandGateway commands = mock(CommandGateway.class);

    @Test
    void the_organization_merged_into_receives_every_member() {
        new ReorganizationPolicy(commands, CLOCK).on(new PartyOrganizationMerged("org-1", "org-2",
                new MemberCounts(5, 2, 1), ON, "ban-to-chuc"));

        verify(commands).sendAndWait(new ReceiveMembers("org-2", "org-1", new MemberCounts(5, 2, 1), ON, CONTEXT));
    }

    @Test
    void each_successor_receives_its_share_and_no_one_receives_those_leaving() {
        new ReorganizationPolicy(commands, CLOCK).on(new PartyOrganizationDissolved("org-1", "Chia tách",
                List.of(new SuccessorShare("org-2", new MemberCounts(3, 1, 0)),
                        new SuccessorShare("org-3", new MemberCounts(1, 1, 0))),
                new MemberCounts(1, 0, 0), ON, "ban-to-chuc"));

        verify(commands).sendAndWait(new ReceiveMembers("org-2", "org-1", new MemberCounts(3, 1, 0), ON, CONTEXT));
        verify(commands).sendAndWait(new ReceiveMembers("org-3", "org-1", new MemberCounts(1, 1, 0), ON, CONTEXT));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void a_candidate_recognized_official_is_recognized_in_the_organization() {
        new RecognitionPolicy(commands, CLOCK).on(new MemberRecognizedOfficial("candidate-7", "org-1", ON,
                "ban-to-chuc"));

        verify(commands).sendAndWait(new RecordCandidateRecognition("org-1", "candidate-7", ON, CONTEXT));
    }
}
