package vn.directives.command.infrastructure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the command side, in the province's time zone; tests replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${directives.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    /**
     * Bean Validation judges {@code @PastOrPresent} and {@code @Future} by this clock too. By default
     * it reads the machine's clock in the machine's zone: on a server in UTC, from midnight in Vietnam
     * until 07:00 a date of "today" in the province was refused as being in the future.
     */
    @Bean
    ValidationConfigurationCustomizer validationInTheProvincesTime(ObjectProvider<Clock> clock) {
        return new ProvinceClockForValidation(clock::getObject);
    }
}
