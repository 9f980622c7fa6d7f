package vn.directives.query.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Rebuild coordination and periodic reconciliation run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AdminConfiguration {
}
