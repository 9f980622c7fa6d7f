package vn.directives.query.workspace.task;

import vn.directives.platform.security.SignedInUser;

import java.util.stream.Collectors;

/** The signed-in user of the current request, as the step forms see them. */
final class Actors {

    private Actors() {
    }

    static Actor current() {
        return SignedInUser.current()
                .map(user -> new Actor(user.userId(),
                        user.roles().stream().map(Enum::name).collect(Collectors.toSet()), user.unitId()))
                .orElseThrow(() -> new IllegalStateException("A task page is only served to a signed-in user"));
    }
}
