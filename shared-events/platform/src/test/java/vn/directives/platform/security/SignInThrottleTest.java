package vn.directives.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords are counted per account and per client address; either count at its limit
 * throttles, the other account or address is not affected, and a right password ends the
 * account's count. (Over HTTP, with the window's end: WorkspaceSignInTest on the query side.)
 */
class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(
            new SecuritySettings.Throttle(3, 5, Duration.ofMinutes(5)));

    @Test
    void an_account_is_throttled_after_its_limit_whatever_the_address() {
        throttle.failed("Can-Bo", "10.0.0.1");
        throttle.failed("can-bo", "10.0.0.2");
        assertThat(throttle.refusal("can-bo", "10.0.0.3")).isEmpty();

        throttle.failed("can-bo", "10.0.0.3");

        assertThat(throttle.refusal("can-bo", "10.0.0.4")).hasValueSatisfying(refusal -> {
            assertThat(refusal.rule()).isEqualTo("sign-in-throttled-account");
            assertThat(refusal.retryAfter()).isEqualTo(Duration.ofMinutes(5));
            assertThat(refusal.firstOfBurst()).isTrue();
        });
        assertThat(throttle.refusal("CAN-BO", "10.0.0.4")).hasValueSatisfying(
                refusal -> assertThat(refusal.firstOfBurst()).as("logged once per burst").isFalse());
        assertThat(throttle.refusal("another", "10.0.0.4")).isEmpty();
    }

    @Test
    void an_address_trying_many_accounts_is_throttled_for_every_account() {
        for (int user = 1; user <= 5; user++) {
            throttle.failed("user-" + user, "10.0.0.9");
        }

        assertThat(throttle.refusal("user-6", "10.0.0.9")).hasValueSatisfying(
                refusal -> assertThat(refusal.rule()).isEqualTo("sign-in-throttled-address"));
        assertThat(throttle.refusal("user-6", "10.0.0.10")).isEmpty();
    }

    @Test
    void a_right_password_ends_the_account_count() {
        throttle.failed("can-bo", "10.0.0.1");
        throttle.failed("can-bo", "10.0.0.1");
        throttle.succeeded("can-bo");
        throttle.failed("can-bo", "10.0.0.1");
        throttle.failed("can-bo", "10.0.0.1");

        assertThat(throttle.refusal("can-bo", "10.0.0.1")).isEmpty();
    }
}
