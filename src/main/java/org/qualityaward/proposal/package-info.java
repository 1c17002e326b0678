/**
 * The award proposal (授奖建议名单, Art 9(5), 20–22): the ranking's levels as the office first proposes them,
 * the office's changes with their reasons after a return, the leading group's and the city government's
 * decisions, and the lists their forms show, built from the records when each task opens.
 */
package org.qualityaward.proposal;
