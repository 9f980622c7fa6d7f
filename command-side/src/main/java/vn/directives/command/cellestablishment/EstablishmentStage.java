package vn.directives.command.cellestablishment;

/** How far an establishment has come; each step needs the one before it. */
enum EstablishmentStage {
    OPENED,
    OWNER_ENGAGED,
    MEMBER_POOL_CONFIRMED,
    PROPOSAL_SUBMITTED,
    DECISION_ISSUED,
    ANNOUNCED;

    boolean isBefore(EstablishmentStage other) {
        return compareTo(other) < 0;
    }

    boolean isAfter(EstablishmentStage other) {
        return compareTo(other) > 0;
    }

    /** The later of the two: repeating an earlier step does not move the establishment back. */
    EstablishmentStage atLeast(EstablishmentStage other) {
        return isBefore(other) ? other : this;
    }
}
