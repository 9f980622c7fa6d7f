package vn.directives.events.directive;

/** Everything that happens to one directive, in its own stream. */
public sealed interface DirectiveEvent permits DirectiveRegistered, DirectiveTargetsAmended, DirectiveReplaced,
        DirectiveUrgingPolicySet {

    String directiveId();
}
