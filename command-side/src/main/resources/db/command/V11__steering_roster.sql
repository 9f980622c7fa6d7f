-- The Steering Committee roster of the command side (vn.directives.command.steering.SteeringRosterLookup):
-- who is a member on which day. Written only by its event handlers, in the transaction of the
-- command whose events they follow. Ids and dates only: names and e-mail addresses stay out.

CREATE TABLE command.steering_member (
    member_id    VARCHAR(100) PRIMARY KEY,
    appointed_on DATE NOT NULL,
    -- the day the member was relieved; NULL while they serve
    relieved_on  DATE,
    CHECK (relieved_on IS NULL OR relieved_on >= appointed_on)
);
