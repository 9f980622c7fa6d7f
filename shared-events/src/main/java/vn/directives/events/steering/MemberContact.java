package vn.directives.events.steering;

/**
 * How a Steering Committee member is named and reached. Members hold a public office, so the
 * record keeps their name and official e-mail; still, neither is ever written to a log, hence
 * the redacted {@link #toString()} (records print every component by default).
 */
public record MemberContact(String displayName, String email) {

    @Override
    public String toString() {
        return "MemberContact[redacted]";
    }
}
