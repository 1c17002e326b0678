/**
 * Running the application as an operator does (issue 15): health and workload metrics for monitoring,
 * a graceful stop that leaves no job locked, and how long the engine keeps its history.
 */
package org.qualityaward.operations;
