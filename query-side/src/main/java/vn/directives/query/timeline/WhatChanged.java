package vn.directives.query.timeline;

import java.time.LocalDate;

/** What one event changed, told in Vietnamese and in English, and the day it took effect. */
record WhatChanged(LocalDate effectiveOn, String vietnamese, String english) {
}
