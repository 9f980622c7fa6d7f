/** Events of member development in enterprises: candidates, awareness course, admission, recognition. */
package vn.directives.events.memberdevelopment;
