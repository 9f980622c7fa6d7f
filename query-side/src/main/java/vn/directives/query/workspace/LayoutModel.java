package vn.directives.query.workspace;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Gives every page of the workspace what its layout's header needs. */
@ControllerAdvice(basePackageClasses = LayoutModel.class)
class LayoutModel {

    private final Header header;

    LayoutModel(Header header) {
        this.header = header;
    }

    @ModelAttribute("me")
    Me me() {
        return header.me().orElse(null);
    }

    /** Which main page the request is on, so that the navigation marks it. */
    @ModelAttribute("currentPage")
    String currentPage(HttpServletRequest request) {
        return Page.of(request.getRequestURI().substring(request.getContextPath().length())).map(Page::name).orElse("");
    }

    /** The current page in the other language: its address with {@code lang} replaced. */
    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks() {
        return new LanguageLinks(language("vi"), language("en"));
    }

    private static String language(String tag) {
        var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", tag).build();
        return uri.getPath() + "?" + uri.getQuery();
    }

    public record LanguageLinks(String vi, String en) {
    }
}
