package vn.directives.query.infrastructure;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.directives.platform.health.HealthConfiguration;
import vn.directives.platform.secrets.DefaultPasswordGuard;

/**
 * Operations shared with the other side: liveness without the database and readiness with a
 * database check that answers within a second; no production start with a default database password.
 */
@Configuration(proxyBeanMethods = false)
@Import({HealthConfiguration.class, DefaultPasswordGuard.class})
class PlatformOperations {
}
