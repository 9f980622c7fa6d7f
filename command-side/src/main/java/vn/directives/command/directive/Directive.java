package vn.directives.command.directive;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.command.common.UnitDirectory;
import vn.directives.command.urging.UrgingPolicies;
import vn.directives.events.directive.DirectivePoint;
import vn.directives.events.directive.DirectiveRegistered;
import vn.directives.events.directive.DirectiveReplaced;
import vn.directives.events.directive.DirectiveTargetsAmended;
import vn.directives.events.directive.DirectiveUrgingPolicySet;
import vn.directives.events.directive.Target;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A directive under follow-up. The Organization Committee registers it, amends its targets, and
 * records that a newer directive replaces it; a replaced directive changes no more. The
 * replacement is recorded here, in the older directive, because its standing is what changes.
 */
@Aggregate
class Directive {

    @AggregateIdentifier
    private String directiveId;
    private LocalDate issuedOn;
    private List<Target> targets;
    private LocalDate lastChangeOn;
    private boolean replaced;

    Directive() {
        // for Axon
    }

    @CommandHandler
    Directive(RegisterDirective command, DirectiveIndex directives, UnitDirectory units) {
        Rules.requireOrganizationCommittee(command.context());
        Rules.requireNotInFuture(command.issuedOn(), "issuedOn", command.context());
        requireDistinctPoints(command.points());
        TargetRules.check(command.targets(), command.issuedOn().getYear());
        if (!units.isActive(command.leadUnitId(), command.issuedOn())) {
            throw RuleViolation.refused("unit-not-active", "leadUnitId",
                    "Đơn vị chủ trì không hoạt động vào ngày ban hành (" + command.issuedOn() + ").",
                    "The lead unit is not active on the issue date (" + command.issuedOn() + ").");
        }
        if (directives.isNumberTaken(command.number())) {
            throw numberTaken(command.number());
        }
        apply(new DirectiveRegistered(command.directiveId(), command.number(), command.kind(),
                command.issuedOn(), command.issuingBody(), command.title(), command.points(),
                command.leadUnitId(), command.cadence(), command.targets(), command.context().userId()));
    }

    @CommandHandler
    long handle(AmendDirectiveTargets command) {
        Rules.requireOrganizationCommittee(command.context());
        requireNotReplaced();
        LocalDate on = command.effectiveOn() == null ? command.context().today() : command.effectiveOn();
        Rules.requireNotInFuture(on, "effectiveOn", command.context());
        requireNotBeforeLastChange(on);
        if (command.reason() == null || command.reason().isBlank()) {
            throw RuleViolation.invalid("required", "reason", "Phải nêu lý do điều chỉnh chỉ tiêu.",
                    "The reason for the amendment is required.");
        }
        TargetRules.check(command.targets(), issuedOn.getYear());
        if (TargetRules.same(targets, command.targets())) {
            throw RuleViolation.refused("targets-unchanged", "targets",
                    "Các chỉ tiêu mới trùng với chỉ tiêu hiện hành.", "The new targets are the current ones.");
        }
        return Rules.record(new DirectiveTargetsAmended(directiveId, command.targets(), command.reason(), on,
                command.context().userId()));
    }

    @CommandHandler
    long handle(ReplaceDirective command, DirectiveIndex directives) {
        Rules.requireOrganizationCommittee(command.context());
        requireNotReplaced();
        String newer = command.replacedByDirectiveId();
        if (directiveId.equals(newer)) {
            throw RuleViolation.refused("replaced-by-itself", "replacedByDirectiveId",
                    "Chỉ thị không thể thay thế chính nó.", "A directive cannot replace itself.");
        }
        LocalDate newerIssuedOn = directives.issuedOn(newer).orElseThrow(() -> RuleViolation.refused(
                "unknown-directive", "replacedByDirectiveId", "Chưa đăng ký chỉ thị thay thế.",
                "The replacing directive is not registered."));
        if (!newerIssuedOn.isAfter(issuedOn)) {
            throw RuleViolation.refused("replacement-must-be-newer", "replacedByDirectiveId",
                    "Chỉ thị thay thế phải ban hành sau ngày " + issuedOn + ".",
                    "The replacing directive must be issued after " + issuedOn + ".");
        }
        LocalDate on = command.effectiveOn() == null ? newerIssuedOn : command.effectiveOn();
        Rules.requireNotInFuture(on, "effectiveOn", command.context());
        if (on.isBefore(newerIssuedOn)) {
            throw RuleViolation.invalid("not-before-replacement-issued", "effectiveOn",
                    "Ngày hiệu lực không được trước ngày ban hành chỉ thị thay thế (" + newerIssuedOn + ").",
                    "The effective date cannot precede the issue of the replacing directive (" + newerIssuedOn + ").");
        }
        requireNotBeforeLastChange(on);
        return Rules.record(new DirectiveReplaced(directiveId, newer, on, command.context().userId()));
    }

    @CommandHandler
    long handle(SetDirectiveUrgingPolicy command) {
        Rules.requireOrganizationCommittee(command.context());
        requireNotReplaced();
        LocalDate on = command.effectiveOn() == null ? command.context().today() : command.effectiveOn();
        Rules.requireNotInFuture(on, "effectiveOn", command.context());
        requireNotBeforeLastChange(on);
        return Rules.record(new DirectiveUrgingPolicySet(directiveId, UrgingPolicies.of(
                command.remindWorkingDaysBefore(), command.escalateAfterWorkingDays()), on, command.context().userId()));
    }

    /** Also used by the lookup, which stops the same number registered twice at the same moment. */
    static RuleViolation numberTaken(String number) {
        return RuleViolation.refused("directive-number-taken", "number",
                "Số hiệu " + number + " đã được đăng ký cho một chỉ thị khác.",
                "Number " + number + " is already registered for another directive.");
    }

    // ---- rules --------------------------------------------------------------------------

    private void requireNotReplaced() {
        if (replaced) {
            throw RuleViolation.refused("directive-replaced",
                    "Chỉ thị đã được thay thế; không thể thay đổi.",
                    "The directive was replaced; nothing can change any more.");
        }
    }

    private void requireNotBeforeLastChange(LocalDate on) {
        if (on.isBefore(lastChangeOn)) {
            throw RuleViolation.invalid("not-before-last-change", "effectiveOn",
                    "Ngày hiệu lực không được trước lần thay đổi gần nhất (" + lastChangeOn + ").",
                    "The effective date cannot precede the last change (" + lastChangeOn + ").");
        }
    }

    private static void requireDistinctPoints(List<DirectivePoint> points) {
        Set<Integer> numbers = new HashSet<>();
        for (DirectivePoint point : points) {
            if (!numbers.add(point.number())) {
                throw RuleViolation.invalid("duplicate-point", "points",
                        "Điểm số " + point.number() + " xuất hiện hai lần.",
                        "Point " + point.number() + " appears twice.");
            }
        }
    }

    // ---- state --------------------------------------------------------------------------

    @EventSourcingHandler
    void on(DirectiveRegistered event) {
        directiveId = event.directiveId();
        issuedOn = event.issuedOn();
        targets = event.targets();
        lastChangeOn = event.issuedOn();
    }

    @EventSourcingHandler
    void on(DirectiveTargetsAmended event) {
        targets = event.targets();
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(DirectiveReplaced event) {
        replaced = true;
        lastChangeOn = event.effectiveOn();
    }
}
