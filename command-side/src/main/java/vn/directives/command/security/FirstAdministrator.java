package vn.directives.command.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.directives.platform.security.Accounts;
import vn.directives.platform.security.SecuritySettings;
import vn.directives.platform.security.Role;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * At start (embedded mode), when no enabled administrator exists, creates one from the password
 * the operator gave ({@code DIRECTIVES_ADMIN_PASSWORD}, or the first line of the file named by
 * {@code DIRECTIVES_ADMIN_PASSWORD_FILE}). There is no built-in password: without one, nobody can
 * manage accounts until the operator provides it and restarts.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final SecuritySettings settings;
    private final FirstAdministratorSettings first;
    private final Accounts accounts;
    private final AccountAdministration administration;

    FirstAdministrator(SecuritySettings settings, FirstAdministratorSettings first, Accounts accounts,
                       AccountAdministration administration) {
        this.settings = settings;
        this.first = first;
        this.accounts = accounts;
        this.administration = administration;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (settings.oidcMode() || accounts.enabledAdministrators() > 0) {
            return;
        }
        String password = password();
        String username = first.username();
        if (password.isEmpty()) {
            log.warn("No administrator account exists and no first administrator password was given "
                    + "(DIRECTIVES_ADMIN_PASSWORD or DIRECTIVES_ADMIN_PASSWORD_FILE): accounts cannot be managed");
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("The first administrator's password must have at least 12 characters");
        }
        if (accounts.find(username).isPresent()) {
            log.warn("Account {} exists but is not an enabled administrator; no first administrator created", username);
            return;
        }
        administration.create(username, password, Set.of(Role.ADMINISTRATOR), null, "first-start");
        log.info("First administrator account {} created", username);
    }

    private String password() throws IOException {
        if (!first.password().isEmpty()) {
            return first.password();
        }
        if (first.passwordFile().isEmpty()) {
            return "";
        }
        return Files.readAllLines(Path.of(first.passwordFile()), StandardCharsets.UTF_8).stream()
                .findFirst().orElse("").strip();
    }
}
