package vn.directives.command.task;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.DirectiveCatalogue;
import vn.directives.platform.security.Role;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.SteeringRoster;
import vn.directives.command.common.UnitDirectory;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskOpening;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The world the task tests run in: a directive with points 1–10, units and members that are
 * active in 2024–2026 except the ones named as inactive, and the actors who act.
 */
public final class TaskFixtures {

    public static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    public static final LocalDate OPENED = LocalDate.of(2025, 3, 3);
    public static final LocalDate DUE = LocalDate.of(2025, 6, 30);
    public static final String DIRECTIVE = "directive-42";
    public static final String LEAD_UNIT = "dang-uy-khoi-doanh-nghiep";
    public static final String OTHER_UNIT = "lien-doan-lao-dong";
    /** Dissolved on 1/7/2025 in the reform: inactive after that, and in these tests at any date. */
    public static final String DISSOLVED_UNIT = "thanh-uy-song-cong";
    public static final String MEMBER = "member-nguyen";
    public static final String OTHER_MEMBER = "member-tran";
    public static final String RELIEVED_MEMBER = "member-le";

    private TaskFixtures() {
    }

    /**
     * The opening event as stored for a task of the given kind. Given events need the aggregate
     * type of the kind, or Axon would try to instantiate the abstract {@link Task}.
     */
    public static DomainEventMessage<?> stored(Class<? extends Task> kind, TaskOpening opening) {
        return new GenericDomainEventMessage<>(kind.getSimpleName(), opening.taskId(), 0, opening);
    }

    public static TaskHeader header() {
        return new TaskHeader(DIRECTIVE, 3, "Khảo sát doanh nghiệp KCN Yên Bình", LEAD_UNIT, List.of(OTHER_UNIT),
                MEMBER, DUE);
    }

    public static CommandContext organizationCommittee() {
        return new CommandContext("ban-to-chuc", Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    }

    public static CommandContext assignee() {
        return new CommandContext(MEMBER, Set.of(Role.STEERING_MEMBER), null, TODAY);
    }

    public static CommandContext otherMember() {
        return new CommandContext(OTHER_MEMBER, Set.of(Role.STEERING_MEMBER), null, TODAY);
    }

    public static CommandContext leadUnitOfficer() {
        return new CommandContext("officer-1", Set.of(Role.UNIT_OFFICER), LEAD_UNIT, TODAY);
    }

    public static DirectiveCatalogue directives() {
        return new DirectiveCatalogue() {
            @Override
            public boolean isRegistered(String directiveId) {
                return DIRECTIVE.equals(directiveId);
            }

            @Override
            public boolean hasPoint(String directiveId, int point) {
                return DIRECTIVE.equals(directiveId) && point >= 1 && point <= 10;
            }
        };
    }

    public static UnitDirectory units() {
        return (unitId, on) -> !DISSOLVED_UNIT.equals(unitId) && on.getYear() >= 2024 && on.getYear() <= 2026;
    }

    public static SteeringRoster roster() {
        return (memberId, on) -> !RELIEVED_MEMBER.equals(memberId) && on.getYear() >= 2024 && on.getYear() <= 2026;
    }
}
