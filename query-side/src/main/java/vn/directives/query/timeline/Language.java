package vn.directives.query.timeline;

import vn.directives.platform.web.RequestRefused;

import java.util.Locale;

/** The language a reader asks for with {@code ?lang=}: Vietnamese unless English is asked for. */
enum Language {
    VI,
    EN;

    static Language fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return VI;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "vi" -> VI;
            case "en" -> EN;
            default -> throw RequestRefused.invalid("lang", "one-of",
                    "Ngôn ngữ phải là 'vi' hoặc 'en'.", "The language must be 'vi' or 'en'.");
        };
    }

    String pick(String vietnamese, String english) {
        return this == VI ? vietnamese : english;
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
