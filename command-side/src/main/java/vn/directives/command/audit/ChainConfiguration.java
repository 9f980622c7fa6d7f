package vn.directives.command.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The chainer follows the event store on a schedule. */
@Configuration
@EnableScheduling
class ChainConfiguration {
}
