package org.qualityaward.operations;

import java.util.Map;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.identity.Role;

/**
 * What the office and its engine have in hand at one moment: open tasks by the role that may work them
 * (a task offered to two roles counts for both), open tasks offered to no role (an expert's or a holder's
 * own), jobs due now, jobs that failed for good, open incidents, and cases by stage.
 */
record Workload(Map<Role, Long> openTasks, long personalTasks, long dueJobs, long failedJobs, long openIncidents,
    Map<ApplicationStage, Long> cases) {}
