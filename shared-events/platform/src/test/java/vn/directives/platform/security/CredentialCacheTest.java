package vn.directives.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests with the same credentials share one verification while it runs (bcrypt is not run once
 * per waiting thread when an entry expires under load); failures are shared but never remembered,
 * nor is a verification that was running when the cache was emptied (an account changed).
 */
class CredentialCacheTest {

    private static final SignedInUser CLERK = new SignedInUser("can-bo", Set.of(Role.ORGANIZATION_COMMITTEE), null);

    @Test
    void concurrent_requests_with_the_same_credentials_verify_once() throws Exception {
        CredentialCache cache = new CredentialCache(Duration.ofMinutes(1));
        AtomicInteger verifications = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<SignedInUser>> answers = new ArrayList<>();
            answers.add(threads.submit(() -> cache.verified("can-bo", "mat-khau", () -> {
                verifications.incrementAndGet();
                started.countDown();
                await(release);
                return CLERK;
            })));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                answers.add(threads.submit(() -> cache.verified("can-bo", "mat-khau", () -> {
                    verifications.incrementAndGet();
                    return CLERK;
                })));
            }
            Thread.sleep(500);
            release.countDown();
            for (Future<SignedInUser> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(CLERK);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(verifications).hasValue(1);
    }

    @Test
    void other_credentials_are_verified_on_their_own() {
        CredentialCache cache = new CredentialCache(Duration.ofMinutes(1));
        AtomicInteger verifications = new AtomicInteger();
        cache.verified("can-bo", "mat-khau", () -> {
            verifications.incrementAndGet();
            return CLERK;
        });
        assertThatThrownBy(() -> cache.verified("can-bo", "sai-mat-khau", () -> {
            verifications.incrementAndGet();
            throw new BadCredentialsException("bad credentials");
        })).isInstanceOf(BadCredentialsException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_failed_verification_is_shared_with_waiters_and_not_remembered() throws Exception {
        CredentialCache cache = new CredentialCache(Duration.ofMinutes(1));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger verifications = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<SignedInUser> first = threads.submit(() -> cache.verified("can-bo", "sai", () -> {
                verifications.incrementAndGet();
                started.countDown();
                await(release);
                throw new BadCredentialsException("bad credentials");
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Future<SignedInUser> waiter = threads.submit(() -> cache.verified("can-bo", "sai", () -> {
                verifications.incrementAndGet();
                return CLERK;
            }));
            Thread.sleep(500);
            release.countDown();
            assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> waiter.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(BadCredentialsException.class);
        } finally {
            threads.shutdownNow();
        }
        assertThat(verifications).hasValue(1);

        assertThat(cache.verified("can-bo", "sai", () -> {
            verifications.incrementAndGet();
            return CLERK;
        })).isEqualTo(CLERK);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_verification_running_when_the_cache_is_emptied_is_not_remembered() throws Exception {
        CredentialCache cache = new CredentialCache(Duration.ofMinutes(1));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger verifications = new AtomicInteger();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<SignedInUser> before = threads.submit(() -> cache.verified("can-bo", "mat-khau-cu", () -> {
                verifications.incrementAndGet();
                started.countDown();
                await(release);
                return CLERK;
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            cache.clear();
            release.countDown();
            assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo(CLERK);
        } finally {
            threads.shutdownNow();
        }
        assertThatThrownBy(() -> cache.verified("can-bo", "mat-khau-cu", () -> {
            verifications.incrementAndGet();
            throw new BadCredentialsException("password changed");
        })).isInstanceOf(BadCredentialsException.class);
        assertThat(verifications).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
