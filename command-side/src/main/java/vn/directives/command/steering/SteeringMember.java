package vn.directives.command.steering;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.command.common.UnitDirectory;
import vn.directives.events.steering.Responsibilities;
import vn.directives.events.steering.SteeringMemberAppointed;
import vn.directives.events.steering.SteeringMemberRelieved;
import vn.directives.events.steering.SteeringMemberResponsibilitiesChanged;

import java.time.LocalDate;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member of the Steering Committee (thành viên Ban Chỉ đạo), with the units and areas they
 * answer for (phân công rõ trách nhiệm). Only the Organization Committee appoints, changes and
 * relieves members; a relieved member changes no more. Names and e-mail addresses never appear
 * in messages: members are referred to by id.
 */
@Aggregate
class SteeringMember {

    @AggregateIdentifier
    private String memberId;
    private Responsibilities responsibilities;
    private LocalDate lastChangeOn;
    private boolean relieved;

    SteeringMember() {
        // for Axon
    }

    @CommandHandler
    SteeringMember(AppointSteeringMember command, MemberIds memberIds, UnitDirectory units) {
        CommandContext context = command.context();
        Rules.requireOrganizationCommittee(context);
        LocalDate on = command.effectiveOn() == null ? context.today() : command.effectiveOn();
        Rules.requireNotInFuture(on, "effectiveOn", context);
        Rules.requireText(command.contact().displayName(), "displayName");
        Rules.requireText(command.contact().email(), "email");
        Rules.requireText(command.post(), "post");
        if (memberIds.isTaken(command.memberId())) {
            throw RuleViolation.refused("member-already-appointed", "memberId",
                    "Mã thành viên " + command.memberId() + " đã được dùng cho một lần bổ nhiệm.",
                    "Member id " + command.memberId() + " was already used for an appointment.");
        }
        checkResponsibilities(command.responsibilities(), on, units);
        apply(new SteeringMemberAppointed(command.memberId(), command.contact(), command.post(),
                command.responsibilities(), on, context.userId()));
    }

    @CommandHandler
    long handle(ChangeSteeringMemberResponsibilities command, UnitDirectory units) {
        LocalDate on = checkChange(command);
        checkResponsibilities(command.responsibilities(), on, units);
        if (sameAsCurrent(command.responsibilities())) {
            throw RuleViolation.refused("responsibilities-unchanged", "responsibilities",
                    "Phân công mới trùng với phân công hiện tại.",
                    "The new responsibilities are the current ones.");
        }
        return Rules.record(new SteeringMemberResponsibilitiesChanged(memberId, command.responsibilities(), on,
                command.context().userId()));
    }

    @CommandHandler
    long handle(RelieveSteeringMember command) {
        LocalDate on = checkChange(command);
        Rules.requireText(command.reason(), "reason");
        return Rules.record(new SteeringMemberRelieved(memberId, command.reason(), on, command.context().userId()));
    }

    // ---- rules --------------------------------------------------------------------------

    /** Checks what every change needs and returns its effective date. */
    private LocalDate checkChange(SteeringMemberCommand command) {
        Rules.requireOrganizationCommittee(command.context());
        if (relieved) {
            throw RuleViolation.refused("member-relieved",
                    "Thành viên đã được miễn nhiệm; không thể thay đổi.",
                    "The member was relieved; nothing can change any more.");
        }
        return Rules.effectiveDate(command.effectiveOn(), lastChangeOn, command.context());
    }

    /** Clear responsibilities: at least one unit or area, every unit active when they take effect. */
    private static void checkResponsibilities(Responsibilities given, LocalDate on, UnitDirectory units) {
        if (given.unitIds().isEmpty() && given.areas().isEmpty()) {
            throw RuleViolation.invalid("responsibilities-required", "responsibilities",
                    "Phải phân công ít nhất một đơn vị hoặc một lĩnh vực.",
                    "At least one unit or area must be given.");
        }
        given.areas().forEach(area -> Rules.requireText(area, "areas"));
        for (String unitId : given.unitIds()) {
            if (!units.isActive(unitId, on)) {
                throw RuleViolation.refused("unit-not-active", "unitIds",
                        "Đơn vị " + unitId + " không hoạt động vào ngày " + on + ".",
                        "Unit " + unitId + " is not active on " + on + ".");
            }
        }
    }

    /** Order does not matter: the same units and areas are the same responsibilities. */
    private boolean sameAsCurrent(Responsibilities given) {
        return Set.copyOf(given.unitIds()).equals(Set.copyOf(responsibilities.unitIds()))
                && Set.copyOf(given.areas()).equals(Set.copyOf(responsibilities.areas()));
    }

    // ---- state --------------------------------------------------------------------------

    @EventSourcingHandler
    void on(SteeringMemberAppointed event) {
        memberId = event.memberId();
        responsibilities = event.responsibilities();
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(SteeringMemberResponsibilitiesChanged event) {
        responsibilities = event.responsibilities();
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(SteeringMemberRelieved event) {
        relieved = true;
        lastChangeOn = event.effectiveOn();
    }
}
