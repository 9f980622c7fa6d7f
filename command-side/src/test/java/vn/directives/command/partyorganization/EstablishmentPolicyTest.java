package vn.directives.command.partyorganization;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.events.cellestablishment.CellEstablishmentCompleted;
import vn.directives.events.partyorganization.PartyOrganizationKind;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class EstablishmentPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void a_completed_establishment_creates_its_organization_from_the_decision() {
        CommandGateway commands = mock(CommandGateway.class);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(HANOI).toInstant(), HANOI);
        LocalDate decidedOn = LocalDate.of(2025, 3, 10);

        new EstablishmentPolicy(commands, clock).on(new CellEstablishmentCompleted("cell-1", "org-new", "4600123456",
                "Công ty TNHH Minh Phát", "Chi bộ Công ty TNHH Minh Phát", "125-QĐ/ĐUK", decidedOn,
                "Đảng ủy Khối Doanh nghiệp tỉnh", PartyOrganizationKind.GRASSROOTS_CELL, "dang-uy-khoi-doanh-nghiep", 4, 1,
                TODAY, "member-nguyen"));

        verify(commands).sendAndWait(new EstablishPartyOrganization("org-new", "4600123456", "Công ty TNHH Minh Phát",
                "Chi bộ Công ty TNHH Minh Phát", "cell-1", "125-QĐ/ĐUK", "Đảng ủy Khối Doanh nghiệp tỉnh",
                PartyOrganizationKind.GRASSROOTS_CELL, "dang-uy-khoi-doanh-nghiep", 4, 1,
                decidedOn, new CommandContext("member-nguyen", Set.of(), null, TODAY)));
    }
}
