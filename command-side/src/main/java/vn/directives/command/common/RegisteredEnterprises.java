package vn.directives.command.common;

import java.util.Optional;

/** The enterprises of the registry, by tax code: what a task's outcome in an enterprise needs to know of it. */
public interface RegisteredEnterprises {

    /** The enterprise's name in the registry now, if the tax code is registered (ceased ones included). */
    Optional<String> nameOf(String taxCode);
}
