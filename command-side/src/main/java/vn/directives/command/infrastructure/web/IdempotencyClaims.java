package vn.directives.command.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Claims the current request's {@code Idempotency-Key} just before its command takes effect, in
 * the request's transaction (opened by {@link IdempotencyFilter}). Claiming there rather than when
 * the request arrives keeps the transaction short: nothing is held while a controller prepares
 * the command (a report, for instance, is fetched from the query side first).
 */
@Component
public class IdempotencyClaims {

    static final String ATTRIBUTE = IdempotencyClaims.class.getName();

    private final IdempotencyStore store;
    private final HttpServletRequest request;

    IdempotencyClaims(IdempotencyStore store, HttpServletRequest request) {
        this.store = store;
        this.request = request;
    }

    /**
     * Does nothing for a request without a key. Throws {@link KeyTaken} when another request with
     * the same key finished first or is still running: this one must take no effect.
     */
    public void claimBeforeEffect() {
        if (request.getAttribute(ATTRIBUTE) instanceof Pending pending) {
            pending.claim(store);
        }
    }

    /** A key to claim, and what came of claiming it. */
    static final class Pending {

        private final String actor;
        private final String key;
        private final String fingerprint;
        private boolean claimed;
        private boolean taken;
        private IdempotencyStore.Earlier earlier;

        Pending(String actor, String key, String fingerprint) {
            this.actor = actor;
            this.key = key;
            this.fingerprint = fingerprint;
        }

        void claim(IdempotencyStore store) {
            if (claimed) {
                return;
            }
            try {
                claimed = store.claim(actor, key, fingerprint);
            } catch (DataAccessException e) {
                // lock timeout: the request holding the key has been running for seconds
                taken = true;
                throw new KeyTaken();
            }
            if (!claimed) {
                taken = true;
                earlier = store.earlier(actor, key, fingerprint).orElse(null);
                throw new KeyTaken();
            }
        }

        String actor() {
            return actor;
        }

        String key() {
            return key;
        }

        String fingerprint() {
            return fingerprint;
        }

        boolean taken() {
            return taken;
        }

        /** The finished request that holds the key, when one does. */
        IdempotencyStore.Earlier earlier() {
            return earlier;
        }
    }

    /** Another request holds the key; this one stops before any effect. */
    static final class KeyTaken extends RuntimeException {

        KeyTaken() {
            super("Idempotency-Key held by another request", null, false, false);
        }
    }
}
