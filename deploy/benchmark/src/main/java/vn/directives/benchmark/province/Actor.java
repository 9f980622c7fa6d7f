package vn.directives.benchmark.province;

/** Who sends a command: the user id and role the command side puts into every event's metadata. */
record Actor(String userId, String role) {

    static final Actor ORGANIZATION_COMMITTEE = new Actor("organization-committee", "ORGANIZATION_COMMITTEE");

    static Actor steeringMember(String memberId) {
        return new Actor(memberId, "STEERING_MEMBER");
    }
}
