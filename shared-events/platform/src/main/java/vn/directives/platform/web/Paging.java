package vn.directives.platform.web;

/**
 * Which page of a long list a request asks for: {@code page} from 0, {@code size} from 1 to the
 * list's maximum. Every paged endpoint reads its {@code page} and {@code size} through here, so
 * they are refused the same way everywhere.
 */
public record Paging(int page, int size) {

    /** The page asked for, or the first page of {@code defaultSize} when a parameter is absent. */
    public static Paging of(Integer page, Integer size, int defaultSize, int maxSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        if (p < 0) {
            throw RequestRefused.invalid("page", "out-of-range", "Số trang (page) phải từ 0 trở lên.",
                    "The page number must be 0 or more.");
        }
        if (s < 1 || s > maxSize) {
            throw RequestRefused.invalid("size", "out-of-range", "Cỡ trang (size) phải từ 1 đến " + maxSize + ".",
                    "The page size must be between 1 and " + maxSize + ".");
        }
        return new Paging(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
