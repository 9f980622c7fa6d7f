package vn.directives.command.infrastructure;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ProvinceClockForValidationTest {

    /** 00:30 on 7 December in Vietnam, still 6 December in UTC. */
    private static final Clock JUST_AFTER_MIDNIGHT_IN_VIETNAM =
            Clock.fixed(Instant.parse("2026-12-06T17:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    record Proposal(@PastOrPresent LocalDate proposedOn) {
    }

    @Test
    void the_provinces_today_is_not_in_the_future_while_it_is_still_yesterday_in_utc() {
        try (ValidatorFactory factory = factory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Proposal(LocalDate.of(2026, 12, 7)))).isEmpty();
            assertThat(validator.validate(new Proposal(LocalDate.of(2026, 12, 8))))
                    .extracting(violation -> violation.getPropertyPath().toString())
                    .containsExactly("proposedOn");
        }
    }

    private static ValidatorFactory factory() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        new ProvinceClockForValidation(() -> JUST_AFTER_MIDNIGHT_IN_VIETNAM).customize(configuration);
        return configuration.buildValidatorFactory();
    }
}
