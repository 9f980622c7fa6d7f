package vn.directives.platform.web;

import java.util.List;

/**
 * The one shape of a page of a list on the query side: the items, which page of which size, and
 * how many items and pages there are in all. An answer that says more about the list (the date it
 * is read at, say) carries this unwrapped beside its own fields.
 */
public record ResultPage<T>(int page, int size, long totalElements, long totalPages, List<T> items) {

    public static <T> ResultPage<T> of(List<T> items, Paging paging, long totalElements) {
        return new ResultPage<>(paging.page(), paging.size(), totalElements,
                (totalElements + paging.size() - 1) / paging.size(), items);
    }
}
