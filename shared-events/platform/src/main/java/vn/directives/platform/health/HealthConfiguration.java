package vn.directives.platform.health;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Health that tells the truth quickly, for both sides. Liveness ({@code /actuator/health/liveness})
 * is the process's own state only: a database outage must not make an orchestrator restart a
 * healthy process. Readiness ({@code /actuator/health/readiness}) adds {@code database}, which
 * answers within {@code directives.health.database-budget} (800 ms) either way. Each side imports
 * this and turns Spring Boot's own {@code db} check off (it waits for the pool's connection timeout).
 */
@Configuration(proxyBeanMethods = false)
public class HealthConfiguration {

    @Bean
    HealthIndicator database(@Value("${spring.datasource.url}") String url,
                             @Value("${spring.datasource.username}") String user,
                             @Value("${spring.datasource.password}") String password,
                             @Value("${directives.health.database-budget:800ms}") Duration budget) {
        return new DatabaseReachability(url, user, password, budget);
    }
}
