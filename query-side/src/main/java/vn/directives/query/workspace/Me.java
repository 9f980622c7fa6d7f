package vn.directives.query.workspace;

import java.util.List;

/**
 * The signed-in user as the header shows them: name, the message keys of their roles, their
 * unit's name (or null), the pages of their navigation and how many notifications are unread.
 */
public record Me(String userId, String name, List<String> roleKeys, String unitName, List<Page> pages,
                 String inbox, int unread) {
}
