package org.qualityaward.application;

import java.util.Collection;

/**
 * The business keys, besides the application number itself, of the processes that work on a case: a panel's
 * review is keyed by the number and its stage (review module). The register finds a case's open tasks by them.
 */
public interface CaseProcessKeys {

  Collection<String> of(String applicationNumber);
}
