package vn.directives.command.directive;

import java.time.LocalDate;
import java.util.Optional;

/** What the rules of one directive need to know about the others. */
interface DirectiveIndex {

    /** Whether a registered directive already bears this number. */
    boolean isNumberTaken(String number);

    /** The issue date of a registered directive; empty if none has this id. */
    Optional<LocalDate> issuedOn(String directiveId);
}
