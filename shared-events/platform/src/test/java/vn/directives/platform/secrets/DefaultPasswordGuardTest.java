package vn.directives.platform.secrets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A production start with a default database password stops before anything connects. */
class DefaultPasswordGuardTest {

    @Configuration(proxyBeanMethods = false)
    @Import(DefaultPasswordGuard.class)
    static class Guarded {
    }

    @Test
    void production_with_the_role_name_as_password_refuses_to_start_and_says_what_to_set() {
        assertThatThrownBy(() -> start("directives.environment=production",
                "spring.datasource.username=directives_command", "spring.datasource.password=directives_command"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Refusing to start")
                .hasMessageContaining("DIRECTIVES_COMMAND_DB_PASSWORD");
    }

    @Test
    void production_with_an_empty_password_refuses_to_start() {
        assertThatThrownBy(() -> start("directives.environment=production", "spring.datasource.username=directives_query",
                "spring.datasource.password=")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start");
    }

    @Test
    void production_with_a_generated_password_starts() {
        try (ConfigurableApplicationContext context = start("directives.environment=production",
                "spring.datasource.username=directives_query", "spring.datasource.password=Xq3-9vTr_k2Lw8pZ")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void outside_production_the_local_defaults_are_allowed() {
        try (ConfigurableApplicationContext context = start("spring.datasource.username=directives_command",
                "spring.datasource.password=directives_command")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(Guarded.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off").properties(properties).run();
    }
}
