package vn.directives.command.unit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.command.common.UnitDirectory;
import vn.directives.events.unit.UnitDissolved;
import vn.directives.events.unit.UnitKind;
import vn.directives.events.unit.UnitMerged;
import vn.directives.events.unit.UnitRegistered;
import vn.directives.events.unit.UnitRenamed;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A unit (đơn vị) that leads or coordinates tasks. Units are versioned in time: every change
 * states the day it takes effect, changes follow one another in that order, and a unit merged
 * into another or dissolved changes no more.
 */
@Aggregate
class Unit {

    /** Regulation 294-QĐ/TW: the Party has no district level from this day. */
    private static final LocalDate DISTRICT_LEVEL_ABOLISHED = LocalDate.of(2025, 7, 1);
    private static final Set<UnitKind> DISTRICT_LEVEL = EnumSet.of(UnitKind.DISTRICT_PARTY_COMMITTEE,
            UnitKind.CITY_PARTY_COMMITTEE);

    @AggregateIdentifier
    private String unitId;
    private String name;
    private UnitKind kind;
    private LocalDate lastChangeOn;
    private boolean ended;

    Unit() {
        // for Axon
    }

    @CommandHandler
    Unit(RegisterUnit command, UnitDirectory units) {
        Rules.requireOrganizationCommittee(command.context());
        String name = Rules.requireText(command.name(), "name").strip();
        LocalDate on = command.effectiveOn() == null ? command.context().today() : command.effectiveOn();
        Rules.requireNotInFuture(on, "effectiveOn", command.context());
        requireLevelExists(command.kind(), on);
        String parent = command.parentUnitId();
        if (parent != null && !units.isActive(parent, on)) {
            throw RuleViolation.refused("parent-not-active", "parentUnitId",
                    "Đơn vị cấp trên không hoạt động vào ngày " + on + ".",
                    "The parent unit is not active on " + on + ".");
        }
        apply(new UnitRegistered(command.unitId(), name, command.kind(), parent, on, command.context().userId()));
    }

    @CommandHandler
    long handle(RenameUnit command) {
        LocalDate on = checkChange(command);
        String newName = Rules.requireText(command.newName(), "newName").strip();
        if (newName.equals(name)) {
            throw RuleViolation.refused("name-unchanged", "newName", "Tên mới trùng với tên hiện tại.",
                    "The new name is the current name.");
        }
        requireLevelExists(kind, on);
        return Rules.record(new UnitRenamed(unitId, name, newName, on, command.context().userId()));
    }

    @CommandHandler
    long handle(MergeUnit command, UnitDirectory units) {
        LocalDate on = checkChange(command);
        if (unitId.equals(command.intoUnitId())) {
            throw RuleViolation.refused("merge-into-itself", "intoUnitId",
                    "Không thể hợp nhất đơn vị vào chính nó.", "A unit cannot be merged into itself.");
        }
        if (!units.isActive(command.intoUnitId(), on)) {
            throw RuleViolation.refused("merge-target-not-active", "intoUnitId",
                    "Đơn vị tiếp nhận không hoạt động vào ngày " + on + ".",
                    "The unit merged into is not active on " + on + ".");
        }
        return Rules.record(new UnitMerged(unitId, command.intoUnitId(), on, command.context().userId()));
    }

    /** Successors, when named, are other units active on the day, each named once, in the order given. */
    @CommandHandler
    long handle(DissolveUnit command, UnitDirectory units) {
        LocalDate on = checkChange(command);
        String reason = Rules.requireText(command.reason(), "reason").strip();
        List<String> successors = command.successorUnitIds() == null ? List.of() : command.successorUnitIds();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < successors.size(); i++) {
            String field = "successorUnitIds[" + i + "]";
            String successor = Rules.requireText(successors.get(i), field);
            if (successor.equals(unitId) || !named.add(successor)) {
                throw RuleViolation.invalid("successor-named-twice", field,
                        "Đơn vị kế thừa " + successor + " trùng với đơn vị giải thể hoặc được nêu hai lần.",
                        "The successor " + successor + " is the dissolved unit itself or is named twice.");
            }
            if (!units.isActive(successor, on)) {
                throw RuleViolation.refused("successor-not-active", field,
                        "Đơn vị kế thừa " + successor + " không hoạt động vào ngày " + on + ".",
                        "The successor " + successor + " is not active on " + on + ".");
            }
        }
        return Rules.record(new UnitDissolved(unitId, reason, successors, on, command.context().userId()));
    }

    // ---- rules --------------------------------------------------------------------------

    /** Checks what every change needs and returns its effective date. */
    private LocalDate checkChange(UnitCommand command) {
        Rules.requireOrganizationCommittee(command.context());
        if (ended) {
            throw RuleViolation.refused("unit-ended",
                    "Đơn vị đã hợp nhất hoặc giải thể; không thể thay đổi.",
                    "The unit was merged or dissolved; nothing can change any more.");
        }
        return Rules.effectiveDate(command.effectiveOn(), lastChangeOn, command.context());
    }

    private static void requireLevelExists(UnitKind kind, LocalDate on) {
        if (DISTRICT_LEVEL.contains(kind) && !on.isBefore(DISTRICT_LEVEL_ABOLISHED)) {
            throw RuleViolation.refused("district-level-abolished", "effectiveOn",
                    "Từ ngày 01/7/2025 không còn cấp huyện (Quy định 294-QĐ/TW).",
                    "There is no district level from 1 July 2025 (Regulation 294-QĐ/TW).");
        }
    }

    // ---- state --------------------------------------------------------------------------

    @EventSourcingHandler
    void on(UnitRegistered event) {
        unitId = event.unitId();
        name = event.name();
        kind = event.kind();
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(UnitRenamed event) {
        name = event.newName();
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(UnitMerged event) {
        ended = true;
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(UnitDissolved event) {
        ended = true;
        lastChangeOn = event.effectiveOn();
    }
}
