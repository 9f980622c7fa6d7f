package vn.directives.query.workspace.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;
import vn.directives.platform.security.Account;
import vn.directives.platform.security.Accounts;
import vn.directives.platform.security.Role;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.unit.UnitSummary;
import vn.directives.query.unit.UnitsAtDate;
import vn.directives.query.workspace.task.CommandForm;
import vn.directives.query.workspace.task.CommandForms;
import vn.directives.query.workspace.task.FieldType;
import vn.directives.query.workspace.task.FormField;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The administrator's accounts (embedded mode): the list, opening an account, and per account
 * its roles and unit, a new password, disabling and enabling. Accounts are read from the table
 * both sides sign in against; every change goes to the command side's {@code /api/accounts} as
 * the signed-in administrator, which checks the rules (a unit officer names a unit, the last
 * administrator stays) and writes the security log. The page access table lets only
 * administrators in.
 */
@Controller
class AccountPages {

    private static final CommandForms.PageText LIST = new CommandForms.PageText("accounts.title", "accounts.lead", null);

    private final Accounts accounts;
    private final UnitsAtDate units;
    private final CommandForms forms;

    AccountPages(Accounts accounts, UnitsAtDate units, CommandForms forms) {
        this.accounts = accounts;
        this.units = units;
        this.forms = forms;
    }

    @GetMapping("/accounts")
    ModelAndView list(Locale locale) {
        return withAccounts(forms.draw("/accounts", LIST, List.of(creation()), Map.of(), QueryParameters.today(), locale));
    }

    @PostMapping("/accounts")
    ModelAndView create(@RequestParam String form, @RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        return withAccounts(forms.submit("/accounts", LIST, List.of(creation()), form, submitted,
                QueryParameters.today(), locale));
    }

    @GetMapping("/accounts/{username}")
    ModelAndView account(@PathVariable String username, Locale locale) {
        Account account = find(username);
        MultiValueMap<String, String> current = new LinkedMultiValueMap<>();
        account.roles().forEach(role -> current.add("roles", role.name()));
        if (account.unitId() != null) {
            current.add("unitId", account.unitId());
        }
        return withAccount(forms.draw(path(username), text(account), changes(account), Map.of("roles", current),
                QueryParameters.today(), locale), account);
    }

    @PostMapping("/accounts/{username}")
    ModelAndView change(@PathVariable String username, @RequestParam String form,
                        @RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        Account account = find(username);
        return withAccount(forms.submit(path(username), text(account), changes(account), form, submitted,
                QueryParameters.today(), locale), account);
    }

    private static CommandForm creation() {
        return new CommandForm("create", "accounts.create", "/api/accounts", List.of(
                FormField.of("username", FieldType.TEXT).mandatory(),
                FormField.of("password", FieldType.PASSWORD).mandatory(),
                FormField.choices("roles", Role.class).mandatory(),
                FormField.of("unitId", FieldType.UNIT)),
                (outcome, body) -> path(body.get("username").toString()) + "?done=create");
    }

    /** The forms of one account: roles and unit, a new password, and disabling or enabling it. */
    private static List<CommandForm> changes(Account account) {
        String base = "/api/accounts/" + encode(account.username());
        String back = path(account.username());
        return List.of(
                new CommandForm("roles", "accounts.roles", base + "/role-changes", List.of(
                        FormField.choices("roles", Role.class).mandatory(), FormField.of("unitId", FieldType.UNIT)),
                        (outcome, body) -> back + "?done=roles"),
                new CommandForm("password", "accounts.password", base + "/password-reset", List.of(
                        FormField.of("password", FieldType.PASSWORD).mandatory()),
                        (outcome, body) -> back + "?done=password"),
                account.enabled()
                        ? new CommandForm("disable", "accounts.disable", base + "/disabling", List.of(),
                                (outcome, body) -> back + "?done=disable")
                        : new CommandForm("enable", "accounts.enable", base + "/enabling", List.of(),
                                (outcome, body) -> back + "?done=enable"));
    }

    private ModelAndView withAccounts(ModelAndView page) {
        if (page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
            return page;
        }
        page.setViewName("accounts/list");
        Map<String, String> unitNames = unitNames();
        page.addObject("accounts", accounts.all().stream().map(account -> AccountRow.of(account, unitNames)).toList());
        return page;
    }

    private ModelAndView withAccount(ModelAndView page, Account account) {
        if (page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
            return page;
        }
        page.setViewName("accounts/account");
        page.addObject("account", AccountRow.of(account, unitNames()));
        return page;
    }

    private Map<String, String> unitNames() {
        return units.list(QueryParameters.today(), null, null).stream()
                .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
    }

    private Account find(String username) {
        return accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No such account"));
    }

    private static CommandForms.PageText text(Account account) {
        return new CommandForms.PageText("accounts.account", null, account.username());
    }

    private static String path(String username) {
        return "/accounts/" + encode(username);
    }

    private static String encode(String username) {
        return UriUtils.encodePathSegment(username, StandardCharsets.UTF_8);
    }

    /** One account as the pages show it: never its password hash. */
    record AccountRow(String username, List<String> roleKeys, String unitId, String unitName, boolean enabled) {

        static AccountRow of(Account account, Map<String, String> unitNames) {
            return new AccountRow(account.username(), account.roles().stream().sorted().map(role -> "role." + role.name())
                    .toList(), account.unitId(), account.unitId() == null ? null
                    : unitNames.getOrDefault(account.unitId(), account.unitId()), account.enabled());
        }

        public String link() {
            return path(username);
        }
    }
}
