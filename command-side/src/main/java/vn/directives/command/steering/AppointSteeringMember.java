package vn.directives.command.steering;

import vn.directives.command.common.CommandContext;
import vn.directives.events.steering.MemberContact;
import vn.directives.events.steering.Responsibilities;

import java.time.LocalDate;

/** Appoint a member to the Steering Committee from the effective date (null: today). */
record AppointSteeringMember(String memberId, MemberContact contact, String post, Responsibilities responsibilities,
                             LocalDate effectiveOn, CommandContext context) {
}
