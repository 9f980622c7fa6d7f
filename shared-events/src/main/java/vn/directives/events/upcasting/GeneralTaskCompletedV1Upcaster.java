package vn.directives.events.upcasting;

import vn.directives.events.generaltask.GeneralTaskCompleted;

/** {@link GeneralTaskCompleted} revision 1 to 2: a task completed before outcomes existed founded no organization. */
public final class GeneralTaskCompletedV1Upcaster extends AddedAsNull {

    public GeneralTaskCompletedV1Upcaster() {
        super(GeneralTaskCompleted.class, "organizationFounded");
    }
}
