package vn.directives.command.unit;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The unit lookup runs in the command's transaction (mode subscribing in command-side.yml). A
 * failure there must fail the command and roll its events back, not be logged and skipped as
 * Axon does by default.
 */
@Configuration(proxyBeanMethods = false)
class UnitLookupProcessing {

    @Bean
    ConfigurerModule unitLookupFailuresFailTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(UnitLookup.GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
