package vn.directives.query.workspace.task;

import java.util.Set;

/**
 * The signed-in user as far as step forms care: their id (a Steering Committee member's id is
 * their member id), roles and unit. The aggregates decide for good; this only keeps the page from
 * offering a form the command side would refuse.
 */
record Actor(String userId, Set<String> roles, String unitId) {

    static final String ORGANIZATION_COMMITTEE = "ORGANIZATION_COMMITTEE";
    static final String STEERING_MEMBER = "STEERING_MEMBER";
    static final String UNIT_OFFICER = "UNIT_OFFICER";

    boolean isOrganizationCommittee() {
        return roles.contains(ORGANIZATION_COMMITTEE);
    }

    /** The command side's rule for urging on the spot: the committee, or an officer of the lead unit. */
    boolean mayUrge(String leadUnitId) {
        return isOrganizationCommittee() || (roles.contains(UNIT_OFFICER) && unitId != null && unitId.equals(leadUnitId));
    }

    /**
     * The command side's rule for comments and documents: whoever may act on the task, or an
     * officer of one of its coordinating units.
     */
    boolean mayDiscuss(String assigneeId, String leadUnitId, java.util.List<String> coordinatingUnitIds) {
        return mayActOn(assigneeId, leadUnitId)
                || (roles.contains(UNIT_OFFICER) && unitId != null && coordinatingUnitIds.contains(unitId));
    }

    /** The rule of the command side's {@code Task}: the committee, the assignee, or an officer of the lead unit. */
    boolean mayActOn(String assigneeId, String leadUnitId) {
        return isOrganizationCommittee()
                || (roles.contains(STEERING_MEMBER) && userId.equals(assigneeId))
                || (roles.contains(UNIT_OFFICER) && unitId != null && unitId.equals(leadUnitId));
    }
}
