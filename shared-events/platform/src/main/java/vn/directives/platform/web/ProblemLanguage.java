package vn.directives.platform.web;

import org.springframework.http.ProblemDetail;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which language a problem's {@code title} and {@code detail} speak: Vietnamese unless the request's
 * {@code Accept-Language} prefers English to Vietnamese. Both languages stay in the document: the
 * English in {@code title_en}/{@code detail_en} always, the Vietnamese in {@code title_vi}/{@code detail_vi}
 * when the main fields are English.
 */
final class ProblemLanguage {

    private ProblemLanguage() {
    }

    static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                .map(range -> range.getRange().toLowerCase(Locale.ROOT))
                .filter(range -> range.startsWith("vi") || range.startsWith("en"))
                .findFirst()
                .map(range -> range.startsWith("en"))
                .orElse(false);
    }

    static void inEnglish(ProblemDetail problem) {
        Object titleEn = property(problem, "title_en");
        Object detailEn = property(problem, "detail_en");
        if (titleEn == null || detailEn == null) {
            return;
        }
        problem.setProperty("title_vi", problem.getTitle());
        problem.setProperty("detail_vi", problem.getDetail());
        problem.setTitle(titleEn.toString());
        problem.setDetail(detailEn.toString());
    }

    private static Object property(ProblemDetail problem, String name) {
        return problem.getProperties() == null ? null : problem.getProperties().get(name);
    }
}
