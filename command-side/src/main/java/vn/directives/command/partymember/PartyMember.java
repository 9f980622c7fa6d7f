package vn.directives.command.partymember;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.events.partymember.PartyMemberChanged;
import vn.directives.events.partymember.PartyMemberRecorded;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One Party member's roster entry (the stream {@code party-member:} + reference): entered once, then
 * changed as a whole from a date, never a second time entered. The person is named by the
 * personal-data store's random reference only. Organization Committee only.
 */
@Aggregate
class PartyMember {

    @AggregateIdentifier
    private String streamId;
    private String memberRef;
    private MemberEntry entry;
    private LocalDate effectiveOn;

    PartyMember() {
        // for Axon
    }

    @CommandHandler
    PartyMember(RecordPartyMember command) {
        CommandContext context = command.context();
        Rules.requireOrganizationCommittee(context);
        Rules.requireText(command.memberRef(), "memberRef");
        MemberEntry entry = checked(command.entry(), context);
        LocalDate on = command.effectiveOn() == null ? context.today() : command.effectiveOn();
        Rules.requireNotInFuture(on, "effectiveOn", context);
        apply(new PartyMemberRecorded(command.memberRef(), entry.enterpriseTaxCode(), entry.partyOrganizationId(),
                entry.residenceCommitteeUnitId(), entry.status(), entry.admittedOn(), entry.recognizedOn(),
                entry.category(), on, command.importJobId(), context.userId()));
    }

    @CommandHandler
    long handle(ChangePartyMember command) {
        CommandContext context = command.context();
        Rules.requireOrganizationCommittee(context);
        MemberEntry changed = checked(command.entry(), context);
        LocalDate on = Rules.effectiveDate(command.effectiveOn(), effectiveOn, context);
        if (changed.equals(entry)) {
            throw RuleViolation.refused("nothing-changed", "entry", "Không có gì thay đổi.", "Nothing changes.");
        }
        return Rules.record(new PartyMemberChanged(memberRef, changed.enterpriseTaxCode(),
                changed.partyOrganizationId(), changed.residenceCommitteeUnitId(), changed.status(),
                changed.admittedOn(), changed.recognizedOn(), changed.category(), on, command.importJobId(),
                context.userId()));
    }

    private static MemberEntry checked(MemberEntry entry, CommandContext context) {
        if (entry == null) {
            throw RuleViolation.invalid("required", "entry", "Trường 'entry' không được để trống.",
                    "Field 'entry' must not be blank.");
        }
        List<RuleViolation> violations = entry.violations(context.today());
        if (!violations.isEmpty()) {
            throw violations.get(0);
        }
        return entry;
    }

    @EventSourcingHandler
    void on(PartyMemberRecorded event) {
        streamId = PartyMemberStream.id(event.memberRef());
        memberRef = event.memberRef();
        entry = new MemberEntry(event.enterpriseTaxCode(), event.partyOrganizationId(),
                event.residenceCommitteeUnitId(), event.status(), event.admittedOn(), event.recognizedOn(),
                event.category());
        effectiveOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(PartyMemberChanged event) {
        entry = new MemberEntry(event.enterpriseTaxCode(), event.partyOrganizationId(),
                event.residenceCommitteeUnitId(), event.status(), event.admittedOn(), event.recognizedOn(),
                event.category());
        effectiveOn = event.effectiveOn();
    }
}
