package vn.directives.platform.secrets;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.Set;

/**
 * Refuses to start in production with a default database password. Production is
 * {@code DIRECTIVES_ENV=production} ({@code directives.environment}); anywhere else (a laptop,
 * the tests) the defaults that fit {@code deploy/pg} stay allowed. A default password is an empty
 * one, one equal to the role's name, or one of the names the project's defaults use: anyone who
 * has read the README knows it. The check runs before any bean is created, so nothing connects
 * with such a password first. The message names the variable to set, never a password.
 */
@Configuration(proxyBeanMethods = false)
public class DefaultPasswordGuard {

    static final String PRODUCTION = "production";
    private static final Set<String> DEFAULTS = Set.of("directives_command", "directives_query", "postgres",
            "password", "changeme");

    @Bean
    static BeanFactoryPostProcessor refuseDefaultPasswordInProduction(Environment environment) {
        return beanFactory -> check(environment);
    }

    static void check(Environment environment) {
        if (!PRODUCTION.equalsIgnoreCase(environment.getProperty("directives.environment", ""))) {
            return;
        }
        String user = environment.getProperty("spring.datasource.username", "");
        String password = environment.getProperty("spring.datasource.password", "");
        if (isDefault(user, password)) {
            throw new IllegalStateException("Refusing to start: DIRECTIVES_ENV=production and the database role '"
                    + user + "' has a default password (empty, equal to the role's name, or a project default). "
                    + "Set a strong password for the role in PostgreSQL and pass it in "
                    + "DIRECTIVES_COMMAND_DB_PASSWORD or DIRECTIVES_QUERY_DB_PASSWORD (deploy/run generates them "
                    + "into deploy/.db-passwords).");
        }
    }

    static boolean isDefault(String user, String password) {
        return password.isBlank() || password.equals(user) || DEFAULTS.contains(password.toLowerCase());
    }
}
