package org.qualityaward.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One stage of an edition (its label and article): actual start, planned end (the last day it may
 * take, inclusive; null where the Measures set no period), actual end and state.
 */
record StageRow(String label, String article, LocalDateTime start, LocalDate plannedEnd, LocalDateTime actualEnd,
    StageState state) {}
