package vn.directives.query.enterprise;

import java.util.List;

/** One page of a list, with what the client needs to ask for the others. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    static <T> PageView<T> of(List<T> items, Paging paging, long totalItems) {
        return new PageView<>(items, paging.page(), paging.size(), totalItems,
                (totalItems + paging.size() - 1) / paging.size());
    }
}
