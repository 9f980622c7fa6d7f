package vn.directives.command.enterprise;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry lookup and the task outcome policy run in the command's transaction (mode subscribing in command-side.yml): a
 * failure there fails the command and rolls its events back rather than being logged and skipped.
 */
@Configuration(proxyBeanMethods = false)
class EnterpriseRegistryProcessing {

    @Bean
    ConfigurerModule enterpriseRegistryFailuresFailTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                EnterpriseRegistryLookup.GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    /** A founding a task's completion records is stored with the completion or refuses it ({@link TaskOutcomePolicy}). */
    @Bean
    ConfigurerModule taskOutcomeFailuresFailTheCompletion() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                TaskOutcomePolicy.GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
