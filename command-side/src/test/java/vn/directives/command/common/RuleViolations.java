package vn.directives.command.common;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Matchers for refusals that name the rule they expect, so that a test cannot pass because some
 * other rule refused the command. Every refusal test uses these rather than {@code RuleViolation.class}.
 */
public final class RuleViolations {

    private RuleViolations() {
    }

    /** A refusal of the named rule. */
    public static Matcher<RuleViolation> violates(String rule) {
        return violates(rule, null);
    }

    /** A refusal of the named rule about the named field (any field when null). */
    public static Matcher<RuleViolation> violates(String rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return rule.equals(violation.rule()) && (field == null || field.equals(violation.field()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule ").appendValue(rule);
                if (field != null) {
                    description.appendText(" on ").appendValue(field);
                }
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("was rule ").appendValue(violation.rule()).appendText(" on ")
                        .appendValue(violation.field());
            }
        };
    }
}
