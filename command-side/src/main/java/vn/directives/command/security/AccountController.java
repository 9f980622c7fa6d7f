package vn.directives.command.security;

import vn.directives.platform.security.Account;
import vn.directives.platform.security.Accounts;
import vn.directives.platform.security.SecurityLog;
import vn.directives.platform.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.web.Problems;

import java.net.URI;
import java.util.List;

/**
 * Account administration (embedded mode, ADMINISTRATOR only): create, disable and enable, change
 * roles and unit, reset a password. Every change is written to the security log with who made it.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

    private final AccountAdministration administration;
    private final Accounts accounts;
    private final SecurityLog log;
    private final HttpServletRequest request;

    AccountController(AccountAdministration administration, Accounts accounts, SecurityLog log,
                      HttpServletRequest request) {
        this.administration = administration;
        this.accounts = accounts;
        this.log = log;
        this.request = request;
    }

    @GetMapping
    List<AccountRequests.AccountView> list() {
        return accounts.all().stream().map(AccountRequests.AccountView::of).toList();
    }

    @GetMapping("/{username}")
    AccountRequests.AccountView get(@PathVariable String username) {
        return AccountRequests.AccountView.of(accounts.find(username)
                .orElseThrow(() -> new AccountAdministration.NoSuchAccount(username)));
    }

    @PostMapping
    ResponseEntity<AccountRequests.AccountView> create(@Valid @RequestBody AccountRequests.NewAccount body) {
        Account account = administration.create(body.username(), body.password(), body.roles(), body.unitId(), actor());
        log.record(request, SecurityLog.Outcome.ACCOUNT_CHANGED, "account-created");
        return ResponseEntity.created(URI.create("/api/accounts/" + account.username()))
                .body(AccountRequests.AccountView.of(account));
    }

    @PostMapping("/{username}/role-changes")
    AccountRequests.AccountView changeRoles(@PathVariable String username,
                                            @Valid @RequestBody AccountRequests.RoleChange body) {
        Account account = administration.changeRoles(username, body.roles(), body.unitId(), actor());
        log.record(request, SecurityLog.Outcome.ACCOUNT_CHANGED, "account-roles-changed");
        return AccountRequests.AccountView.of(account);
    }

    @PostMapping("/{username}/password-reset")
    AccountRequests.AccountView resetPassword(@PathVariable String username,
                                              @Valid @RequestBody AccountRequests.PasswordReset body) {
        Account account = administration.resetPassword(username, body.password(), actor());
        log.record(request, SecurityLog.Outcome.ACCOUNT_CHANGED, "account-password-reset");
        return AccountRequests.AccountView.of(account);
    }

    @PostMapping("/{username}/disabling")
    AccountRequests.AccountView disable(@PathVariable String username) {
        Account account = administration.enable(username, false, actor());
        log.record(request, SecurityLog.Outcome.ACCOUNT_CHANGED, "account-disabled");
        return AccountRequests.AccountView.of(account);
    }

    @PostMapping("/{username}/enabling")
    AccountRequests.AccountView enable(@PathVariable String username) {
        Account account = administration.enable(username, true, actor());
        log.record(request, SecurityLog.Outcome.ACCOUNT_CHANGED, "account-enabled");
        return AccountRequests.AccountView.of(account);
    }

    @ExceptionHandler(AccountAdministration.NoSuchAccount.class)
    ResponseEntity<ProblemDetail> noSuchAccount() {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", "Not found",
                "Không có tài khoản này.", "No such account.", List.of());
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private static String actor() {
        return SignedInUser.current().map(SignedInUser::userId).orElseThrow();
    }
}
