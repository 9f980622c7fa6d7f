package vn.directives.command.enterprise;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry lookup runs in the command's transaction (mode subscribing in command-side.yml): a
 * failure there fails the command and rolls its events back rather than being logged and skipped.
 */
@Configuration(proxyBeanMethods = false)
class EnterpriseRegistryProcessing {

    @Bean
    ConfigurerModule enterpriseRegistryFailuresFailTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                EnterpriseRegistryLookup.GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
