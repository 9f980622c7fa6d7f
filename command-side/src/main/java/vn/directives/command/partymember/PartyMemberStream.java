package vn.directives.command.partymember;

/** The stream id of a member's roster entry: the reference with a prefix, apart from every other stream's id. */
final class PartyMemberStream {

    private static final String PREFIX = "party-member:";

    private PartyMemberStream() {
    }

    static String id(String memberRef) {
        return PREFIX + memberRef;
    }
}
