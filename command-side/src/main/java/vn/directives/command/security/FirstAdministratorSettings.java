package vn.directives.command.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code directives.security.first-administrator.*}: the account created at the first start (embedded mode). */
@ConfigurationProperties("directives.security.first-administrator")
record FirstAdministratorSettings(@DefaultValue("admin") String username, @DefaultValue("") String password,
                                  @DefaultValue("") String passwordFile) {
}
