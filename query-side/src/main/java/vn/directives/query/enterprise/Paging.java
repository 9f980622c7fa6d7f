package vn.directives.query.enterprise;

/** A page of a long list: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
public record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw QueryProblems.badParameter("page", "Số trang (page) phải từ 0 trở lên.",
                    "The page number must be 0 or more.");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw QueryProblems.badParameter("size", "Cỡ trang (size) phải từ 1 đến " + MAX_SIZE + ".",
                    "The page size must be between 1 and " + MAX_SIZE + ".");
        }
        return new Paging(p, s);
    }

    long offset() {
        return (long) page * size;
    }
}
