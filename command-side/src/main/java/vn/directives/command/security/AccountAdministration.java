package vn.directives.command.security;

import vn.directives.platform.security.Account;
import vn.directives.platform.security.Accounts;
import vn.directives.platform.security.CredentialCache;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import vn.directives.platform.security.Role;
import vn.directives.command.common.RuleViolation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Creates and changes accounts. A unit officer must name their unit; the last enabled
 * administrator can be neither disabled nor stripped of the role (nobody could manage accounts
 * afterwards). Every change empties the credential cache, so it takes effect at the next request.
 */
@Service
class AccountAdministration {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final CredentialCache cache;
    private final Clock clock;

    AccountAdministration(Accounts accounts, PasswordEncoder encoder, CredentialCache cache, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.cache = cache;
        this.clock = clock;
    }

    Account create(String username, String password, Set<Role> roles, String unitId, String by) {
        requireUnitIfOfficer(roles, unitId);
        requireHashable(password);
        Account account = new Account(username, encoder.encode(password), roles, unitId, true, 0);
        if (!accounts.create(account, by, clock.instant())) {
            throw RuleViolation.refused("account-exists", "username", "Tên đăng nhập này đã có.",
                    "This user name is taken.");
        }
        return account;
    }

    Account changeRoles(String username, Set<Role> roles, String unitId, String by) {
        requireUnitIfOfficer(roles, unitId);
        return change(username, by, account -> {
            if (!roles.contains(Role.ADMINISTRATOR)) {
                keepOneAdministrator(account);
            }
            return new Account(account.username(), account.passwordHash(), roles, unitId, account.enabled(),
                    account.version());
        });
    }

    Account resetPassword(String username, String password, String by) {
        requireHashable(password);
        String hash = encoder.encode(password);
        return change(username, by, account -> new Account(account.username(), hash, account.roles(),
                account.unitId(), account.enabled(), account.version()));
    }

    Account enable(String username, boolean enabled, String by) {
        return change(username, by, account -> {
            if (!enabled) {
                keepOneAdministrator(account);
            }
            return new Account(account.username(), account.passwordHash(), account.roles(), account.unitId(),
                    enabled, account.version());
        });
    }

    private Account change(String username, String by, UnaryOperator<Account> change) {
        Account current = accounts.find(username).orElseThrow(() -> new NoSuchAccount(username));
        Account changed = change.apply(current);
        if (!accounts.update(changed, by, clock.instant())) {
            throw RuleViolation.refused("concurrent-change", "Tài khoản vừa bị thay đổi; hãy thử lại.",
                    "The account was just changed; try again.");
        }
        cache.clear();
        return new Account(changed.username(), changed.passwordHash(), changed.roles(), changed.unitId(),
                changed.enabled(), changed.version() + 1);
    }

    /** The account named does not exist (404). */
    static final class NoSuchAccount extends RuntimeException {
        NoSuchAccount(String username) {
            super("no such account");
        }
    }

    private void keepOneAdministrator(Account account) {
        if (account.enabled() && account.roles().contains(Role.ADMINISTRATOR) && accounts.enabledAdministrators() <= 1) {
            throw RuleViolation.refused("last-administrator", "Đây là quản trị viên cuối cùng còn hoạt động.",
                    "This is the last enabled administrator.");
        }
    }

    /** bcrypt reads at most 72 bytes; a longer password (in UTF-8) would be silently cut or refused. */
    private static void requireHashable(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw RuleViolation.invalid("password-too-long", "password",
                    "Mật khẩu dài quá 72 byte (UTF-8).", "The password is longer than 72 bytes (UTF-8).");
        }
    }

    private static void requireUnitIfOfficer(Set<Role> roles, String unitId) {
        if (roles.contains(Role.UNIT_OFFICER) && (unitId == null || unitId.isBlank())) {
            throw RuleViolation.invalid("unit-required", "unitId", "Cán bộ đơn vị phải thuộc một đơn vị.",
                    "A unit officer must belong to a unit.");
        }
    }
}
