package vn.directives.command.infrastructure;

import jakarta.validation.Configuration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Gives Bean Validation the command side's clock (asked at each validation, so that a clock a test
 * sets is followed), so that "not in the future" means the province's today.
 */
final class ProvinceClockForValidation implements ValidationConfigurationCustomizer {

    private final Supplier<Clock> clock;

    ProvinceClockForValidation(Supplier<Clock> clock) {
        this.clock = clock;
    }

    @Override
    public void customize(Configuration<?> configuration) {
        configuration.clockProvider(clock::get);
    }
}
