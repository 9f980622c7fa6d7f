package vn.directives.command.security;

import vn.directives.platform.security.Account;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.directives.platform.security.Role;

import java.util.Set;

/** Bodies of the account administration API, and what it answers (never a password or hash). */
final class AccountRequests {

    static final String USERNAME = "[A-Za-z0-9._@-]{1,100}";

    private AccountRequests() {
    }

    record NewAccount(@NotBlank @Pattern(regexp = USERNAME) String username,
                      @NotNull @Size(min = 12, max = 72) String password,
                      @NotEmpty Set<@NotNull Role> roles,
                      @Size(max = 100) @Pattern(regexp = USERNAME) String unitId) {
    }

    record RoleChange(@NotEmpty Set<@NotNull Role> roles, @Size(max = 100) @Pattern(regexp = USERNAME) String unitId) {
    }

    record PasswordReset(@NotNull @Size(min = 12, max = 72) String password) {
    }

    record AccountView(String username, Set<Role> roles, String unitId, boolean enabled, long version) {

        static AccountView of(Account account) {
            return new AccountView(account.username(), account.roles(), account.unitId(), account.enabled(),
                    account.version());
        }
    }
}
