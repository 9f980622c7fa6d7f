package vn.directives.command.infrastructure.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Builds RFC 9457 problem documents: Vietnamese title and detail first, English beside them
 * ({@code title_en}, {@code detail_en}), the broken rules in {@code errors} (field, rule,
 * message, message_en), and the request's correlation id.
 */
public final class Problems {

    private Problems() {
    }

    /** One broken rule: the field it is about (may be null), the rule's name, both messages. */
    public record FieldError(String field, String rule, String message, String message_en) {
    }

    public static ProblemDetail of(HttpStatus status, String type, String titleVi, String titleEn,
                                   String detailVi, String detailEn, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailVi);
        problem.setType(URI.create("urn:directives:problem:" + type));
        problem.setTitle(titleVi);
        problem.setProperty("title_en", titleEn);
        problem.setProperty("detail_en", detailEn);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static ProblemDetail invalid(List<FieldError> errors) {
        String vi = errors.isEmpty() ? "Yêu cầu không hợp lệ." : errors.get(0).message();
        String en = errors.isEmpty() ? "The request is invalid." : errors.get(0).message_en();
        return of(HttpStatus.BAD_REQUEST, "invalid-input", "Dữ liệu không hợp lệ", "Invalid input", vi, en, errors);
    }

    static final Map<String, String[]> CONSTRAINT_MESSAGES = Map.ofEntries(
            Map.entry("NotBlank", new String[]{"không được để trống", "must not be blank"}),
            Map.entry("NotNull", new String[]{"là bắt buộc", "is required"}),
            Map.entry("NotEmpty", new String[]{"phải có ít nhất một phần tử", "must not be empty"}),
            Map.entry("Size", new String[]{"độ dài phải từ {min} đến {max}", "size must be between {min} and {max}"}),
            Map.entry("Min", new String[]{"phải lớn hơn hoặc bằng {value}", "must be at least {value}"}),
            Map.entry("Max", new String[]{"phải nhỏ hơn hoặc bằng {value}", "must be at most {value}"}),
            Map.entry("Positive", new String[]{"phải là số dương", "must be positive"}),
            Map.entry("PositiveOrZero", new String[]{"không được âm", "must not be negative"}),
            Map.entry("Pattern", new String[]{"không đúng định dạng", "has the wrong format"}),
            Map.entry("Email", new String[]{"không phải địa chỉ thư điện tử hợp lệ", "is not a valid e-mail address"}),
            Map.entry("PastOrPresent", new String[]{"không được ở tương lai", "must not be in the future"}),
            Map.entry("Past", new String[]{"phải ở quá khứ", "must be in the past"}),
            Map.entry("FutureOrPresent", new String[]{"không được ở quá khứ", "must not be in the past"}),
            Map.entry("DecimalMin", new String[]{"phải lớn hơn hoặc bằng {value}", "must be at least {value}"}),
            Map.entry("DecimalMax", new String[]{"phải nhỏ hơn hoặc bằng {value}", "must be at most {value}"}),
            Map.entry("AssertTrue", new String[]{"không thỏa mãn điều kiện", "does not hold"}));
}
