package vn.directives.query.workspace.enterprises;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.query.workspace.CommandOutcome;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A registry form's refusal read with the form's labels, beside the field it names. */
class FormProblemsTest {

    private static final ResourceBundleMessageSource LABELS = new ResourceBundleMessageSource();

    static {
        LABELS.setBasenames("messages");
        LABELS.setDefaultEncoding("UTF-8");
        LABELS.setFallbackToSystemLocale(false);
    }

    private final CommandOutcome refused = new CommandOutcome(400, null, null, null, JsonMapper.builder().build()
            .readTree("""
                    {"detail": "Yêu cầu không hợp lệ.", "detail_en": "The request is invalid.",
                     "errors": [
                       {"field": "profile.communeUnitId", "rule": "unknown-commune",
                        "message": "'communeUnitId' không phải xã, phường đang hoạt động ngày 2025-03-01.",
                        "message_en": "'communeUnitId' is no commune or ward active on 2025-03-01."},
                       {"field": "workers", "rule": "not-negative",
                        "message": "'workers' không được âm.", "message_en": "'workers' must not be negative."}]}"""));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void each_message_names_its_field_by_the_forms_label_and_stands_beside_that_field() {
        FormProblems problems = FormProblems.of(refused, LABELS);

        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(problems.at("communeUnitId"))
                .isEqualTo("“Xã, phường” không phải xã, phường đang hoạt động ngày 01/03/2025.");
        assertThat(problems.at("workers")).isEqualTo("“Số lao động” không được âm.");
        assertThat(problems.at("name")).isNull();

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(problems.at("workers")).isEqualTo("“Workers” must not be negative.");
    }

    @Test
    void an_accepted_command_has_no_problems() {
        assertThat(FormProblems.of(new CommandOutcome(201, null, null, null, null), LABELS)).isNull();
    }
}
