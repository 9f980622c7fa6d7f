package vn.directives.command.directive;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directive lookup runs in the command's transaction (mode subscribing in command-side.yml).
 * Its refusal of a taken number, or any failure there, must fail the command and roll its events
 * back, not be logged and skipped as Axon does by default.
 */
@Configuration(proxyBeanMethods = false)
class DirectiveLookupProcessing {

    @Bean
    ConfigurerModule directiveLookupFailuresFailTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                DirectiveLookup.GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
